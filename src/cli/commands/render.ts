import { type Command, Option } from 'commander';
import type { IO } from '../io.js';
import type { GlobalOptions } from '../main.js';
import type { RenderFlags } from '../render.js';

export function registerRender(program: Command, io: IO, globals: () => GlobalOptions, setCode: (c: number) => void): void {
  program
    .command('render')
    .description('render the operations manual as Markdown pages and an offline HTML site')
    .addOption(new Option('-f, --format <format>', 'what to render (default: render.formats of stdkit.yaml)').choices(['markdown', 'html', 'all']))
    .option('-o, --out <dir>', 'output folder (default: render.out of stdkit.yaml, dist/manual)')
    .option('--region <code>', 'the manual as one region sees it: its standards, its variants applied; `all`: the whole manual plus one per region under regions/<CODE>/')
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
  $ stdkit render --region all          # plus regions/EC/, regions/SC/, ...
  $ stdkit render --templates my-templates`,
    )
    .action(async (opts: RenderFlags) => {
      const { renderCommand } = await import('../render.js');
      setCode(await renderCommand(io, globals(), opts));
    });
}
