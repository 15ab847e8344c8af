// The pure parts: the plan from a diff, changelog placement, and the example repository end to end.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { diffRepositories } from '../../src/core/diff/diff.js';
import { processText } from '../../src/core/model/document.js';
import { RepoIndex } from '../../src/core/model/index-repo.js';
import { validators } from '../../src/core/model/validators.js';
import { planRelease, prependChangelog } from '../../src/core/release/index.js';
import { commitAll, edit, FIXTURE, git, read, runRelease, write } from './repo.js';

const index = (files: Record<string, string>) => new RepoIndex(Object.entries(files).flatMap(([f, t]) => processText(f, t, validators).docs));
const S = 'standards/order.yaml';
const ORDER = read(FIXTURE, S);
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function plan(after: string, extra: Partial<Parameters<typeof planRelease>[0]> = {}) {
  const base = index({ [S]: ORDER });
  const head = index({ [S]: after });
  return planRelease({ base: 'v1.0.0', baseIndex: base, headIndex: head, changes: diffRepositories(base, head), current: '1.4.2', date: '2027-01-10', tagPrefix: 'release-', changelogFile: 'CHANGES.md', ...extra });
}

describe('planRelease', () => {
  test.each([
    ['a removed step', 'major', '2.0.0', ORDER.replace(/    - id: order-intake\n(?:      .*\n)+?(?=    - id:)/, '')],
    ['a relaxed SLA', 'minor', '1.5.0', ORDER.replace('sla: 24h', 'sla: 48h')],
    ['wording', 'patch', '1.4.3', ORDER.replace('Ship the goods.', 'Ship them.')],
  ])('%s → %s %s', (_n, bump, version, after) => {
    const p = plan(after);
    expect(p).toMatchObject({ required: bump, bump, version, tag: `release-${version}`, message: `release: release-${version}`, changelogFile: 'CHANGES.md' });
    expect(p.edits[0]).toMatchObject({ file: 'stdkit.yaml', path: ['manual', 'version'], from: '1.4.2', to: version });
    expect(p.changelog.startsWith(`## [${version}] - 2027-01-10\n`)).toBe(true);
  });

  test('a hand-raised document version is left alone, and is no change of its own', () => {
    const p = plan(ORDER.replace('sla: 24h', 'sla: 48h').replace('"1.0.0"', '"1.3.0"'));
    expect(p.edits.map((e) => e.id)).toEqual(['manual']);
    expect(p.changes.map((c) => c.path)).toEqual(['spec.steps[order-confirmation].sla']);
  });

  test('refusals: nothing to release; a lower bump without force', () => {
    expect(() => plan(ORDER)).toThrow(/nothing to release/);
    expect(() => plan(ORDER.replace('sla: 24h', 'sla: 48h'), { requested: 'patch' })).toThrow(/a patch release is not enough/);
    expect(plan(ORDER.replace('sla: 24h', 'sla: 48h'), { requested: 'patch', force: true }).version).toBe('1.4.3');
  });
});

describe('prependChangelog', () => {
  const section = '## [2.0.0] - 2027-01-10\n\n### Added\n\n- x\n';
  test('creates the file with a title', () => {
    expect(prependChangelog(undefined, section)).toMatch(/^# Changelog\n\n[\s\S]*Keep a Changelog[\s\S]*\n\n## \[2\.0\.0\] - 2027-01-10\n/);
  });
  test('above the latest release, below the title', () => {
    expect(prependChangelog('# Changes\n\n## [1.0.0] - 2026-01-01\n- a\n', section)).toBe(`# Changes\n\n${section}\n## [1.0.0] - 2026-01-01\n- a\n`);
  });
  test('a file with only a title (and a BOM) gets the section at the end', () => {
    expect(prependChangelog('\uFEFF# Changes', section)).toBe(`\uFEFF# Changes\n\n${section}`);
  });
});

describe('the example repository', () => {
  test('released end to end with the real renderer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stdkit-release-example-'));
    made.push(dir);
    const example = join(FIXTURE, '../../../../examples/cross-region-ops');
    cpSync(example, dir, { recursive: true, filter: (src) => !/[/\\](dist|\.stdkit)$/.test(src) });
    git(dir, '-c', 'init.defaultBranch=main', 'init', '-q');
    write(dir, '.gitignore', 'dist/\n.stdkit/\n');
    commitAll(dir, 'standards');
    git(dir, 'tag', '-a', 'v1.0.0', '-m', 'v1.0.0');
    edit(dir, 'standards/order-fulfilment.yaml', (s) => s.replace('title: 订单履约流程', 'title: 订单履约标准流程'));
    commitAll(dir, 'title');
    const r = await runRelease(dir, ['--date', '2027-01-10']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(read(dir, 'stdkit.yaml')).toContain('version: 1.0.1');
    expect(read(dir, 'CHANGELOG.md')).toContain('### Wording\n\n- 订单履约标准流程 (`order-fulfilment`): title "订单履约流程" → "订单履约标准流程" (patch)');
    expect(existsSync(join(dir, 'dist/manual/html/index.html'))).toBe(true);
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });
});
