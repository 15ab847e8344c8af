// What every document's view starts with, and the context the view builders share.
import type { Doc } from '../model/types.js';
import { enumWord, labels, type Labels, type Lang } from './i18n.js';
import type { Resolver } from './refs.js';
import type { DocView } from './types.js';

export interface ViewContext {
  lang: Lang;
  L: Labels;
  res: Resolver;
  /** region code of a region view */
  region?: string;
  /** YYYY-MM-DD, for stale variants */
  today: string;
  /** the KPI dashboard next to the HTML manual ("kpi.html"), when `stdkit kpi` has written one */
  dashboard?: string;
}

export function viewContext(lang: Lang, res: Resolver, today: string, region?: string): ViewContext {
  return { lang, L: labels(lang), res, today, region };
}

/** YAML scalars as text: numbers, booleans and dates the way people wrote them. */
export function str(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function docView(ctx: ViewContext, doc: Doc, file: string): DocView {
  const m = doc.metadata;
  const ref = ctx.res.doc(doc.kind, m.id);
  const status = m.status ?? 'draft';
  return {
    kind: doc.kind,
    id: m.id,
    title: m.title,
    version: str(m.version),
    status,
    statusLabel: enumWord(ctx.lang, status),
    owner: m.owner === undefined ? undefined : ctx.res.role(m.owner),
    effective: m.effective === undefined ? undefined : str(m.effective),
    tags: (m.tags ?? []).map(str),
    description: m.description,
    file,
    page: ref.page ?? '',
    anchor: ref.anchor ?? '',
    ref,
  };
}
