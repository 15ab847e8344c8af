// stdkit release end to end on real git repositories: bumps per class, files, commit and tag.
import { afterAll, describe, expect, test } from 'vitest';
import { cleanup, commitAll, edit, git, noRender, read, releasedRepo, runRelease, write } from './repo.js';

afterAll(cleanup);
const S = 'standards/order.yaml';
const M = 'matrices/raci.yaml';

describe('stdkit release', () => {
  test('a relaxed SLA: minor; only the changed document is bumped; commit, tag, changelog', async () => {
    const dir = releasedRepo();
    edit(dir, S, (s) => s.replace('sla: 24h', 'sla: 48h'));
    commitAll(dir, 'relax confirmation');
    const r = await runRelease(dir, ['--date', '2027-01-10'], noRender);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(read(dir, 'stdkit.yaml')).toContain('  version: 1.1.0   # bumped on release\n');
    expect(read(dir, S)).toContain('  version: "1.1.0" # quoted on purpose\n');
    expect(read(dir, M)).toContain("version: '1.0.0'");
    expect(git(dir, 'log', '-1', '--format=%s')).toBe('release: v1.1.0\n');
    expect(git(dir, 'status', '--porcelain')).toBe('');
    const changelog = read(dir, 'CHANGELOG.md');
    expect(changelog).toContain('## [1.1.0] - 2027-01-10\n\n### Changed\n\n- Order fulfilment (`order-fulfilment`) › Order confirmation (`order-confirmation`): sla 24h → 48h (minor)\n');
    expect(git(dir, 'cat-file', '-p', 'v1.1.0')).toContain('## [1.1.0] - 2027-01-10\n\n### Changed');
    expect(git(dir, 'rev-parse', 'v1.1.0^{commit}')).toBe(git(dir, 'rev-parse', 'HEAD'));
    expect(r.stdout).toContain('Released v1.1.0: minor release');
  });

  test('a removed step: major, and each document by its own class (a renamed activity is wording)', async () => {
    const dir = releasedRepo();
    edit(dir, S, (s) => s.replace(/    - id: order-intake\n(?:      .*\n)+?(?=    - id:)/, ''));
    edit(dir, M, (s) => s.replace('name: Ship an order', 'name: Ship the order'));
    commitAll(dir, 'drop intake');
    const r = await runRelease(dir, ['--date', '2027-01-10'], noRender);
    expect(r.code).toBe(0);
    expect(read(dir, 'stdkit.yaml')).toContain('version: 2.0.0   #');
    expect(read(dir, S)).toContain('version: "2.0.0"');
    expect(read(dir, M)).toContain("version: '1.0.1'");
    const log = read(dir, 'CHANGELOG.md');
    expect(log).toContain('### Removed\n\n- Order fulfilment (`order-fulfilment`) › Order intake (`order-intake`): step removed (major)\n');
    expect(log).toContain('### Wording\n\n- Operations RACI (`ops-raci`) › Ship the order (`ship-order`): name "Ship an order" → "Ship the order" (patch)\n');
    expect(log.indexOf('### Removed')).toBeLessThan(log.indexOf('### Wording'));
  });

  test('wording only: patch', async () => {
    const dir = releasedRepo();
    edit(dir, S, (s) => s.replace('Ship the goods.', 'Ship the goods the same day.'));
    commitAll(dir, 'wording');
    expect((await runRelease(dir, [], noRender)).code).toBe(0);
    expect(read(dir, 'stdkit.yaml')).toContain('version: 1.0.1   #');
    expect(read(dir, S)).toContain('version: "1.0.1"');
    expect(git(dir, 'tag', '--list')).toBe('v1.0.0\nv1.0.1\n');
  });

  test('a bump higher than needed is taken for the manual; documents keep their own class; a new document keeps its version', async () => {
    const dir = releasedRepo();
    edit(dir, S, (s) => s.replace('sla: 24h', 'sla: 48h'));
    write(dir, 'standards/returns.yaml', read(dir, S).replace(/order-fulfilment/g, 'returns').replace('title: Order fulfilment', 'title: Returns').replace('"1.0.0"', '0.3.0'));
    commitAll(dir, 'returns');
    const r = await runRelease(dir, ['major', '--dry-run'], noRender);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Would release v2.0.0: major release (the changes need minor)');
    expect(r.stdout).toContain('standards/order.yaml  order-fulfilment 1.0.0 → 1.1.0  (minor)');
    expect(r.stdout).toContain('standards/returns.yaml  returns 0.3.0 kept (new document)');
    expect((await runRelease(dir, ['major'], noRender)).code).toBe(0);
    expect(read(dir, 'standards/returns.yaml')).toContain('version: 0.3.0');
    expect(read(dir, 'CHANGELOG.md')).toContain('### Added\n\n- Returns (`returns`): Standard added (minor)');
  });

  test('--force releases a lower bump than required', async () => {
    const dir = releasedRepo();
    edit(dir, S, (s) => s.replace(/    - id: order-intake\n(?:      .*\n)+?(?=    - id:)/, ''));
    commitAll(dir, 'drop intake');
    const r = await runRelease(dir, ['patch', '--force'], noRender);
    expect(r.code).toBe(0);
    expect(git(dir, 'describe', '--tags')).toBe('v1.0.1\n');
    expect(read(dir, S)).toContain('version: "2.0.0"');
  });

  test('the changelog section goes above the last release; the rest of the file is kept byte for byte', async () => {
    const dir = releasedRepo();
    const old = '# Changelog\r\n\r\nOur notes.\r\n\r\n## [Unreleased]\r\n\r\n## [1.0.0] - 2026-11-01\r\n\r\n- First manual.\r\n';
    write(dir, 'CHANGELOG.md', old);
    edit(dir, S, (s) => s.replace('sla: 24h', 'sla: 48h'));
    commitAll(dir, 'relax');
    expect((await runRelease(dir, ['--date', '2027-01-10'], noRender)).code).toBe(0);
    const log = read(dir, 'CHANGELOG.md');
    const at = log.indexOf('## [1.1.0] - 2027-01-10\r\n');
    expect(log.slice(0, at)).toBe('# Changelog\r\n\r\nOur notes.\r\n\r\n## [Unreleased]\r\n\r\n');
    expect(log.endsWith('(minor)\r\n\r\n## [1.0.0] - 2026-11-01\r\n\r\n- First manual.\r\n')).toBe(true);
  });

  test('--no-tag, --message; then --no-commit leaves the edits in the working tree', async () => {
    const dir = releasedRepo();
    edit(dir, S, (s) => s.replace('sla: 24h', 'sla: 48h'));
    commitAll(dir, 'relax');
    expect((await runRelease(dir, ['--no-tag', '-m', 'Manual {version} ({tag})'], noRender)).code).toBe(0);
    expect(git(dir, 'log', '-1', '--format=%s')).toBe('Manual 1.1.0 (v1.1.0)\n');
    expect(git(dir, 'tag', '--list')).toBe('v1.0.0\n');
    const dir2 = releasedRepo();
    edit(dir2, S, (s) => s.replace('sla: 24h', 'sla: 48h'));
    commitAll(dir2, 'relax');
    const head = git(dir2, 'rev-parse', 'HEAD');
    expect((await runRelease(dir2, ['--no-commit'], noRender)).code).toBe(0);
    expect(git(dir2, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(dir2, 'status', '--porcelain')).toBe(' M standards/order.yaml\n M stdkit.yaml\n?? CHANGELOG.md\n');
  });

  test('two documents in one file: only the changed one is bumped', async () => {
    const dir = releasedRepo();
    const second = read(dir, S).replace(/order-fulfilment/g, 'order-returns').replace('title: Order fulfilment', 'title: Order returns');
    write(dir, S, `${read(dir, S)}---\n${second}`);
    commitAll(dir, 'two in one');
    git(dir, 'tag', '-a', 'v1.0.1', '-m', 'v1.0.1');
    edit(dir, S, (s) => s.split('---\n').map((doc, i) => (i === 1 ? doc.replace('sla: 2bd', 'sla: 3bd') : doc)).join('---\n'));
    commitAll(dir, 'slower returns');
    expect(read(dir, S).match(/sla: 3bd/g)).toHaveLength(1);
    edit(dir, 'stdkit.yaml', (s) => s.replace('1.0.0', '1.0.1'));
    commitAll(dir, 'manual 1.0.1');
    expect((await runRelease(dir, [], noRender)).code).toBe(0);
    const [first, rest] = read(dir, S).split('---\n');
    expect(first).toContain('version: "1.0.0"');
    expect(rest).toContain('version: "1.1.0"');
  });
});
