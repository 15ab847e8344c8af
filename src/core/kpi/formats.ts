// The output formats of `stdkit kpi`, by name.
import { formatHtml } from './format-html.js';
import { formatJson } from './format-json.js';
import { formatMarkdown } from './format-markdown.js';
import { formatText } from './format-text.js';
import type { Lang } from './labels.js';
import type { Dashboard } from './types.js';

export const KPI_FORMATS = ['text', 'markdown', 'json', 'html'] as const;
export type KpiFormat = (typeof KPI_FORMATS)[number];

export interface FormatContext {
  color: boolean;
  title: string;
  /** the labels' language: the manual's (stdkit.yaml manual.language) unless --lang says otherwise */
  lang?: Lang;
  version?: string;
  /** html: the manual's stylesheet, through the same template loader as `stdkit render` */
  css?: string;
  /** html: the manual's page relative to the dashboard, when there is one */
  manualHref?: string;
}

export const kpiFormatters: Record<KpiFormat, (d: Dashboard, ctx: FormatContext) => string> = {
  text: (d, ctx) => formatText(d, { color: ctx.color, lang: ctx.lang }),
  markdown: (d, ctx) => formatMarkdown(d, { lang: ctx.lang }),
  json: (d) => formatJson(d),
  html: (d, ctx) => formatHtml(d, { title: ctx.title, lang: ctx.lang, version: ctx.version, css: ctx.css, manualHref: ctx.manualHref }),
};
