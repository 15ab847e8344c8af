// A Standard as the reader sees it: steps with names and SLAs in words, variants, KPIs.
import type { Doc, Metric, Step, Variant } from '../model/types.js';
import { durationWords, enumWord, quantity } from './i18n.js';
import { anchorOf } from './refs.js';
import type { Change, KpiView, StandardView, StepView, VariantView } from './types.js';
import { docView, str, type ViewContext } from './view-doc.js';

/** Does the standard apply to the region? */
export function covers(doc: Doc<'Standard'>, region: string): boolean {
  const r = doc.spec.regions ?? 'all';
  return r === 'all' || r.includes(region);
}

export function kpiView(ctx: ViewContext, id: string, metric: Metric | undefined): KpiView {
  const unit = metric?.unit ?? '';
  return {
    metric: ctx.res.metric(id),
    target: quantity(ctx.lang, metric?.kpi?.target, unit),
    alertBelow: quantity(ctx.lang, metric?.kpi?.alertBelow, unit),
    weight: quantity(ctx.lang, metric?.kpi?.weight, 'ratio'),
    period: enumWord(ctx.lang, metric?.period),
    // the dashboard shows every metric with a kpi, each at the anchor of its id
    dashboard: ctx.dashboard !== undefined && metric?.kpi !== undefined ? `${ctx.dashboard}#${id}` : undefined,
  };
}

/** the flow's successors: `next`, or else the following step */
function nextIds(steps: readonly Step[], i: number): string[] {
  const s = steps[i]!;
  if (s.next) return s.next.filter((id) => steps.some((x) => x.id === id));
  const following = steps[i + 1];
  return following ? [following.id] : [];
}

type StepField = Exclude<keyof Step, 'id'>;

function fieldText(ctx: ViewContext, key: StepField, value: unknown): string {
  if (value === undefined) return '';
  if (key === 'sla') return durationWords(ctx.lang, str(value));
  if (key === 'responsible') return ctx.res.role(str(value)).name;
  if (Array.isArray(value)) return value.map((v) => (key === 'next' ? str(v) : ctx.res.io(str(v)).name)).join(', ');
  return str(value);
}

function changes(ctx: ViewContext, base: Step, patch: Partial<Step>): Change[] {
  const out: Change[] = [];
  for (const key of Object.keys(patch).sort() as Array<keyof Step>) {
    if (key === 'id') continue;
    const label = key === 'name' ? ctx.L.name : ctx.L[key as Exclude<StepField, 'name'>] ?? key;
    out.push({ label, baseline: fieldText(ctx, key, base[key]), value: fieldText(ctx, key, patch[key]) });
  }
  return out;
}

function stepView(ctx: ViewContext, std: string, steps: readonly Step[], i: number): StepView {
  const s = steps[i]!;
  const ref = ctx.res.step(std, s.id);
  const next = nextIds(steps, i);
  return {
    id: s.id,
    name: s.name,
    anchor: anchorOf('step', std, s.id),
    ref,
    action: s.action,
    responsible: ctx.res.role(s.responsible),
    responsibleId: s.responsible,
    inputs: (s.inputs ?? []).map((x) => ctx.res.io(str(x))),
    outputs: (s.outputs ?? []).map((x) => ctx.res.io(str(x))),
    sla: s.sla,
    slaText: durationWords(ctx.lang, s.sla),
    next: next.map((id) => ctx.res.step(std, id)),
    nextIds: next,
  };
}

function variantView(ctx: ViewContext, std: string, baseline: readonly Step[], v: Variant): VariantView {
  const until = v.until === undefined ? undefined : str(v.until);
  return {
    region: ctx.res.region(v.region),
    reason: v.reason,
    until,
    stale: until !== undefined && until < ctx.today,
    steps: (v.steps ?? []).map((p) => {
      const base = baseline.find((s) => s.id === p.id);
      return { step: ctx.res.step(std, p.id), changes: base ? changes(ctx, base, p) : [] };
    }),
  };
}

export function standardView(ctx: ViewContext, doc: Doc<'Standard'>, file: string): StandardView {
  const spec = doc.spec;
  const id = doc.metadata.id;
  const baseline = spec.steps;
  const mine = ctx.region === undefined ? [] : (spec.variants ?? []).filter((v) => v.region === ctx.region);
  // the region view: that region's variants applied to the steps, the baseline kept for the note
  const applied = baseline.map((s) => {
    let step = s;
    for (const v of mine) for (const p of v.steps ?? []) if (p.id === s.id) step = { ...step, ...p };
    return step;
  });
  const steps = applied.map((_, i) => stepView(ctx, id, applied, i));
  for (const v of mine) {
    for (const p of v.steps ?? []) {
      const view = steps.find((s) => s.id === p.id);
      const base = baseline.find((s) => s.id === p.id);
      if (view && base) view.variant = { region: ctx.res.region(v.region), reason: v.reason, until: v.until && str(v.until), changes: changes(ctx, base, p) };
    }
  }
  const regions = spec.regions ?? 'all';
  return {
    ...docView(ctx, doc, file),
    purpose: spec.purpose,
    allRegions: regions === 'all',
    regions: regions === 'all' ? [] : regions.map((r) => ctx.res.region(r)),
    steps,
    variants: ctx.region === undefined ? (spec.variants ?? []).map((v) => variantView(ctx, id, baseline, v)) : [],
    kpis: (spec.kpis ?? []).map((k) => kpiView(ctx, k, ctx.res.metricData(k))),
    faq: spec.faq ?? [],
  };
}
