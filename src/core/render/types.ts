// The view models templates receive: plain data, ids already resolved to names and links.
import type { Labels, Lang } from './i18n.js';

/** Something that can be linked to. `page` has no extension: "standards/order-fulfilment". */
export interface Ref {
  name: string;
  page?: string;
  anchor?: string;
}

export interface DocView {
  kind: string;
  id: string;
  title: string;
  version: string;
  status: string;
  statusLabel: string;
  owner?: Ref;
  effective?: string;
  tags: string[];
  description?: string;
  file: string;
  page: string;
  anchor: string;
  ref: Ref;
}

export interface Change { label: string; baseline: string; value: string }

export interface StepView {
  id: string;
  name: string;
  anchor: string;
  ref: Ref;
  action?: string;
  responsible: Ref;
  responsibleId: string;
  inputs: Ref[];
  outputs: Ref[];
  sla?: string;
  slaText: string;
  next: Ref[];
  /** step ids the flow goes to (for diagrams) */
  nextIds: string[];
  /** the region view applied a variant to this step */
  variant?: { region: Ref; reason?: string; until?: string; changes: Change[] };
}

export interface VariantView { region: Ref; reason?: string; until?: string; stale: boolean; steps: Array<{ step: Ref; changes: Change[] }> }
export interface KpiView {
  metric: Ref;
  target: string;
  alertBelow: string;
  weight: string;
  period: string;
  /** the metric on the KPI dashboard ("kpi.html#order-sla-rate"), when one was generated next to the manual */
  dashboard?: string;
}

export interface StandardView extends DocView {
  purpose?: string;
  regions: Ref[];
  allRegions: boolean;
  steps: StepView[];
  variants: VariantView[];
  kpis: KpiView[];
  faq: Array<{ q: string; a: string }>;
}

export interface OrgView extends DocView {
  regions: Array<{ code: string; anchor: string; name: string; statusLabel: string; notes?: string }>;
  roles: Array<{ id: string; anchor: string; name: string; levelLabel: string; description?: string; job: Ref }>;
  systems: Array<{ id: string; anchor: string; name: string; description?: string; usedIn: Ref[] }>;
  forms: Array<{ id: string; anchor: string; name: string; description?: string; usedIn: Ref[] }>;
}

export interface MatrixView extends DocView {
  columns: Ref[];
  activities: Array<{ id: string; anchor: string; name: string; standard?: Ref; step?: Ref; cells: string[]; slaText: string }>;
  boundaries: Array<{ topic: string; owner: Ref; levelLabel: string; notes?: string }>;
}

export interface DictionaryView extends DocView {
  fields: Array<{ id: string; anchor: string; name: string; typeLabel: string; pattern?: string; example: string; values: string[]; definition?: string; source?: Ref }>;
  metrics: Array<{ id: string; anchor: string; name: string; unit: string; periodLabel: string; definition?: string; tax: string; returns: string; kpi?: KpiView; usedBy: Ref[] }>;
  reports: Array<{ id: string; anchor: string; name: string; metrics: Ref[]; frequencyLabel: string; dueText: string; submittedBy?: Ref; receivedBy?: Ref }>;
  interfaces: Array<{ id: string; anchor: string; from: Ref; to: Ref; format: string; fields: Ref[]; schedule: string }>;
}

export interface PhaseView { id: string; anchor: string; ref: Ref; type: string; typeLabel: string; regions: Ref[]; start: string; end: string; owner?: Ref; resources: string[]; exitCriteria: string[] }

export interface RolloutView extends DocView {
  goal: string;
  objectives: Array<{ metric: Ref; target: string; by: string }>;
  standards: Ref[];
  team?: { lead: Ref; members: Ref[] };
  phases: PhaseView[];
  training?: { assessment: string; required: string };
}

export interface RoleJob {
  role: Ref;
  id: string;
  anchor: string;
  name: string;
  levelLabel: string;
  steps: Array<{ standard: Ref; step: Ref; slaText: string }>;
  activities: Array<{ matrix: Ref; activity: Ref; letters: string; slaText: string }>;
  reports: Array<{ report: Ref; direction: string; dueText: string }>;
  phases: Array<{ plan: Ref; phase: Ref; start: string; end: string }>;
  boundaries: string[];
  documents: Ref[];
  empty: boolean;
}

export interface TocSection { title: string; anchor: string; items: Ref[] }

export interface Manual {
  lang: Lang;
  labels: Labels;
  title: string;
  version: string;
  date: string;
  organization?: Ref;
  region?: { code: string; name: string };
  changes?: { heading: string; body: string };
  /** the KPI dashboard page next to the HTML manual ("kpi.html"), when `stdkit kpi` has written one */
  dashboard?: string;
  toc: TocSection[];
  organizations: OrgView[];
  standards: StandardView[];
  matrices: MatrixView[];
  dictionaries: DictionaryView[];
  rollouts: RolloutView[];
  roles: RoleJob[];
}
