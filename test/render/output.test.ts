// The command end to end: defaults, overrides by name, atomic output, same bytes twice.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOutput } from '../../src/adapters/render-output.js';
import { registerRender } from '../../src/cli/commands/render.js';
import { renderCommand } from '../../src/cli/render.js';
import type { IO } from '../../src/cli/io.js';
import { EXAMPLE, renderExample } from './helpers.js';

let dir: string;
let repo: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stdkit-render-'));
  repo = join(dir, 'repo');
  cpSync(EXAMPLE, repo, { recursive: true, filter: (src) => !src.includes(`${join('cross-region-ops', 'dist')}`) });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(env: NodeJS.ProcessEnv = { SOURCE_DATE_EPOCH: '1767225600' }) {
  const out: string[] = [];
  const err: string[] = [];
  const value: IO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, env, cwd: repo };
  return { io: value, out, err };
}

function tree(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      if (name.isDirectory()) walk(join(d, name.name), `${prefix}${name.name}/`);
      else files[`${prefix}${name.name}`] = readFileSync(join(d, name.name), 'utf8');
    }
  };
  walk(root, '');
  return files;
}

describe('stdkit render', () => {
  it('renders both formats to render.out by default, with the cover date of SOURCE_DATE_EPOCH', async () => {
    const t = io();
    expect(await renderCommand(t.io, {}, {})).toBe(0);
    const files = tree(join(repo, 'dist', 'manual'));
    expect(Object.keys(files)).toContain('markdown/index.md');
    expect(Object.keys(files)).toContain('html/index.html');
    expect(files['markdown/index.md']).toContain('| 日期 | 2026-01-01 |');
    expect(t.out.join('')).toMatch(/manual 1\.0\.0 written: .*html, .*markdown \(12 files\)/);
    expect(t.err).toEqual([]);
  });

  it('is deterministic: the same input gives the same bytes', async () => {
    await renderCommand(io().io, {}, { out: join(dir, 'a'), format: 'all' });
    await renderCommand(io().io, {}, { out: join(dir, 'b'), format: 'all' });
    expect(tree(join(dir, 'a'))).toEqual(tree(join(dir, 'b')));
    const env = { formats: ['markdown', 'html'] as const, env: { SOURCE_DATE_EPOCH: '0' } };
    expect(await renderExample({ ...env, formats: [...env.formats], date: undefined })).toEqual(await renderExample({ ...env, formats: [...env.formats], date: undefined }));
  });

  it('--format, --region, --lang and -C', async () => {
    const t = io();
    t.io.cwd = dir;
    expect(await renderCommand(t.io, { cwd: 'repo' }, { format: 'html', out: 'sc', region: 'SC', lang: 'en' })).toBe(0);
    const files = tree(join(repo, 'sc'));
    expect(Object.keys(files)).toEqual(['html/index.html']);
    expect(files['html/index.html']).toContain('Region view: 华南 (SC)');
  });

  it('--region all: the whole manual, and the manual each region sees under regions/<CODE>/', async () => {
    const t = io();
    expect(await renderCommand(t.io, {}, { format: 'markdown', out: 'every', region: 'all', lang: 'en' })).toBe(0);
    const files = tree(join(repo, 'every'));
    for (const code of ['CC', 'EC', 'NC', 'SC', 'WC']) expect(files[`regions/${code}/markdown/index.md`], code).toBeDefined();
    expect(files['markdown/index.md']).toBeDefined();
    // the SC pilot variant applies in SC's manual only
    expect(files['regions/SC/markdown/standards/order-fulfilment.md']).toContain('48 hours');
    expect(files['regions/EC/markdown/standards/order-fulfilment.md']).not.toContain('48 hours');
    expect(t.out.join('')).toMatch(/written: .*every\/markdown, .*every\/regions/);
  });

  it("overrides templates by name from the repository's templates/ and --templates", async () => {
    mkdirSync(join(repo, 'templates', 'partials'), { recursive: true });
    writeFileSync(join(repo, 'templates', 'partials', 'md-doc-header.hbs'), '# {{doc.title}} (house style)\n\n');
    const mine = join(dir, 'mine');
    mkdirSync(join(mine, 'html'), { recursive: true });
    writeFileSync(join(mine, 'html', 'manual.css'), 'body { color: rebeccapurple; }');
    expect(await renderCommand(io().io, {}, { out: join(dir, 'o'), templates: mine })).toBe(0);
    rmSync(join(repo, 'templates'), { recursive: true });
    const files = tree(join(dir, 'o'));
    expect(files['markdown/standards/order-fulfilment.md']).toMatch(/^# 订单履约流程 \(house style\)/);
    expect(files['html/index.html']).toContain('body { color: rebeccapurple; }');
    expect(files['html/index.html']).not.toContain('--accent');
  });

  it('a failed render leaves the previous output untouched and no staging folder behind', () => {
    const out = join(dir, 'atomic');
    writeOutput(out, new Map([['markdown/index.md', 'old'], ['html/index.html', 'old html']]));
    expect(() => writeOutput(out, new Map([['markdown/index.md', 'new'], ['markdown/index.md/clash', 'x']]))).toThrow(/cannot write the manual/);
    expect(tree(out)).toEqual({ 'markdown/index.md': 'old', 'html/index.html': 'old html' });
    writeOutput(out, new Map([['markdown/index.md', 'new']]));
    expect(tree(out)).toEqual({ 'markdown/index.md': 'new', 'html/index.html': 'old html' });
    expect(readdirSync(out).sort()).toEqual(['html', 'markdown']);
  });

  it('an unknown region is a usage error', async () => {
    await expect(renderCommand(io().io, {}, { region: 'XX', out: join(dir, 'x') })).rejects.toThrow(/unknown region "XX"/);
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });

  it('registers the command with its options and examples', () => {
    const program = new Command('stdkit').exitOverride();
    let help = '';
    program.configureOutput({ writeOut: (s) => (help += s) });
    registerRender(program, io().io, () => ({}), () => {});
    expect(() => program.parse(['node', 'stdkit', 'render', '--help'])).toThrow();
    expect(help).toContain('--format <format>');
    expect(help).toContain('--region <code>');
    expect(help).toContain('--lang <lang>');
    expect(help).toContain('--templates <dir>');
    expect(help).toContain('$ stdkit render --region SC --lang en');
  });
});
