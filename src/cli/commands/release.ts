import { type Command, Option } from 'commander';
import type { IO } from '../io.js';
import type { GlobalOptions } from '../main.js';
import type { ReleaseFlags } from '../release.js';

export function registerRelease(program: Command, io: IO, globals: () => GlobalOptions, setCode: (c: number) => void): void {
  program
    .command('release')
    .description('publish a new manual version: bump versions, changelog, render, commit and tag, all or nothing')
    .argument('[bump]', 'major, minor or patch (default: the highest class of the changes since the last release); with --notes: a version')
    .option('-n, --dry-run', 'print the plan (versions, changelog section, files) and write nothing')
    .option('--no-commit', 'write the files but do not commit (nor tag)')
    .option('--no-tag', 'commit but do not create the tag')
    .option('--no-render', 'do not render the manual')
    .option('-m, --message <template>', 'commit message; {version} and {tag} are replaced (default: "release: {tag}")')
    .option('--date <YYYY-MM-DD>', 'the release date in the changelog (default: today), for reproducible changelogs')
    .option('--force', 'release with a lower bump than the changes need')
    .option('--notes', 'print the release notes of the latest release (or of the version given) and exit')
    .option('--region <code>', 'with --notes: only what concerns this region')
    .option('--role <id>', 'with --notes: only what concerns this role')
    .addOption(new Option('-f, --format <format>', 'with --notes: output format').choices(['markdown', 'csv']))
    .addHelpText(
      'after',
      `
Refuses (exit 2, nothing changed) on lint errors, a dirty working tree, nothing to release,
an existing tag, a bump lower than the changes need, a shallow clone or missing tags, a detached HEAD.
If any step fails, every file, the index, the branch and the tags are put back as they were.

Examples:
  $ stdkit release --dry-run
  $ stdkit release                       # the bump the changes need
  $ stdkit release major --date 2027-01-10
  $ stdkit release --no-commit           # review the edits, commit yourself
  $ stdkit release --notes               # markdown notes of the latest release
  $ stdkit release --notes 1.3.0 --region SC
  $ stdkit release --notes --format csv > training.csv`,
    )
    .action(async (bump: string | undefined, opts: ReleaseFlags) => {
      const { releaseCommand } = await import('../release.js');
      setCode(await releaseCommand(io, globals(), bump, opts));
    });
}
