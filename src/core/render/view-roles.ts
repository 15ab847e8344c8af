// "What is my job": for every role, the steps, RACI activities, reports, phases and documents it owns.
import type { Doc } from '../model/types.js';
import { dueWords, durationWords, enumWord } from './i18n.js';
import { anchorOf } from './refs.js';
import type { RoleJob, StandardView } from './types.js';
import type { ViewContext } from './view-doc.js';

export interface RoleSources {
  organizations: Array<Doc<'Organization'>>;
  standards: StandardView[];
  matrices: Array<Doc<'ResponsibilityMatrix'>>;
  dictionaries: Array<Doc<'DataDictionary'>>;
  rollouts: Array<Doc<'RolloutPlan'>>;
  /** every rendered document, for ownership */
  all: Doc[];
}

export function roleJobs(ctx: ViewContext, src: RoleSources): RoleJob[] {
  const jobs = new Map<string, RoleJob>();
  for (const org of src.organizations) {
    for (const r of org.spec.roles) {
      if (jobs.has(r.id)) continue;
      const job = ctx.res.job(r.id);
      jobs.set(r.id, {
        role: ctx.res.role(r.id), id: r.id, anchor: job.anchor!, name: r.name, levelLabel: enumWord(ctx.lang, r.level),
        steps: [], activities: [], reports: [], phases: [], boundaries: [], documents: [], empty: true,
      });
    }
  }
  const at = (id: string | undefined) => (id === undefined ? undefined : jobs.get(id));
  for (const std of src.standards) {
    for (const s of std.steps) at(s.responsibleId)?.steps.push({ standard: std.ref, step: s.ref, slaText: s.slaText });
  }
  for (const m of src.matrices) {
    const matrix = ctx.res.doc('ResponsibilityMatrix', m.metadata.id);
    for (const a of m.spec.activities) {
      const activity = { name: a.name, page: matrix.page, anchor: anchorOf('activity', m.metadata.id, a.id) };
      for (const [role, letters] of Object.entries(a.raci).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
        at(role)?.activities.push({ matrix, activity, letters, slaText: durationWords(ctx.lang, a.sla) });
      }
    }
    for (const b of m.spec.boundaries ?? []) at(b.owner)?.boundaries.push(b.topic);
  }
  for (const d of src.dictionaries) {
    for (const r of d.spec.reports ?? []) {
      const report = ctx.res.report(r.id);
      const dueText = dueWords(ctx.lang, r.frequency, r.due);
      at(r.submittedBy)?.reports.push({ report, direction: ctx.L.submits, dueText });
      if (r.receivedBy !== r.submittedBy) at(r.receivedBy)?.reports.push({ report, direction: ctx.L.receives, dueText });
    }
  }
  for (const p of src.rollouts) {
    const plan = ctx.res.doc('RolloutPlan', p.metadata.id);
    for (const ph of p.spec.phases) {
      const phase = { name: ph.id, page: plan.page, anchor: anchorOf('phase', p.metadata.id, ph.id) };
      at(ph.owner)?.phases.push({ plan, phase, start: String(ph.start), end: String(ph.end) });
    }
  }
  for (const d of src.all) at(d.metadata.owner)?.documents.push(ctx.res.doc(d.kind, d.metadata.id));
  for (const j of jobs.values()) {
    j.empty = !(j.steps.length || j.activities.length || j.reports.length || j.phases.length || j.boundaries.length || j.documents.length);
  }
  return [...jobs.values()];
}
