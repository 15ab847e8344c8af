// End to end on real git repositories: tags, branches, renames, working-tree edits, subfolders.
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BASE } from '../helpers/lint.js';
import { CONFIG_YAML, cleanup, commitAll, git, initRepo, runDiff, tempDir, write } from './git-repo.js';

afterAll(cleanup);

const S = 'standards/order.yaml';
const files = { 'stdkit.yaml': CONFIG_YAML, ...BASE };
const json = (out: string) => JSON.parse(out) as { base: string; head: string; bump: string; changes: Array<Record<string, unknown>> };

describe('stdkit diff on a git repository', () => {
  test('default: latest release tag → working tree, uncommitted edits included', async () => {
    const dir = initRepo(files);
    git(dir, 'tag', 'v1.0.0');
    write(dir, { [S]: BASE[S]!.replace('sla: 24h', 'sla: 48h') });
    const r = await runDiff(dir, ['--format', 'json']);
    expect(r.code).toBe(0);
    const out = json(r.stdout);
    expect(out).toMatchObject({ base: 'v1.0.0', head: 'working tree', bump: 'minor' });
    expect(out.changes).toEqual([{ file: S, kind: 'Standard', document: 'order-fulfilment', path: 'spec.steps[order-confirmation].sla', change: 'changed', class: 'minor', before: '24h', after: '48h' }]);
    const text = await runDiff(dir, []);
    expect(text.stdout).toContain('standards/order.yaml  order-fulfilment › order-confirmation  sla 24h → 48h  (minor)');
  });

  test('the highest semver tag of the prefix wins, other tags are ignored', async () => {
    const dir = initRepo(files);
    for (const [tag, title] of [['v1.9.0', 'Nine'], ['v1.10.0', 'Ten'], ['v1.2.0', 'Two'], ['release-9', 'Other']] as const) {
      write(dir, { [S]: BASE[S]!.replace('title: Order fulfilment', `title: ${title}`) });
      commitAll(dir, tag);
      git(dir, 'tag', tag);
    }
    const out = json((await runDiff(dir, ['--format', 'json'])).stdout);
    expect(out.base).toBe('v1.10.0');
    expect(out.changes).toMatchObject([{ path: 'metadata.title', before: 'Ten', after: 'Other' }]);
  });

  test('without release tags: the first commit, and a note saying so', async () => {
    const dir = initRepo(files);
    write(dir, { [S]: BASE[S]!.replace(/ {4}- \{ id: shipment.*\n/, '') });
    commitAll(dir, 'drop shipment');
    const r = await runDiff(dir, ['--exit-code']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no release tag v\*: comparing with the first commit [0-9a-f]{12}/);
    expect(r.stdout).toContain('order-fulfilment › shipment  step removed  (major)');
  });

  test('two revisions, and base...head from the merge-base', async () => {
    const dir = initRepo(files);
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, { [S]: BASE[S]!.replace('name: Shipment,', 'name: Dispatch,') });
    commitAll(dir, 'feature: rename');
    git(dir, 'checkout', '-q', 'main');
    write(dir, { 'rollouts/east.yaml': BASE['rollouts/east.yaml']!.replace('goal: Standard', 'goal: Better') });
    commitAll(dir, 'main moves on');
    const two = json((await runDiff(dir, ['main', 'feature', '--format', 'json'])).stdout);
    expect(two.changes.map((c) => c.path).sort()).toEqual(['spec.goal', 'spec.steps[shipment].name']);
    const three = json((await runDiff(dir, ['main...feature', '--format', 'json'])).stdout);
    expect(three.changes.map((c) => c.path)).toEqual(['spec.steps[shipment].name']);
    expect(three.head).toBe('feature');
    expect(three.bump).toBe('patch');
  });

  test('a renamed file is one move', async () => {
    const dir = initRepo(files);
    git(dir, 'tag', 'v1.0.0');
    git(dir, 'mv', S, 'standards/order-fulfilment.yaml');
    commitAll(dir, 'rename');
    const out = json((await runDiff(dir, ['v1.0.0', 'HEAD', '--format', 'json'])).stdout);
    expect(out.changes).toEqual([{ file: 'standards/order-fulfilment.yaml', kind: 'Standard', document: 'order-fulfilment', path: '', change: 'moved', class: 'patch', before: S, after: 'standards/order-fulfilment.yaml' }]);
  });

  test('the config of each revision decides which files are documents', async () => {
    const dir = initRepo({ ...files, 'stdkit.yaml': `${CONFIG_YAML}exclude: ['rollouts/**']\n` });
    git(dir, 'tag', 'v1.0.0');
    write(dir, { 'stdkit.yaml': CONFIG_YAML });
    const out = json((await runDiff(dir, ['--format', 'json'])).stdout);
    expect(out.changes).toMatchObject([{ document: 'east-rollout', change: 'added' }]);
  });

  test('standards in a subfolder of the git repository', async () => {
    const dir = initRepo(files, 'ops/standards');
    write(dir, { 'README.md': '# other things\n', 'ops/other.yaml': 'not: a document\n' });
    commitAll(dir, 'unrelated');
    git(dir, 'tag', 'v1.0.0');
    renameSync(join(dir, 'ops/standards', S), join(dir, 'ops/standards/standards/orders.yaml'));
    expect((await runDiff(dir, [])).code).toBe(2); // the top folder has no stdkit.yaml
    const viaC = await runDiff(dir, ['-C', 'ops/standards', '--format', 'json']);
    expect(json(viaC.stdout).changes).toHaveLength(1);
    const sub = await runDiff(join(dir, 'ops/standards/standards'), ['--format', 'json']);
    expect(sub.stderr).toBe('');
    expect(json(sub.stdout).changes).toMatchObject([{ change: 'moved', before: S, after: 'standards/orders.yaml' }]);
  });

  test('--fail-on and --exit-code', async () => {
    const dir = initRepo(files);
    git(dir, 'tag', 'v1.0.0');
    write(dir, { [S]: BASE[S]!.replace('sla: 24h', 'sla: 48h') });
    expect((await runDiff(dir, ['--fail-on', 'major'])).code).toBe(0);
    expect((await runDiff(dir, ['--fail-on', 'minor'])).code).toBe(1);
    expect((await runDiff(dir, ['--fail-on', 'patch'])).code).toBe(1);
    expect((await runDiff(dir, ['--exit-code'])).code).toBe(1);
    expect((await runDiff(dir, ['v1.0.0', 'v1.0.0', '--exit-code'])).code).toBe(0);
    expect((await runDiff(dir, ['--fail-on', 'huge'])).code).toBe(2);
  });

  test('--format markdown has a table and a mermaid block', async () => {
    const dir = initRepo(files);
    git(dir, 'tag', 'v1.0.0');
    write(dir, { [S]: BASE[S]!.replace('sla: 24h', 'sla: 48h') });
    const r = await runDiff(dir, ['--format', 'markdown']);
    expect(r.stdout).toContain('| Document | Kind | File | Changes | Class |');
    expect(r.stdout).toMatch(/```mermaid\nflowchart TD[\s\S]*class s1 changed\n```/);
  });

  test('--explain prints the table without a repository', async () => {
    const r = await runDiff(tempDir(), ['--explain']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tighter or new');
  });
});

describe('what stops stdkit diff (exit 2)', () => {
  test('an unknown revision', async () => {
    const dir = initRepo(files);
    const r = await runDiff(dir, ['v9.9.9']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown revision "v9.9.9"');
    expect(r.stderr).not.toMatch(/at .*\.ts/);
  });

  test('a shallow clone without its tags is explained, not diffed against the wrong base', async () => {
    const origin = initRepo(files);
    git(origin, 'tag', 'v1.0.0');
    write(origin, { [S]: BASE[S]!.replace('sla: 24h', 'sla: 48h') });
    commitAll(origin, 'later');
    const clone = join(tempDir(), 'clone');
    git(origin, 'clone', '-q', '--depth', '1', `file://${origin}`, clone);
    const r = await runDiff(clone, []);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('shallow clone: run git fetch --tags --unshallow, or set fetch-depth: 0');
    const named = await runDiff(clone, ['v1.0.0']);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('git fetch --tags --unshallow');
  });

  test('a side that does not parse', async () => {
    const dir = initRepo(files);
    git(dir, 'tag', 'v1.0.0');
    writeFileSync(join(dir, S), 'apiVersion: stdkit/v1\nkind: [unclosed\n');
    const r = await runDiff(dir, []);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/working tree: cannot read standards\/order.yaml:\d+:\d+/);
  });

  test('not a git repository', async () => {
    const dir = tempDir();
    write(dir, files);
    const r = await runDiff(dir, []);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a git repository');
  });
});
