// Who and where a change reaches: the roles responsible or accountable for the changed item,
// and the regions whose manual shows it.
import type { Change } from '../diff/types.js';
import type { RepoIndex } from '../model/index-repo.js';
import { isRec } from '../guards.js';
import { docOf, itemsOf } from './names.js';

type Rec = Record<string, unknown>;
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const sideDoc = (ix: RepoIndex, c: Change) => ix.docs.find((d) => d.kind === c.kind && d.id === c.document);

/** roles with R or A in a RACI entry */
function raciRA(activity: unknown, into: Set<string>): void {
  const raci = isRec(activity) && isRec(activity.raci) ? activity.raci : {};
  for (const [role, letters] of Object.entries(raci)) if (/[RA]/.test(String(letters))) into.add(role);
}

function rolesOnSide(ix: RepoIndex, c: Change, into: Set<string>): void {
  const doc = sideDoc(ix, c);
  if (!doc || !isRec(doc.data)) return;
  const owner = isRec(doc.data.metadata) ? str(doc.data.metadata.owner) : undefined;
  if (owner) into.add(owner);
  const spec = isRec(doc.data.spec) ? doc.data.spec : {};
  const items = itemsOf(doc.data, c.path).filter((it) => isRec(it.value));
  if (c.kind === 'Standard') {
    // a step, or a variant's override of one: the main step says who is responsible
    const all = list(spec.steps).map((s) => ({ key: isRec(s) ? String(s.id) : '', value: s }));
    const step = [...items].reverse().map((it) => all.find((s) => s.key === it.key)).find(Boolean);
    const steps = step ? [step] : c.path === '' ? all : [];
    for (const s of steps) {
      const r = str((s.value as Rec).responsible);
      if (r) into.add(r);
      for (const m of ix.ofKind('ResponsibilityMatrix')) {
        for (const a of m.data.spec.activities ?? []) if (a.standard === c.document && a.step === s.key) raciRA(a, into);
      }
    }
  } else if (c.kind === 'ResponsibilityMatrix') {
    if (items[0]) raciRA(items[0].value, into);
    else if (c.path === '') for (const a of list(spec.activities)) raciRA(a, into);
  } else if (c.kind === 'Organization' && c.path.startsWith('spec.roles[')) {
    if (items[0]) into.add(items[0].key);
  } else if (c.kind === 'RolloutPlan' && items[0]) {
    const o = str((items[0].value as Rec).owner);
    if (o) into.add(o);
  }
}

export function rolesOf(c: Change, base: RepoIndex, head: RepoIndex): string[] {
  const out = new Set<string>();
  rolesOnSide(base, c, out);
  rolesOnSide(head, c, out);
  return [...out].sort();
}

/** 'all', or the region codes a change concerns */
export function regionsOf(c: Change, base: RepoIndex, head: RepoIndex): 'all' | string[] {
  const variant = /(?:^|\.)(?:variants|regions)\[([^\]]+)\]/.exec(c.path);
  if (variant && (c.kind === 'Standard' || c.kind === 'Organization')) return [variant[1]!];
  const out = new Set<string>();
  for (const ix of [base, head]) {
    const doc = sideDoc(ix, c) ?? docOf(c, base, head);
    const spec = isRec(doc?.data) && isRec(doc.data.spec) ? doc.data.spec : undefined;
    if (!spec) continue;
    if (c.kind === 'Standard') {
      if (spec.regions === undefined || spec.regions === 'all') return 'all';
      for (const r of list(spec.regions)) out.add(String(r));
    } else if (c.kind === 'RolloutPlan') {
      const phase = itemsOf(doc!.data, c.path).find((it) => isRec(it.value) && Array.isArray((it.value as Rec).regions));
      const phases = phase ? [phase.value] : list(spec.phases);
      for (const p of phases) for (const r of list(isRec(p) ? p.regions : [])) out.add(String(r));
    } else return 'all';
  }
  return out.size === 0 ? 'all' : [...out].sort();
}
