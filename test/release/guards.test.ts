// Every refusal: exit 2, a message that says how to fix it, and the repository exactly as before.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { cleanup, commitAll, edit, fingerprint, git, noRender, releasedRepo, runRelease, write } from './repo.js';

afterAll(cleanup);
const S = 'standards/order.yaml';
const relaxed = (dir: string) => edit(dir, S, (s) => s.replace('sla: 24h', 'sla: 48h'));

async function refused(dir: string, args: string[], message: RegExp, hint: RegExp): Promise<void> {
  const before = fingerprint(dir);
  const r = await runRelease(dir, args, noRender);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
  expect(r.stderr.split('\n')[1]).toMatch(hint);
  expect(fingerprint(dir)).toEqual(before);
}

describe('stdkit release refuses, and changes nothing', () => {
  test('lint errors', async () => {
    const dir = releasedRepo();
    edit(dir, S, (s) => s.replace('responsible: warehouse-lead', 'responsible: warehouse-leader'));
    commitAll(dir, 'typo');
    await refused(dir, [], /lint found 1 error/, /run stdkit lint/);
  });

  test('a dirty working tree (a modified file, or an untracked one)', async () => {
    const dir = releasedRepo();
    relaxed(dir);
    await refused(dir, [], /working tree is not clean \(standards\/order.yaml\)/, /commit or stash/);
    commitAll(dir, 'relax');
    write(dir, 'notes.txt', 'draft');
    await refused(dir, [], /not clean \(notes.txt\)/, /commit or stash/);
  });

  test('nothing to release', async () => {
    await refused(releasedRepo(), [], /nothing to release: the standards have not changed since v1.0.0/, /edit and commit/);
  });

  test('the tag exists', async () => {
    const dir = releasedRepo();
    relaxed(dir);
    commitAll(dir, 'relax');
    git(dir, 'tag', 'v1.1.0', 'v1.0.0');
    await refused(dir, [], /the tag v1.1.0 already exists/, /set manual.version/);
  });

  test('a bump lower than the changes need, without --force', async () => {
    const dir = releasedRepo();
    edit(dir, S, (s) => s.replace(/    - id: order-intake\n(?:      .*\n)+?(?=    - id:)/, ''));
    commitAll(dir, 'drop intake');
    await refused(dir, ['patch'], /a patch release is not enough: the changes since v1.0.0 need major \(e.g. order-fulfilment spec.steps\[order-intake\]\)/, /stdkit release major, or add --force/);
    await refused(dir, ['minor'], /need major/, /--force/);
  });

  test('an unknown bump, and notes flags without --notes', async () => {
    const dir = releasedRepo();
    await refused(dir, ['huge'], /unknown bump "huge"/, /highest class/);
    await refused(dir, ['--region', 'SC'], /go with --notes/, /--notes --region/);
    await refused(dir, ['--date', '10/01/2027'], /--date must be YYYY-MM-DD/, /^$/);
  });

  test('missing tags: released before (a release commit and a CHANGELOG), but no tag here', async () => {
    const dir = releasedRepo();
    write(dir, 'CHANGELOG.md', '# Changelog\n\n## [1.0.0] - 2027-01-04\n\n### Added\n\n- everything\n');
    commitAll(dir, 'release: v1.0.0');
    git(dir, 'tag', '-d', 'v1.0.0');
    relaxed(dir);
    commitAll(dir, 'relax');
    await refused(dir, [], /no release tag v\* in this repository/, /git fetch --tags.*git tag -a v1.0.0/);
  });

  test('a shallow clone', async () => {
    const dir = releasedRepo();
    relaxed(dir);
    commitAll(dir, 'relax');
    const clone = `${dir}-shallow`;
    git(dir, 'clone', '-q', '--depth', '1', `file://${dir}`, clone);
    try {
      await refused(clone, [], /shallow clone/, /git fetch --tags --unshallow/);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  test('a detached HEAD', async () => {
    const dir = releasedRepo();
    relaxed(dir);
    commitAll(dir, 'relax');
    git(dir, 'checkout', '-q', '--detach');
    await refused(dir, [], /HEAD is detached/, /git switch main/);
  });

  test('a version that cannot be edited in place (an alias)', async () => {
    const dir = releasedRepo();
    edit(dir, S, (s) => s.replace('  version: "1.0.0" # quoted on purpose', '  description: &v "1.0.0"\n  version: *v').replace('sla: 24h', 'sla: 48h'));
    commitAll(dir, 'aliased version');
    await refused(dir, [], /cannot edit metadata.version in standards\/order.yaml: .*alias/, /fix the version value by hand/);
  });
});
