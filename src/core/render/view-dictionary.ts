// A DataDictionary: fields, metrics with their statistical definition and KPI, reports, interfaces.
import type { Doc } from '../model/types.js';
import { dueWords, enumWord } from './i18n.js';
import { anchorOf } from './refs.js';
import type { DictionaryView, Ref } from './types.js';
import { docView, str, type ViewContext } from './view-doc.js';
import { kpiView } from './view-standard.js';

const CURRENCY = /^[A-Z]{3}$/;

export function dictionaryView(ctx: ViewContext, doc: Doc<'DataDictionary'>, file: string, kpiUsers: Map<string, Ref[]>): DictionaryView {
  const s = doc.spec;
  const yesNo = (b: boolean | undefined) => (b === undefined ? '' : b ? ctx.L.yes : ctx.L.no);
  return {
    ...docView(ctx, doc, file),
    fields: (s.fields ?? []).map((f) => ({
      id: f.id,
      anchor: anchorOf('field', f.id),
      name: f.name,
      typeLabel: enumWord(ctx.lang, f.type),
      pattern: f.pattern,
      example: str(f.example),
      values: (f.values ?? []).map(str),
      definition: f.definition,
      source: f.source === undefined ? undefined : ctx.res.system(f.source),
    })),
    metrics: (s.metrics ?? []).map((m) => ({
      id: m.id,
      anchor: anchorOf('metric', m.id),
      name: m.name,
      unit: CURRENCY.test(m.unit) ? m.unit : enumWord(ctx.lang, m.unit),
      periodLabel: enumWord(ctx.lang, m.period),
      definition: m.definition,
      tax: yesNo(m.taxIncluded),
      returns: yesNo(m.returnsDeducted),
      kpi: m.kpi && kpiView(ctx, m.id, m),
      usedBy: kpiUsers.get(m.id) ?? [],
    })),
    reports: (s.reports ?? []).map((r) => ({
      id: r.id,
      anchor: anchorOf('report', r.id),
      name: r.name,
      metrics: r.metrics.map((m) => ctx.res.metric(m)),
      frequencyLabel: enumWord(ctx.lang, r.frequency),
      dueText: dueWords(ctx.lang, r.frequency, r.due),
      submittedBy: r.submittedBy === undefined ? undefined : ctx.res.role(r.submittedBy),
      receivedBy: r.receivedBy === undefined ? undefined : ctx.res.role(r.receivedBy),
    })),
    interfaces: (s.interfaces ?? []).map((i) => ({
      id: i.id,
      anchor: anchorOf('interface', i.id),
      from: ctx.res.system(i.from),
      to: ctx.res.system(i.to),
      format: i.format ?? '',
      fields: (i.fields ?? []).map((f) => ctx.res.field(f)),
      schedule: i.schedule ?? '',
    })),
  };
}
