// Which files are documents: globs, dot-folders, stdkit.yaml, and symlinks that leave the
// repository, loop, or reach a file twice.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listDocumentFiles } from '../../src/adapters/files.js';
import { DEFAULTS } from '../../src/core/model/config.js';
import { cleanupRepos, makeRepo } from '../helpers/cli.js';

afterAll(cleanupRepos);

const Y = 'x: 1\n';
const list = (root: string, include = DEFAULTS.include, exclude = DEFAULTS.exclude) => listDocumentFiles(root, include, exclude);

describe('globs', () => {
  const repo = makeRepo({
    'standards/a.yaml': Y,
    'standards/b.yml': Y,
    'standards/drafts/c.yaml': Y,
    'standards/readme.md': '# not yaml',
    'standards/data.json': '{}',
    'standards/UPPER.YAML': Y,
    'org/org.yaml': Y,
    'node_modules/pkg/x.yaml': Y,
    'dist/manual/y.yaml': Y,
    'deep/er/and/deeper/z.yaml': Y,
  });

  it('default include and exclude: .yaml and .yml anywhere, not node_modules or dist, sorted, with /', () => {
    expect(list(repo.dir)).toEqual(['deep/er/and/deeper/z.yaml', 'org/org.yaml', 'standards/a.yaml', 'standards/b.yml', 'standards/drafts/c.yaml']);
  });

  it('custom include and exclude', () => {
    expect(list(repo.dir, ['standards/**/*.yaml'], ['standards/drafts/**'])).toEqual(['standards/a.yaml']);
    // a custom exclude replaces the default one
    expect(list(repo.dir, ['**/*.yaml', '**/*.yml'], ['**/drafts/**', 'deep/**', 'dist/**'])).toEqual(['node_modules/pkg/x.yaml', 'org/org.yaml', 'standards/a.yaml', 'standards/b.yml']);
    expect(list(repo.dir, ['org/*.yaml'], [])).toEqual(['org/org.yaml']);
  });

  it('an empty exclude lets node_modules and dist in when included', () => {
    expect(list(repo.dir, ['**/*.yaml'], [])).toContain('node_modules/pkg/x.yaml');
    expect(list(repo.dir, ['**/*.yaml'], [])).toContain('dist/manual/y.yaml');
  });
});

describe('dot-folders, dot-files and stdkit.yaml', () => {
  const repo = makeRepo({
    '.github/workflows/ci.yaml': Y,
    '.vscode/settings.yaml': Y,
    '.stdkit/cache/run.yaml': Y,
    '.hidden.yaml': Y,
    'standards/.draft.yaml': Y,
    'standards/.wip/x.yaml': Y,
    'standards/ok.yaml': Y,
    'sub/stdkit.yml': Y,
  });

  it('are never documents, whatever the globs say', () => {
    expect(list(repo.dir)).toEqual(['standards/ok.yaml', 'sub/stdkit.yml']);
    expect(list(repo.dir, ['**/*.yaml', '.github/**/*.yaml', '**/.*.yaml', 'stdkit.yaml'], [])).toEqual(['standards/ok.yaml']);
    expect(list(repo.dir, ['*'], [])).toEqual([]);
  });
});

describe('symlinks', () => {
  const outside = mkdtempSync(join(tmpdir(), 'stdkit-outside-'));
  writeFileSync(join(outside, 'secret.yaml'), Y);
  mkdirSync(join(outside, 'dir'));
  writeFileSync(join(outside, 'dir', 'more.yaml'), Y);
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  it('a link pointing outside the repository is not followed (file or folder)', () => {
    const repo = makeRepo({ 'standards/a.yaml': Y });
    symlinkSync(join(outside, 'secret.yaml'), repo.path('standards/secret.yaml'));
    symlinkSync(join(outside, 'dir'), repo.path('standards/outside-dir'));
    symlinkSync('../../..', repo.path('standards/up'));
    expect(list(repo.dir)).toEqual(['standards/a.yaml']);
  });

  it('a link loop is not followed and does not hang', () => {
    const repo = makeRepo({ 'standards/a.yaml': Y, 'standards/sub/b.yaml': Y });
    symlinkSync('..', repo.path('standards/sub/parent'));
    symlinkSync('.', repo.path('standards/self'));
    symlinkSync(repo.dir, repo.path('standards/root'));
    symlinkSync('loop-b', repo.path('loop-a.yaml'));
    symlinkSync('loop-a.yaml', repo.path('loop-b'));
    expect(list(repo.dir)).toEqual(['standards/a.yaml', 'standards/sub/b.yaml']);
  }, 15_000);

  it('a file reachable twice through a link is listed once', () => {
    const repo = makeRepo({ 'standards/order.yaml': Y });
    symlinkSync('standards', repo.path('linked'));
    symlinkSync('order.yaml', repo.path('standards/order-alias.yaml'));
    const files = list(repo.dir);
    expect(files).toHaveLength(1);
    expect(['standards/order.yaml', 'linked/order.yaml', 'standards/order-alias.yaml', 'linked/order-alias.yaml']).toContain(files[0]);
  });

  it('a link to a file inside the repository is followed', () => {
    const repo = makeRepo({ 'shared/common.yaml': Y, 'standards/own.yml': Y });
    symlinkSync('../shared/common.yaml', repo.path('standards/common.yaml'), 'file');
    expect(list(repo.dir, ['standards/*.yaml'], [])).toEqual(['standards/common.yaml']);
    expect(list(repo.dir)).toEqual(['shared/common.yaml', 'standards/own.yml']);
  });

  it('a dangling link is skipped', () => {
    const repo = makeRepo({ 'standards/a.yaml': Y });
    symlinkSync('missing.yaml', repo.path('standards/gone.yaml'));
    expect(list(repo.dir)).toEqual(['standards/a.yaml']);
  });

  it('a repository reached through a link lists the same files', () => {
    const repo = makeRepo({ 'standards/a.yaml': Y, 'org/o.yaml': Y });
    const link = join(outside, 'repo-link');
    symlinkSync(repo.dir, link);
    expect(list(link)).toEqual(list(repo.dir));
  });
});
