// The lint cache (.stdkit/cache): a second run reuses it, anything findings depend on
// invalidates it, a broken cache is ignored, and --no-cache leaves no trace.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_DIR } from '../../src/adapters/cache.js';
import { lintRepository, type LintOptions } from '../../src/app/lint.js';
import { CONFIG_YAML, REPO_FILES, REPO_STANDARD, cleanupRepos, makeRepo, runInProcess } from '../helpers/cli.js';

afterAll(cleanupRepos);

const BAD_STANDARD = REPO_STANDARD.replace('responsible: warehouse-lead', 'responsible: warehouse-leader');
const TODAY = '2026-12-01';
const lint = async (dir: string, opts: Partial<LintOptions> = {}) => (await lintRepository({ cwd: dir, today: TODAY, ...opts })).result;
const summaryOf = (r: Awaited<ReturnType<typeof lint>>) => r.findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.severity}`);

describe('lint cache', () => {
  it('a second run gives identical findings, and .stdkit ignores itself in git', async () => {
    const repo = makeRepo({ ...REPO_FILES, 'standards/order.yaml': BAD_STANDARD });
    const first = await lint(repo.dir);
    expect(summaryOf(first)).toEqual([`standards/order.yaml:${BAD_STANDARD.split('\n').findIndex((l) => l.includes('warehouse-leader')) + 1} ref-role error`]);
    expect(existsSync(repo.path(`${CACHE_DIR}/run.json`))).toBe(true);
    expect(existsSync(repo.path(`${CACHE_DIR}/files.json`))).toBe(true);
    const ignore = repo.read('.stdkit/.gitignore');
    expect(ignore.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'))).toEqual(['*']);
    const second = await lint(repo.dir);
    expect(second).toEqual(first);
  });

  it('the second run really comes from the cache', async () => {
    const repo = makeRepo({ ...REPO_FILES, 'standards/order.yaml': BAD_STANDARD });
    await lint(repo.dir);
    const file = repo.path(`${CACHE_DIR}/run.json`);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { value: { findings: Array<{ message: string }> } };
    data.value.findings[0]!.message = 'from the cache';
    writeFileSync(file, JSON.stringify(data));
    expect((await lint(repo.dir)).findings[0]!.message).toBe('from the cache');
  });

  it('editing a file invalidates it', async () => {
    const repo = makeRepo({ ...REPO_FILES });
    expect((await lint(repo.dir)).findings).toEqual([]);
    repo.write('standards/order.yaml', BAD_STANDARD);
    expect(summaryOf(await lint(repo.dir))).toHaveLength(1);
    repo.write('standards/order.yaml', REPO_STANDARD);
    expect((await lint(repo.dir)).findings).toEqual([]);
  });

  it('editing another file that the unchanged one refers to is seen', async () => {
    const repo = makeRepo({ ...REPO_FILES });
    expect((await lint(repo.dir)).findings).toEqual([]);
    repo.write('org/org.yaml', REPO_FILES['org/org.yaml']!.replace('warehouse-lead', 'stock-lead'));
    const after = await lint(repo.dir);
    expect(after.findings.length).toBeGreaterThan(0);
    expect(after.findings.some((f) => f.file === 'standards/order.yaml' && f.rule === 'ref-role')).toBe(true);
  });

  it('adding and removing files is seen', async () => {
    const repo = makeRepo({ ...REPO_FILES });
    await lint(repo.dir);
    repo.write('standards/extra.yaml', 'just text\n');
    expect(summaryOf(await lint(repo.dir))).toEqual(['standards/extra.yaml:1 document-kind error']);
    repo.write('standards/extra.yaml', '');
    expect(summaryOf(await lint(repo.dir))).toEqual(['standards/extra.yaml:1 document-kind error']);
  });

  it('changing rules: in stdkit.yaml invalidates it', async () => {
    const repo = makeRepo({ ...REPO_FILES, 'standards/order.yaml': BAD_STANDARD });
    expect((await lint(repo.dir)).findings.map((f) => f.severity)).toEqual(['error']);
    repo.write('stdkit.yaml', `${CONFIG_YAML}rules:\n  ref-role: warn\n`);
    expect((await lint(repo.dir)).findings.map((f) => f.severity)).toEqual(['warning']);
    repo.write('stdkit.yaml', `${CONFIG_YAML}rules:\n  ref-role: off\n`);
    expect((await lint(repo.dir)).findings).toEqual([]);
  });

  it('--rule overrides and paths are part of the key', async () => {
    const repo = makeRepo({ ...REPO_FILES, 'standards/order.yaml': BAD_STANDARD, 'org/extra.yaml': 'text\n' });
    expect((await lint(repo.dir)).findings).toHaveLength(2);
    expect((await lint(repo.dir, { rules: { 'ref-role': 'off' } })).findings.map((f) => f.rule)).toEqual(['document-kind']);
    expect((await lint(repo.dir, { paths: ['standards'] })).findings.map((f) => f.rule)).toEqual(['ref-role']);
    expect((await lint(repo.dir)).findings).toHaveLength(2);
  });

  it('a corrupt cache is ignored, and replaced', async () => {
    const repo = makeRepo({ ...REPO_FILES, 'standards/order.yaml': BAD_STANDARD });
    const first = await lint(repo.dir);
    for (const [name, junk] of [
      ['run.json', '{"salt": "x", "value": '],
      ['files.json', '\u0000\u0001 not json'],
    ] as const)
      writeFileSync(repo.path(`${CACHE_DIR}/${name}`), junk);
    expect(await lint(repo.dir)).toEqual(first);
    expect(() => JSON.parse(repo.read(`${CACHE_DIR}/run.json`))).not.toThrow();
    // well-formed JSON of the wrong shape, with the right salt, must not crash either
    const salt = (JSON.parse(repo.read(`${CACHE_DIR}/files.json`)) as { salt: string }).salt;
    writeFileSync(repo.path(`${CACHE_DIR}/run.json`), JSON.stringify({ salt, value: { key: 'nope' } }));
    writeFileSync(repo.path(`${CACHE_DIR}/files.json`), JSON.stringify({ salt, value: { 'standards/order.yaml': { hash: 'x' } } }));
    expect(await lint(repo.dir)).toEqual(first);
  });

  it('a cache entry without a result is ignored', async () => {
    const repo = makeRepo({ ...REPO_FILES });
    await lint(repo.dir);
    const files = JSON.parse(repo.read(`${CACHE_DIR}/files.json`)) as { salt: string; value: Record<string, { hash: string }> };
    for (const k of Object.keys(files.value)) files.value[k] = { hash: files.value[k]!.hash };
    repo.write(`${CACHE_DIR}/files.json`, JSON.stringify(files));
    repo.write(`${CACHE_DIR}/run.json`, '{}');
    expect((await lint(repo.dir)).findings).toEqual([]);
  });

  it('--no-cache writes nothing', async () => {
    const repo = makeRepo({ ...REPO_FILES, 'standards/order.yaml': BAD_STANDARD });
    const r = await runInProcess(['lint', '--no-cache'], repo.dir);
    expect(r.code).toBe(1);
    expect(existsSync(repo.path('.stdkit'))).toBe(false);
    expect(readdirSync(repo.dir).sort()).toEqual(['dictionaries', 'matrices', 'org', 'rollouts', 'standards', 'stdkit.yaml']);
  });

  it('--cache-location puts the cache elsewhere', async () => {
    const repo = makeRepo({ ...REPO_FILES });
    const r = await runInProcess(['lint', '--cache-location', 'tmp-cache'], repo.dir);
    expect(r.code).toBe(0);
    expect(existsSync(repo.path('.stdkit'))).toBe(false);
    expect(existsSync(join(repo.dir, 'tmp-cache', 'run.json'))).toBe(true);
  });
});
