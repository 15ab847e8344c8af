// The classification table of `stdkit diff`: data, so that the README, `--explain` and the
// classifier can never disagree. The first rule that matches a change decides its class.
import { compareDurations, parseDuration } from '../model/duration.js';
import type { Kind } from '../model/types.js';
import type { ChangeClass, ChangeKind } from './types.js';

export interface ClassRule {
  class: ChangeClass;
  kind: Kind | '*';
  /** item pattern: `[]` a list item, `*` one name, `**` any path, `{a,b}` alternatives, '' the document */
  item: string;
  change: ChangeKind | '*';
  /** the condition in words, when there is one */
  when?: string;
  test?: (before: unknown, after: unknown) => boolean;
  why: string;
}

/** a shorter time limit, a new one, or one that cannot be compared */
export function tighterSla(before: unknown, after: unknown): boolean {
  if (after === undefined) return false;
  if (before === undefined) return true;
  const a = parseDuration(before);
  const b = parseDuration(after);
  return !a || !b || compareDurations(b, a) < 0;
}

const ra = (v: unknown): string => (typeof v === 'string' ? [...v.toUpperCase()].filter((c) => c === 'R' || c === 'A').sort().join('') : '');
const WORDING = '{name,title,description,action,purpose,notes,reason,definition,goal,example,assessment}';

const r = (cls: ChangeClass, kind: Kind | '*', item: string, change: ChangeKind | '*', why: string, when?: string, test?: ClassRule['test']): ClassRule => ({
  class: cls, kind, item, change, why, ...(when ? { when } : {}), ...(test ? { test } : {}),
});

export const RULES: readonly ClassRule[] = [
  r('major', '*', '', 'removed', 'a document people work from is gone'),
  r('minor', '*', '', 'added', 'a new document'),
  r('patch', '*', '', 'moved', 'the document moved to another file; its content changes are listed separately'),
  r('major', '*', 'metadata.status', 'changed', 'the document is being retired', '→ deprecated', (_b, a) => a === 'deprecated'),
  r('minor', '*', 'metadata.status', '*', 'lifecycle step (draft → pilot → active)'),
  r('major', '*', 'metadata.owner', '*', 'the accountable owner changed'),
  r('minor', '*', 'metadata.{effective,supersedes}', '*', 'when the document applies, what it replaces'),
  r('patch', '*', 'metadata.**', '*', 'version, title, description, tags'),
  r('major', '*', '**.sla', '*', 'a time limit got shorter or was introduced', 'tighter or new', tighterSla),
  r('minor', '*', '**.sla', '*', 'a time limit got longer or was dropped', 'looser or dropped'),
  r('major', 'Standard', 'spec.steps[]', 'removed', 'a step people perform is gone'),
  r('minor', 'Standard', 'spec.steps[]', 'added', 'a new step'),
  r('minor', 'Standard', 'spec.steps[]', 'moved', 'the normal flow runs in another order'),
  r('major', 'Standard', '{spec.steps[],spec.variants[].steps[]}.responsible', '*', 'another role is responsible for the step'),
  r('major', 'Standard', 'spec.steps[].outputs[]', 'removed', 'the step no longer produces something others use'),
  r('minor', 'Standard', 'spec.steps[].{inputs,outputs,next}**', '*', 'what a step uses or produces, or where the flow goes'),
  r('major', 'Standard', 'spec.regions[]', 'removed', 'the standard no longer applies in a region'),
  r('major', 'Standard', 'spec.regions', 'changed', 'the standard applies in fewer regions', 'all → a list', (b, a) => b === 'all' && a !== 'all'),
  r('minor', 'Standard', 'spec.regions**', '*', 'the standard applies in more regions'),
  r('major', 'Standard', 'spec.variants[]', 'removed', 'the region falls back to the baseline'),
  r('minor', 'Standard', 'spec.variants[]', 'added', 'a new regional variant'),
  r('patch', 'Standard', 'spec.faq**', '*', 'FAQ'),
  r('major', 'ResponsibilityMatrix', 'spec.activities[].raci.*', '*', 'who is responsible or accountable changed', 'R or A gained or lost', (b, a) => ra(b) !== ra(a)),
  r('minor', 'ResponsibilityMatrix', 'spec.activities[].raci.*', '*', 'who is consulted or informed changed', 'C or I only'),
  r('major', 'ResponsibilityMatrix', 'spec.boundaries[].owner', '*', 'a duty moved between HQ and regions'),
  r('major', 'DataDictionary', 'spec.fields[].type', '*', 'the field holds another kind of value'),
  r('minor', 'DataDictionary', 'spec.fields[].pattern', 'removed', 'the field accepts more values'),
  r('major', 'DataDictionary', 'spec.fields[].pattern', '*', 'values valid before may be invalid now'),
  r('major', 'DataDictionary', 'spec.metrics[].{unit,period,taxIncluded,returnsDeducted}', '*', 'the statistical definition changed: figures no longer compare'),
  r('minor', 'DataDictionary', 'spec.metrics[].kpi**', '*', 'KPI target, alert threshold or weight: alerts change, figures do not'),
  r('major', 'DataDictionary', 'spec.reports[].{submittedBy,receivedBy}', '*', 'another role sends or receives the report'),
  r('major', 'DataDictionary', 'spec.interfaces[].{from,to,format}', '*', 'systems exchange data differently'),
  r('major', 'RolloutPlan', '{spec.phases[].owner,spec.phases[].type,spec.team.lead}', '*', 'another role leads, or the phase changed nature'),
  r('minor', 'RolloutPlan', 'spec.objectives**', '*', 'rollout targets'),
  r('patch', '*', `**.${WORDING}`, '*', 'wording: titles, names, descriptions, actions, purpose, FAQ'),
  r('major', '*', '**', 'removed', 'something people rely on was removed (step, field, metric, role, region, system, form, activity, ...)'),
  r('minor', '*', '**', 'added', 'an addition'),
  r('patch', '*', '**', 'moved', 'only the order of a list changed'),
  r('minor', '*', '**', 'changed', 'any other change of meaning (dates, links, frequencies, ...)'),
];

function toRegExp(item: string): RegExp {
  let re = '';
  for (let i = 0; i < item.length; i++) {
    const c = item[i]!;
    if (c === '*' && item[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^.\\[\\]]+';
    else if (c === '{') re += '(?:';
    else if (c === '}') re += ')';
    else if (c === ',') re += '|';
    else re += c.replace(/[.[\]()|+?^$\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const COMPILED = RULES.map((rule) => ({ rule, re: toRegExp(rule.item) }));

/** the class of a change; `pattern` is its path with list keys left out, e.g. spec.steps[].sla */
export function classify(kind: Kind, pattern: string, change: ChangeKind, before: unknown, after: unknown): ChangeClass {
  for (const { rule, re } of COMPILED) {
    if (rule.kind !== '*' && rule.kind !== kind) continue;
    if (rule.change !== '*' && rule.change !== change) continue;
    if (!re.test(pattern)) continue;
    if (rule.test && !rule.test(before, after)) continue;
    return rule.class;
  }
  return 'minor';
}
