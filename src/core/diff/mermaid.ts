// The flowchart of a changed standard, both revisions in one picture: added, removed and
// changed steps highlighted, removed steps and their links dashed.
import type { RepoIndex } from '../model/index-repo.js';
import { parsePath } from './describe.js';
import type { Change } from './types.js';
import { isRec } from '../guards.js';

export interface FlowStep {
  id: string;
  name: string;
  next?: string[];
}

/** the steps of a standard on each side, for the standards the changes touch */
export type Flows = Map<string, { before: FlowStep[]; after: FlowStep[] }>;


function stepsOf(index: RepoIndex, id: string): FlowStep[] {
  const doc = index.document('Standard', id);
  const spec = doc && isRec(doc.data) ? doc.data.spec : undefined;
  const steps = isRec(spec) && Array.isArray(spec.steps) ? spec.steps : [];
  return steps.filter(isRec).filter((s) => typeof s.id === 'string').map((s) => ({
    id: String(s.id),
    name: typeof s.name === 'string' ? s.name : String(s.id),
    ...(Array.isArray(s.next) ? { next: s.next.map(String) } : {}),
  }));
}

export function flowsOf(changes: readonly Change[], base: RepoIndex, head: RepoIndex): Flows {
  const out: Flows = new Map();
  for (const c of changes) {
    if (c.kind !== 'Standard' || out.has(c.document)) continue;
    out.set(c.document, { before: stepsOf(base, c.document), after: stepsOf(head, c.document) });
  }
  return out;
}

function edges(steps: FlowStep[]): Array<[string, string]> {
  return steps.flatMap((s, i): Array<[string, string]> =>
    s.next ? s.next.map((n): [string, string] => [s.id, n]) : i + 1 < steps.length ? [[s.id, steps[i + 1]!.id]] : [],
  );
}

const label = (s: string) => s.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/\s+/g, ' ');

/** a mermaid flowchart, or '' when the standard has no steps on either side */
export function mermaidFlow(document: string, flow: { before: FlowStep[]; after: FlowStep[] }, changes: readonly Change[]): string {
  const afterIds = new Set(flow.after.map((s) => s.id));
  const beforeIds = new Set(flow.before.map((s) => s.id));
  const removed = flow.before.filter((s) => !afterIds.has(s.id));
  const all = [...flow.after, ...removed];
  if (all.length === 0) return '';
  const changed = new Set<string>();
  for (const c of changes) {
    if (c.document !== document || c.kind !== 'Standard') continue;
    const segs = parsePath(c.path);
    if (segs[0]?.name === 'spec' && segs[1]?.name === 'steps' && segs[1].key !== undefined) changed.add(segs[1].key);
  }
  const node = new Map(all.map((s, i) => [s.id, `s${i}`]));
  const lines = ['flowchart TD'];
  for (const s of all) lines.push(`  ${node.get(s.id)}["${label(s.name)}"]`);
  const seen = new Set<string>();
  for (const [from, to] of edges(flow.after)) {
    if (!node.has(from) || !node.has(to)) continue;
    seen.add(`${from}>${to}`);
    lines.push(`  ${node.get(from)} --> ${node.get(to)}`);
  }
  for (const [from, to] of edges(flow.before)) {
    if (seen.has(`${from}>${to}`) || (afterIds.has(from) && afterIds.has(to))) continue;
    if (node.has(from) && node.has(to)) lines.push(`  ${node.get(from)} -.-> ${node.get(to)}`);
  }
  lines.push(
    '  classDef added fill:#dafbe1,stroke:#1a7f37,color:#1a7f37',
    '  classDef removed fill:#ffebe9,stroke:#cf222e,color:#cf222e,stroke-dasharray:5 3',
    '  classDef changed fill:#fff8c5,stroke:#9a6700',
  );
  const cls = (ids: string[], name: string) => ids.length && lines.push(`  class ${ids.map((id) => node.get(id)).join(',')} ${name}`);
  cls(flow.after.filter((s) => !beforeIds.has(s.id)).map((s) => s.id), 'added');
  cls(removed.map((s) => s.id), 'removed');
  cls(flow.after.filter((s) => beforeIds.has(s.id) && changed.has(s.id)).map((s) => s.id), 'changed');
  return lines.join('\n');
}
