// Organization, responsibility matrices and rollout plans as the reader sees them.
import type { Doc } from '../model/types.js';
import { durationWords, enumWord, quantity } from './i18n.js';
import { anchorOf } from './refs.js';
import type { MatrixView, OrgView, Ref, RolloutView } from './types.js';
import { docView, str, type ViewContext } from './view-doc.js';

/** form and system id → the steps that use them */
export type Usage = Map<string, Ref[]>;

export function orgView(ctx: ViewContext, doc: Doc<'Organization'>, file: string, usage: Usage): OrgView {
  const s = doc.spec;
  const item = (prefix: string) => (x: { id: string; name: string; description?: string }) => ({
    id: x.id,
    anchor: anchorOf(prefix, x.id),
    name: x.name,
    description: x.description,
    usedIn: usage.get(x.id) ?? [],
  });
  return {
    ...docView(ctx, doc, file),
    regions: s.regions.map((r) => ({ code: r.code, anchor: anchorOf('region', r.code), name: r.name, statusLabel: enumWord(ctx.lang, r.status ?? 'active'), notes: r.notes })),
    roles: s.roles.map((r) => ({ id: r.id, anchor: anchorOf('role', r.id), name: r.name, levelLabel: enumWord(ctx.lang, r.level), description: r.description, job: ctx.res.job(r.id) })),
    systems: (s.systems ?? []).map(item('system')),
    forms: (s.forms ?? []).map(item('form')),
  };
}

export function matrixView(ctx: ViewContext, doc: Doc<'ResponsibilityMatrix'>, file: string, hasStandard: (id: string) => boolean): MatrixView {
  const s = doc.spec;
  return {
    ...docView(ctx, doc, file),
    columns: s.roles.map((r) => ctx.res.role(r)),
    activities: s.activities.map((a) => {
      const linked = a.standard !== undefined && hasStandard(a.standard);
      return {
        id: a.id,
        anchor: anchorOf('activity', doc.metadata.id, a.id),
        name: a.name,
        standard: a.standard === undefined ? undefined : linked ? ctx.res.doc('Standard', a.standard) : { name: a.standard },
        step: a.standard !== undefined && a.step !== undefined ? (linked ? ctx.res.step(a.standard, a.step) : { name: a.step }) : undefined,
        cells: s.roles.map((r) => a.raci[r] ?? ''),
        slaText: durationWords(ctx.lang, a.sla),
      };
    }),
    boundaries: (s.boundaries ?? []).map((b) => ({ topic: b.topic, owner: ctx.res.role(b.owner), levelLabel: enumWord(ctx.lang, ctx.res.roleLevel(b.owner)), notes: b.notes })),
  };
}

export function rolloutView(ctx: ViewContext, doc: Doc<'RolloutPlan'>, file: string, hasStandard: (id: string) => boolean): RolloutView {
  const s = doc.spec;
  const plan = doc.metadata.id;
  const base = docView(ctx, doc, file);
  return {
    ...base,
    goal: s.goal,
    objectives: (s.objectives ?? []).map((o) => ({ metric: ctx.res.metric(o.metric), target: quantity(ctx.lang, o.target, ctx.res.metricData(o.metric)?.unit ?? ''), by: str(o.by) })),
    standards: (s.standards ?? []).map((id) => (hasStandard(id) ? ctx.res.doc('Standard', id) : { name: id })),
    team: s.team && { lead: ctx.res.role(s.team.lead), members: (s.team.members ?? []).map((m) => ctx.res.role(m)) },
    phases: s.phases.map((p) => {
      const anchor = anchorOf('phase', plan, p.id);
      return {
        id: p.id,
        anchor,
        ref: { name: p.id, page: base.page, anchor },
        type: p.type,
        typeLabel: enumWord(ctx.lang, p.type),
        regions: p.regions.map((r) => ctx.res.region(r)),
        start: str(p.start),
        end: str(p.end),
        owner: p.owner === undefined ? undefined : ctx.res.role(p.owner),
        resources: (p.resources ?? []).map(str),
        exitCriteria: (p.exitCriteria ?? []).map(str),
      };
    }),
    training: s.training && { assessment: s.training.assessment ?? '', required: s.training.required === undefined ? '' : s.training.required ? ctx.L.yes : ctx.L.no },
  };
}
