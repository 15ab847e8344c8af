// The first release of a repository that has never been released: no tag to count from.
import { afterAll, describe, expect, test } from 'vitest';
import { cleanup, git, noRender, read, releasedRepo, runRelease } from './repo.js';

afterAll(cleanup);

describe('the first release', () => {
  test('publishes manual.version as it stands, every document added, and tags it', async () => {
    const dir = releasedRepo();
    git(dir, 'tag', '-d', 'v1.0.0');
    const before = read(dir, 'standards/order.yaml');
    const r = await runRelease(dir, ['--date', '2027-01-04'], noRender);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Released v1.0.0: the first release, ');
    expect(read(dir, 'stdkit.yaml')).toContain('version: 1.0.0');
    expect(read(dir, 'standards/order.yaml')).toBe(before);
    const changelog = read(dir, 'CHANGELOG.md');
    expect(changelog).toContain('## [1.0.0] - 2027-01-04\n\n### Added\n');
    expect(changelog).toContain('Order fulfilment (`order-fulfilment`)');
    expect(git(dir, 'tag', '--list')).toBe('v1.0.0\n');
    expect(git(dir, 'log', '-1', '--format=%s')).toBe('release: v1.0.0\n');
  });

  test('a bump asked for on the first release raises manual.version', async () => {
    const dir = releasedRepo();
    git(dir, 'tag', '-d', 'v1.0.0');
    const r = await runRelease(dir, ['minor', '--date', '2027-01-04'], noRender);
    expect(r.code).toBe(0);
    expect(read(dir, 'stdkit.yaml')).toContain('version: 1.1.0');
    expect(git(dir, 'tag', '--list')).toBe('v1.1.0\n');
  });
});
