// Handlebars helpers: links between pages, user markdown, diagrams. Documented in templates/README.md.
import { posix } from 'node:path';
import type HandlebarsNS from 'handlebars';
import { flowchartMermaid, timelineMermaid } from './mermaid.js';
import { searchIndex } from './search.js';
import { flowchartSvg, timelineSvg } from './svg.js';
import { escapeHtml, markdownCell, markdownInlineHtml, markdownLinkText, markdownToHtml, safeMarkdown, safeMarkdownCell, scriptJson } from './text.js';
import type { Manual, Ref, RolloutView, StandardView } from './types.js';

export type Format = 'markdown' | 'html';
type HB = typeof HandlebarsNS;
interface Opts { data?: { root?: { page?: string; manual?: Manual } }; hash?: Record<string, unknown> }

/** the link from the current Markdown page to a target page and anchor */
export function relativeHref(from: string, ref: Ref): string {
  const hash = ref.anchor ? `#${ref.anchor}` : '';
  if (!ref.page || ref.page === from) return hash || '#';
  const rel = posix.relative(posix.dirname(from), `${ref.page}.md`);
  return `${rel}${hash}`;
}

const isRef = (v: unknown): v is Ref => typeof v === 'object' && v !== null && typeof (v as Ref).name === 'string';
const isText = (v: unknown): v is string => typeof v === 'string';

export function registerHelpers(hb: HB, format: Format): void {
  const safe = (s: string) => new hb.SafeString(s);
  const html = format === 'html';
  const link = (r: Ref, o: Opts): string => {
    if (!r.anchor && !r.page) return html ? escapeHtml(r.name) : markdownCell(r.name);
    if (html) return `<a href="#${escapeHtml(r.anchor ?? '')}">${escapeHtml(r.name)}</a>`;
    return `[${markdownLinkText(r.name)}](${relativeHref(o.data?.root?.page ?? 'index', r)})`;
  };
  const sep = (o: Opts) => (o.data?.root?.manual?.lang === 'en' ? ', ' : '、');

  hb.registerHelper('ref', (r: unknown, o: Opts) => safe(isRef(r) ? link(r, o) : ''));
  hb.registerHelper('refs', (list: unknown, o: Opts) => safe(Array.isArray(list) ? list.filter(isRef).map((r) => link(r, o)).join(sep(o)) : ''));
  hb.registerHelper('href', (r: unknown, o: Opts) => (isRef(r) ? (html ? `#${r.anchor ?? ''}` : relativeHref(o.data?.root?.page ?? 'index', r)) : ''));
  hb.registerHelper('list', (list: unknown, o: Opts) => {
    const items = Array.isArray(list) ? list.filter(isText) : [];
    return safe(items.map((s) => (html ? escapeHtml(s) : markdownCell(s))).join(sep(o)));
  });
  hb.registerHelper('markdown', (text: unknown) => safe(isText(text) ? (html ? markdownToHtml(text) : safeMarkdown(text)) : ''));
  hb.registerHelper('markdownInline', (text: unknown) => safe(isText(text) ? (html ? markdownInlineHtml(text) : safeMarkdownCell(text)) : ''));
  hb.registerHelper('cell', (text: unknown) => safe(isText(text) ? markdownCell(text) : ''));
  hb.registerHelper('mdAnchor', (id: unknown) => safe(isText(id) && id ? `<a id="${escapeHtml(id)}"></a>` : ''));
  hb.registerHelper('inc', (n: unknown) => (typeof n === 'number' ? n + 1 : n));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  hb.registerHelper('flowchart', (std: StandardView, o: Opts) => {
    if (html) return safe(flowchartSvg(std, o.data!.root!.manual!.labels));
    return safe(flowchartMermaid(std));
  });
  hb.registerHelper('timeline', (plan: RolloutView, o: Opts) => {
    if (html) return safe(timelineSvg(plan, o.data!.root!.manual!.labels));
    return safe(timelineMermaid(plan));
  });
  hb.registerHelper('searchIndex', (o: Opts) => safe(scriptJson(searchIndex(o.data!.root!.manual!))));
}
