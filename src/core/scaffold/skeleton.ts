// The text of a new document of each kind: every required field, nothing that fails lint.
import type { Kind } from '../model/types.js';
import { addDays } from '../status/dates.js';

export interface SkeletonInput {
  kind: Kind;
  id: string;
  title: string;
  /** role id for metadata.owner (and the roles the skeleton needs) */
  owner: string;
  /** a region code of the organization, for rollout phases */
  region: string;
  /** YYYY-MM-DD */
  today: string;
  /** what follows `$schema=` on the first line */
  schemaRef: string;
}

const q = (s: string) => JSON.stringify(s); // a YAML double-quoted scalar is a JSON string

function envelope(s: SkeletonInput, owner: boolean): string {
  return [
    `# yaml-language-server: $schema=${s.schemaRef}`,
    'apiVersion: stdkit/v1',
    `kind: ${s.kind}`,
    'metadata:',
    `  id: ${s.id}`,
    `  title: ${q(s.title)}`,
    '  version: 0.1.0',
    ...(owner ? [`${`  owner: ${s.owner}`.padEnd(29)} # role id accountable for this document`] : []),
    `${'  status: draft'.padEnd(29)} # draft | pilot | active | deprecated`,
    'spec:',
  ].join('\n');
}

const SPECS: Record<Kind, (s: SkeletonInput) => string[]> = {
  Organization: (s) => [
    '  regions:                    # code: 2-6 capitals; status: active | planned',
    `    - { code: ${s.region}, name: Headquarters region, status: active }`,
    '  roles:                      # level: hq | region',
    `    - { id: ${s.owner}, name: HQ operations director, level: hq }`,
    '  systems:',
    '    - { id: erp, name: ERP }',
  ],
  Standard: (s) => [
    '  purpose: What this process achieves, and for whom.',
    '  regions: all                # all | [EC, SC]',
    '  steps:                      # in the order of the normal flow',
    '    - id: first-step',
    '      name: First step',
    '      action: The standard action, in markdown.',
    `${`      responsible: ${s.owner}`.padEnd(29)} # exactly one role id`,
    '      sla: 1bd                # <n>h, <n>d, <n>bd (business days) or <n>w',
    '    - id: last-step',
    '      name: Last step',
    `      responsible: ${s.owner}`,
    '      sla: 2bd',
    '      next: []                # [] ends the flow',
  ],
  ResponsibilityMatrix: (s) => [
    `  roles: [${s.owner}]          # the columns`,
    '  activities:',
    '    - id: first-activity',
    '      name: First activity',
    `      raci: { ${s.owner}: AR }  # exactly one A, at least one R`,
  ],
  DataDictionary: (s) => [
    '  fields:                     # ids are unique across the repository',
    `    - { id: ${s.id}-record-id, name: Record id, type: string, definition: What the value identifies }`,
    '  metrics:',
    `    - { id: ${s.id}-record-count, name: Records, unit: count, period: month }`,
  ],
  RolloutPlan: (s) => [
    `  goal: ${q(`What ${s.title} achieves, and by when`)}`,
    `  team: { lead: ${s.owner} }`,
    '  phases:                     # a pilot first, then rollout waves',
    `    - { id: pilot, type: pilot, regions: [${s.region}], start: ${s.today}, end: ${addDays(s.today, 27)}, owner: ${s.owner} }`,
  ],
};

export function skeleton(s: SkeletonInput): string {
  return `${envelope(s, s.kind !== 'Organization')}\n${SPECS[s.kind](s).join('\n')}\n`;
}
