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

function run(t: Handlebars.TemplateDelegate, data: object, path: string): string {
  try {
    return t(data);
  } catch (e) {
    throw new StdkitError(`template error while rendering ${path}: ${(e as Error).message}`, { hint: 'check the template overrides in your templates folder', cause: e });
  }
}

export function renderPages(manual: Manual, formats: readonly Format[], templates: TemplateSet): Map<string, string> {
  const out = new Map<string, string>();
  const base = { manual, L: manual.labels };
  if (formats.includes('markdown')) {
    const t = compiler(environment('markdown', templates), templates);
    const page = (template: string, path: string, data: object) => {
      out.set(`markdown/${path}.md`, run(t(`markdown/${template}.hbs`), { ...base, page: path, ...data }, path));
    };
    page('index', 'index', {});
    for (const doc of manual.organizations) page('organization', doc.page, { doc });
    for (const doc of manual.standards) page('standard', doc.page, { doc });
    for (const doc of manual.matrices) page('matrix', doc.page, { doc });
    for (const doc of manual.dictionaries) page('dictionary', doc.page, { doc });
    for (const doc of manual.rollouts) page('rollout', doc.page, { doc });
    page('roles', 'roles', {});
  }
  if (formats.includes('html')) {
    const t = compiler(environment('html', templates), templates);
    const data = { ...base, page: 'index', css: templates.get('html/manual.css') ?? '', js: templates.get('html/manual.js') ?? '' };
    out.set('html/index.html', run(t('html/manual.hbs'), data, 'html/index.html'));
  }
  return out;
}
