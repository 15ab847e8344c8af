// stdkit render: the operations manual in Markdown and HTML.
import { relative, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { loadRepository } from '../app/load.js';
import { streamManual } from '../adapters/render-manual.js';
import { OutputWriter } from '../adapters/render-output.js';
import type { Format } from '../core/render/helpers.js';
import type { Lang } from '../core/render/i18n.js';
import type { IO } from './io.js';
import type { GlobalOptions } from './main.js';

export interface RenderFlags {
  format?: Format | 'all';
  out?: string;
  region?: string;
  lang?: Lang;
  templates?: string;
}

export async function renderCommand(io: IO, globals: GlobalOptions, opts: RenderFlags): Promise<number> {
  const cwd = resolve(io.cwd, globals.cwd ?? '.');
  const repo = await loadRepository(cwd);
  const formats: Format[] = opts.format === undefined ? [...repo.config.render.formats] : opts.format === 'all' ? ['markdown', 'html'] : [opts.format];
  const out = opts.out !== undefined ? resolve(cwd, opts.out) : resolve(repo.root, repo.config.render.out);
  const renderOpts = { formats, lang: opts.lang, region: opts.region, templatesDir: opts.templates === undefined ? undefined : resolve(cwd, opts.templates), env: io.env };
  // views and templates are checked before anything is written, so a bad flag leaves no trace
  let writer: OutputWriter | undefined;
  const files = new Set<string>();
  try {
    streamManual(repo, renderOpts, (path, text) => {
      writer ??= new OutputWriter(out);
      files.add(path);
      writer.write(path, text);
    });
  } catch (e) {
    (writer as OutputWriter | undefined)?.abort();
    throw e;
  }
  const written = writer ? (writer as OutputWriter).commit() : [];
  const invalid = repo.index.docs.filter((d) => !d.valid).length;
  if (!globals.quiet) {
    if (invalid > 0) io.stderr(`stdkit: ${invalid} document${invalid === 1 ? '' : 's'} with errors left out of the manual; run \`stdkit lint\` to see why\n`);
    const shown = written.map((w) => relative(io.cwd, w) || '.');
    io.stdout(`manual ${repo.config.manual.version} written: ${shown.join(', ')} (${files.size} file${files.size === 1 ? '' : 's'})\n`);
  }
  return 0;
}

export function registerRender(program: Command, io: IO, globals: () => GlobalOptions, setCode: (c: number) => void): void {
  program
    .command('render')
    .description('render the operations manual as Markdown pages and an offline HTML site')
    .addOption(new Option('-f, --format <format>', 'what to render (default: render.formats of stdkit.yaml)').choices(['markdown', 'html', 'all']))
    .option('-o, --out <dir>', 'output folder (default: render.out of stdkit.yaml, dist/manual)')
    .option('--region <code>', 'the manual as one region sees it: its standards, its variants applied')
    .addOption(new Option('--lang <lang>', 'language of the labels (default: manual.language)').choices(['zh-CN', 'en']))
    .option('--templates <dir>', 'Handlebars templates and partials that override the built-in ones by name')
    .addHelpText(
      'after',
      `
Output: <out>/markdown/ (index.md and one page per document, Mermaid diagrams)
        <out>/html/index.html (one self-contained page: opens from disk, prints as a handbook)
Templates in the repository's templates/ folder override the built-in ones by name.
SOURCE_DATE_EPOCH fixes the date on the cover, for reproducible output.

Examples:
  $ stdkit render
  $ stdkit render --format html --out public
  $ stdkit render --region SC --lang en --out dist/manual-sc
  $ stdkit render --templates my-templates`,
    )
    .action(async (opts: RenderFlags) => {
      setCode(await renderCommand(io, globals(), opts));
    });
}
