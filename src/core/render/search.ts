// The HTML manual's search index: one entry per thing a reader looks for, matched by substring
// in the browser (no word splitting, so Chinese matches as well as English).
import type { Manual } from './types.js';

export interface SearchEntry {
  /** title */
  t: string;
  /** what it is: section label */
  k: string;
  /** anchor in the page */
  h: string;
  /** text searched besides the title, shortened */
  x: string;
}

const MAX_TEXT = 240;
const clip = (parts: Array<string | undefined>): string => {
  const s = parts.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
  return s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}…` : s;
};

export function searchIndex(m: Manual): SearchEntry[] {
  const L = m.labels;
  const out: SearchEntry[] = [];
  const add = (t: string, k: string, h: string, ...x: Array<string | undefined>) => out.push({ t, k, h, x: clip(x) });
  for (const o of m.organizations) {
    add(o.title, L.organization, o.anchor, o.description);
    for (const r of o.regions) add(r.name, L.region, r.anchor, r.code, r.notes);
    for (const r of o.roles) add(r.name, L.roles, r.anchor, r.id, r.description);
    for (const s of o.systems) add(s.name, L.systems, s.anchor, s.id, s.description);
    for (const f of o.forms) add(f.name, L.forms, f.anchor, f.id, f.description);
  }
  for (const s of m.standards) {
    add(s.title, L.standard, s.anchor, s.id, s.description, s.purpose);
    for (const st of s.steps) add(st.name, `${L.step} · ${s.title}`, st.anchor, st.responsible.name, st.slaText, st.action);
    s.faq.forEach((f) => add(f.q, `${L.faq} · ${s.title}`, s.anchor, f.a));
  }
  for (const x of m.matrices) {
    add(x.title, L.matrix, x.anchor, x.description);
    for (const a of x.activities) add(a.name, `${L.activity} · ${x.title}`, a.anchor, a.slaText);
  }
  for (const d of m.dictionaries) {
    add(d.title, L.dictionaries, d.anchor, d.description);
    for (const f of d.fields) add(f.name, L.fields, f.anchor, f.id, f.definition);
    for (const x of d.metrics) add(x.name, L.metric, x.anchor, x.id, x.definition);
    for (const r of d.reports) add(r.name, L.reports, r.anchor, r.id, r.dueText);
  }
  for (const p of m.rollouts) {
    add(p.title, L.plan, p.anchor, p.goal, p.description);
    for (const ph of p.phases) add(ph.id, `${L.phase} · ${p.title}`, ph.anchor, ph.typeLabel, ph.regions.map((r) => r.name).join(' '));
  }
  for (const j of m.roles) add(j.name, L.roleIndex, j.anchor);
  return out;
}
