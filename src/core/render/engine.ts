// View model + template sources → the manual's files, in memory. No file system here.
import Handlebars from 'handlebars';
import { StdkitError } from '../../errors.js';
import { registerHelpers, type Format } from './helpers.js';
import type { Manual } from './types.js';

/** template sources by path relative to a templates folder: "markdown/standard.hbs", "partials/md-steps.hbs", "html/manual.css" */
export type TemplateSet = ReadonlyMap<string, string>;

export const MARKDOWN_PAGES = ['index', 'organization', 'standard', 'matrix', 'dictionary', 'rollout', 'roles'] as const;

function environment(format: Format, templates: TemplateSet): typeof Handlebars {
  const hb = Handlebars.create();
  registerHelpers(hb, format);
  for (const [path, source] of templates) {
    const m = /^partials\/(.+)\.hbs$/.exec(path);
    if (m) hb.registerPartial(m[1]!, source);
  }
  return hb;
}

function compiler(hb: typeof Handlebars, templates: TemplateSet) {
  const cache = new Map<string, Handlebars.TemplateDelegate>();
  return (path: string): Handlebars.TemplateDelegate => {
    let t = cache.get(path);
    if (!t) {
      const source = templates.get(path);
      if (source === undefined) throw new StdkitError(`template ${path} not found`, { hint: 'restore it in your templates folder or remove the override folder' });
      t = hb.compile(source, { strict: false, preventIndent: true });
      cache.set(path, t);
    }
    return t;
  };
}

function run(t: Handlebars.TemplateDelegate, data: object, path: string, frame?: unknown): string {
  try {
    return frame === undefined ? t(data) : t(data, { data: frame as Handlebars.RuntimeOptions['data'] });
  } catch (e) {
    throw new StdkitError(`template error while rendering ${path}: ${(e as Error).message}`, { hint: 'check the template overrides in your templates folder', cause: e });
  }
}

/** receives the manual's files in order; consecutive calls for the same path are parts of one file */
export type Emit = (path: string, text: string) => void;

// Document sections of the one-page HTML manual are rendered one at a time and streamed, so a
// manual of thousands of documents never sits in memory as a single string.
const STREAMED = ['html-organization', 'html-standard', 'html-matrix', 'html-dictionary', 'html-rollout', 'html-roles'];
const MARK = /\u0000stdkit-part-(\d+)\u0000/;

function renderHtml(manual: Manual, templates: TemplateSet, emit: Emit): void {
  const hb = environment('html', templates);
  const t = compiler(hb, templates);
  const parts: Array<{ name: string; context: unknown; data: unknown }> = [];
  const real = new Map<string, Handlebars.TemplateDelegate>();
  for (const name of STREAMED) {
    const source = templates.get(`partials/${name}.hbs`);
    if (source === undefined) continue;
    real.set(name, hb.compile(source, { preventIndent: true }));
    hb.registerPartial(name, ((context: unknown, options: { data?: unknown }) => {
      parts.push({ name, context, data: options.data });
      return `\u0000stdkit-part-${parts.length - 1}\u0000`;
    }) as unknown as Handlebars.Template);
  }
  const data = { manual, L: manual.labels, page: 'index', css: templates.get('html/manual.css') ?? '', js: templates.get('html/manual.js') ?? '' };
  const shell = run(t('html/manual.hbs'), data, 'html/index.html').split(MARK);
  shell.forEach((piece, i) => {
    if (i % 2 === 0) {
      if (piece) emit('html/index.html', piece);
      return;
    }
    const part = parts[Number(piece)]!;
    emit('html/index.html', run(real.get(part.name)!, part.context as object, 'html/index.html', part.data));
  });
}

export function renderPages(manual: Manual, formats: readonly Format[], templates: TemplateSet, emit: Emit): void {
  const base = { manual, L: manual.labels };
  if (formats.includes('markdown')) {
    const t = compiler(environment('markdown', templates), templates);
    const page = (template: string, path: string, data: object) => {
      emit(`markdown/${path}.md`, run(t(`markdown/${template}.hbs`), { ...base, page: path, ...data }, path));
    };
    page('index', 'index', {});
    for (const doc of manual.organizations) page('organization', doc.page, { doc });
    for (const doc of manual.standards) page('standard', doc.page, { doc });
    for (const doc of manual.matrices) page('matrix', doc.page, { doc });
    for (const doc of manual.dictionaries) page('dictionary', doc.page, { doc });
    for (const doc of manual.rollouts) page('rollout', doc.page, { doc });
    page('roles', 'roles', {});
  }
  if (formats.includes('html')) renderHtml(manual, templates, emit);
}

/** the manual's files in memory */
export function renderToMap(manual: Manual, formats: readonly Format[], templates: TemplateSet): Map<string, string> {
  const out = new Map<string, string>();
  renderPages(manual, formats, templates, (path, text) => out.set(path, (out.get(path) ?? '') + text));
  return out;
}
