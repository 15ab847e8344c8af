// stdkit render: the operations manual in Markdown and HTML.
import { join, relative, resolve } from 'node:path';
import { loadRepository } from '../app/load.js';
import { streamManual } from '../adapters/render-manual.js';
import { OutputWriter } from '../adapters/render-output.js';
import type { Format } from '../core/render/helpers.js';
import type { Lang } from '../core/render/i18n.js';
import type { IO } from './io.js';
import { progressLine } from './progress.js';
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
  const reading = progressLine(io, 'stdkit render: reading', globals.quiet);
  const repo = await loadRepository(cwd, { onProgress: (d, t) => reading.update(d, t) }).finally(() => reading.end());
  const formats: Format[] = opts.format === undefined ? [...repo.config.render.formats] : opts.format === 'all' ? ['markdown', 'html'] : [opts.format];
  const out = opts.out !== undefined ? resolve(cwd, opts.out) : resolve(repo.root, repo.config.render.out);
  const common = { formats, lang: opts.lang, templatesDir: opts.templates === undefined ? undefined : resolve(cwd, opts.templates), env: io.env };
  // --region all: the whole manual, and under regions/<CODE>/ the manual each region sees
  const manuals =
    opts.region === 'all'
      ? [{ prefix: '', region: undefined }, ...[...repo.index.regions.keys()].sort().map((code) => ({ prefix: `regions/${code}/`, region: code }))]
      : [{ prefix: '', region: opts.region }];
  // views and templates are checked before anything is written, so a bad flag leaves no trace
  let writer: OutputWriter | undefined;
  const files = new Set<string>();
  const writing = progressLine(io, 'stdkit render: writing', globals.quiet);
  try {
    for (const m of manuals) {
      streamManual(repo, { ...common, region: m.region, out: join(out, m.prefix) }, (path, text) => {
        writer ??= new OutputWriter(out);
        files.add(m.prefix + path);
        writer.write(m.prefix + path, text);
        writing.update(files.size, 0);
      });
    }
  } catch (e) {
    (writer as OutputWriter | undefined)?.abort();
    throw e;
  } finally {
    writing.end();
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
