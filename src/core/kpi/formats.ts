// The output formats of `stdkit kpi`, by name.
import { formatHtml } from './format-html.js';
import { formatJson } from './format-json.js';
import { formatMarkdown } from './format-markdown.js';
import { formatText } from './format-text.js';
import type { Dashboard } from './types.js';

export const KPI_FORMATS = ['text', 'markdown', 'json', 'html'] as const;
export type KpiFormat = (typeof KPI_FORMATS)[number];

export interface FormatContext {
  color: boolean;
  title: string;
  lang?: string;
}

export const kpiFormatters: Record<KpiFormat, (d: Dashboard, ctx: FormatContext) => string> = {
  text: (d, ctx) => formatText(d, { color: ctx.color }),
  markdown: (d) => formatMarkdown(d),
  json: (d) => formatJson(d),
  html: (d, ctx) => formatHtml(d, { title: ctx.title, lang: ctx.lang }),
};
