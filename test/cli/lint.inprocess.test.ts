// `stdkit lint` through run() with a capturing IO: the CLI's core cases, fast.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../src/core/lint/rules/index.js';
import { ANSI, CONFIG_YAML, EXAMPLE, REPO_FILES, REPO_STANDARD, STACK, cleanupRepos, makeRepo, runInProcess, type JsonReport, type RunResult, type TempRepo } from '../helpers/cli.js';

const BAD_STANDARD = REPO_STANDARD.replace('responsible: regional-sales-manager, sla: 24h', 'responsible: warehouse-leader, sla: 24h');
const BAD_LINE = BAD_STANDARD.split('\n').findIndex((l) => l.includes('warehouse-leader')) + 1;

let clean: TempRepo;
let broken: TempRepo;
beforeAll(() => {
  clean = makeRepo({ ...REPO_FILES });
  broken = makeRepo({ ...REPO_FILES, 'standards/order.yaml': BAD_STANDARD });
});
afterAll(cleanupRepos);

function expectFailure(r: RunResult, ...messages: RegExp[]): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr).not.toMatch(/internal error/);
  for (const m of messages) expect(r.stderr).toMatch(m);
}

describe('exit codes and streams', () => {
  it('0 and no output on a clean repository', async () => {
    expect(await runInProcess(['lint', '--no-cache'], clean.dir)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('0 on the example repository', async () => {
    expect(await runInProcess(['-C', EXAMPLE, 'lint', '--no-cache'], '/')).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('1 with an error: the report on stdout, stderr empty', async () => {
    const r = await runInProcess(['lint', '--no-cache'], broken.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('standards/order.yaml');
    expect(r.stdout).toMatch(new RegExp(`\\b${BAD_LINE}:\\d+\\s+error\\s.*warehouse-leader.*ref-role`));
  });

  it('0 when the only findings are warnings', async () => {
    const r = await runInProcess(['lint', '--no-cache', '--rule', 'ref-role=warn'], broken.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('warning');
  });

  const failures: Array<[string, () => { args: string[]; cwd: string }, RegExp[]]> = [
    ['no stdkit.yaml', () => ({ args: ['lint'], cwd: makeRepo({ 'stdkit.yaml': null, 'a.yaml': REPO_STANDARD }).dir }), [/no stdkit\.yaml/, /stdkit init/]],
    ['stdkit.yaml not YAML', () => ({ args: ['lint'], cwd: makeRepo({ 'stdkit.yaml': 'manual: [\n', ...REPO_FILES }).dir }), [/stdkit\.yaml:\d+:\d+/]],
    ['stdkit.yaml without manual', () => ({ args: ['lint'], cwd: makeRepo({ 'stdkit.yaml': 'include: ["**/*.yaml"]\n', ...REPO_FILES }).dir }), [/stdkit\.yaml:1:1/, /manual/]],
    ['an unknown rule in rules:', () => ({ args: ['lint'], cwd: makeRepo({ 'stdkit.yaml': `${CONFIG_YAML}rules:\n  raci-single-acountable: warn\n`, ...REPO_FILES }).dir }), [/stdkit\.yaml:7:3/, /did you mean "raci-single-accountable"/]],
    ['--rule with an unknown id', () => ({ args: ['lint', '--rule', 'ref-rol=off'], cwd: clean.dir }), [/unknown rule "ref-rol"/, /did you mean "ref-role"/]],
    ['--rule without a severity', () => ({ args: ['lint', '--rule', 'ref-role'], cwd: clean.dir }), [/--rule takes/]],
    ['--rule with a bad severity', () => ({ args: ['lint', '--rule', 'ref-role=fatal'], cwd: clean.dir }), [/--rule takes/]],
    ['--format nope', () => ({ args: ['lint', '--format', 'nope'], cwd: clean.dir }), [/nope/, /stylish/]],
    ['--max-warnings -1', () => ({ args: ['lint', '--max-warnings', '-1'], cwd: clean.dir }), [/--max-warnings/]],
    ['--max-warnings abc', () => ({ args: ['lint', '--max-warnings', 'abc'], cwd: clean.dir }), [/--max-warnings/]],
    ['an unknown option', () => ({ args: ['lint', '--frobnicate'], cwd: clean.dir }), [/frobnicate/]],
    ['a path that does not exist', () => ({ args: ['lint', 'nope.yaml'], cwd: clean.dir }), [/path not found: nope\.yaml/]],
    ['a path outside the repository', () => ({ args: ['lint', '..'], cwd: clean.dir }), [/outside the standards repository/]],
    ['globs that match no document', () => ({ args: ['lint'], cwd: makeRepo({ 'stdkit.yaml': `${CONFIG_YAML}include: ["*.yml"]\n`, ...REPO_FILES }).dir }), [/no documents found/]],
    ['-C to a missing folder', () => ({ args: ['-C', 'missing', 'lint'], cwd: clean.dir }), [/folder not found: .*missing/]],
  ];
  for (const [name, setup, messages] of failures) {
    it(`2 with ${name}`, async () => {
      const { args, cwd } = setup();
      expectFailure(await runInProcess(args, cwd), ...messages);
    });
  }

  it('STDKIT_DEBUG=1 adds the stack trace', async () => {
    const cwd = makeRepo({ 'stdkit.yaml': 'manual: [\n', ...REPO_FILES }).dir;
    const r = await runInProcess(['lint'], cwd, { env: { STDKIT_DEBUG: '1' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(STACK);
  });
});

describe('flags', () => {
  it('--max-warnings: over the maximum exits 1 with a message on stderr', async () => {
    const over = await runInProcess(['lint', '--no-cache', '--rule', 'ref-role=warn', '--max-warnings', '0'], broken.dir);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/too many warnings \(maximum: 0, found: 1\)/);
    expect((await runInProcess(['lint', '--no-cache', '--rule', 'ref-role=warn', '--max-warnings', '1'], broken.dir)).code).toBe(0);
  });

  it('--rule X=off silences; rules: in stdkit.yaml sets severities; the flag beats the file', async () => {
    expect(await runInProcess(['lint', '--no-cache', '--rule', 'ref-role=off'], broken.dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    const repo = makeRepo({ 'stdkit.yaml': `${CONFIG_YAML}rules:\n  ref-role: off\n`, ...REPO_FILES, 'standards/order.yaml': BAD_STANDARD });
    expect((await runInProcess(['lint', '--no-cache'], repo.dir)).code).toBe(0);
    const back = await runInProcess(['lint', '--no-cache', '--format', 'json', '--rule', 'ref-role=error'], repo.dir);
    expect(back.code).toBe(1);
    expect((JSON.parse(back.stdout) as JsonReport).findings.map((f) => [f.rule, f.severity])).toEqual([['ref-role', 'error']]);
  });

  it('--quiet hides warnings', async () => {
    const r = await runInProcess(['-q', 'lint', '--no-cache', '--rule', 'ref-role=warn'], broken.dir);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--list-rules lists every registered rule', async () => {
    const r = await runInProcess(['lint', '--list-rules'], '/');
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').map((l) => l.split(/\s+/).slice(0, 2))).toEqual(rules.map((x) => [x.meta.id, x.meta.defaultSeverity]));
  });

  it('--format json: one JSON object on stdout, CLI.md keys', async () => {
    const r = await runInProcess(['lint', '--no-cache', '--format', 'json'], broken.dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report).toEqual({
      findings: [
        { rule: 'ref-role', severity: 'error', message: expect.any(String), file: 'standards/order.yaml', line: BAD_LINE, column: expect.any(Number), path: 'spec.steps[1].responsible' },
      ],
      summary: { errors: 1, warnings: 0, files: 5, documents: 5 },
    });
  });

  it('-o is relative to the working folder, not to -C', async () => {
    const r = await runInProcess(['-C', broken.dir, 'lint', '--no-cache', '-f', 'json', '-o', 'out/report.json'], clean.dir);
    expect(r).toEqual({ code: 1, stdout: '', stderr: '' });
    expect((JSON.parse(readFileSync(clean.path('out/report.json'), 'utf8')) as JsonReport).summary.errors).toBe(1);
  });

  it('paths are relative to the working folder', async () => {
    const repo = makeRepo({ ...REPO_FILES, 'standards/order.yaml': BAD_STANDARD, 'org/org.yaml': REPO_FILES['org/org.yaml']!.replace('level: hq }', 'level: hqq }') });
    const inStandards = await runInProcess(['lint', '--no-cache', '-f', 'json', 'order.yaml'], repo.path('standards'));
    expect((JSON.parse(inStandards.stdout) as JsonReport).findings.map((f) => [f.file, f.rule])).toEqual([['standards/order.yaml', 'ref-role']]);
    const folder = await runInProcess(['lint', '--no-cache', '-f', 'json', 'org/'], repo.dir);
    expect((JSON.parse(folder.stdout) as JsonReport).findings.map((f) => [f.file, f.rule])).toEqual([['org/org.yaml', 'schema']]);
  });
});

describe('colours', () => {
  const lint = (opts: { isTTY?: boolean; env?: NodeJS.ProcessEnv }, ...flags: string[]) => runInProcess(['lint', '--no-cache', ...flags], broken.dir, opts);

  it('on a terminal', async () => expect((await lint({ isTTY: true })).stdout).toMatch(ANSI));
  it('off when piped', async () => expect((await lint({ isTTY: false })).stdout).not.toMatch(ANSI));
  it('off on a terminal with NO_COLOR', async () => expect((await lint({ isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI));
  it('off on a terminal with --no-color', async () => expect((await lint({ isTTY: true }, '--no-color')).stdout).not.toMatch(ANSI));
  it('off on a terminal with FORCE_COLOR=0', async () => expect((await lint({ isTTY: true, env: { FORCE_COLOR: '0' } })).stdout).not.toMatch(ANSI));
  it('on when piped with FORCE_COLOR=1', async () => expect((await lint({ env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI));
  it('never in a file written with -o', async () => {
    await lint({ isTTY: true, env: { FORCE_COLOR: '1' } }, '-o', broken.path('report.txt'));
    const text = readFileSync(broken.path('report.txt'), 'utf8');
    expect(text).toContain('warehouse-leader');
    expect(text).not.toMatch(ANSI);
  });
});
