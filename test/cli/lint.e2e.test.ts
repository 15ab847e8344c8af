// `stdkit lint` through the real binary (dist/, built by `npm run build`): exit codes,
// what goes to stdout and stderr, colours, files written. Spawns are kept few.
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../src/core/lint/rules/index.js';
import { ANSI, CONFIG_YAML, EXAMPLE, PROJECT, REPO_FILES, REPO_STANDARD, STACK, cleanupRepos, makeRepo, runBin, type JsonReport, type RunResult, type TempRepo } from '../helpers/cli.js';

/** 1-based line and column of the first occurrence of `needle`. */
function posOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in text`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

const BAD_STANDARD = REPO_STANDARD.replace('responsible: regional-sales-manager, sla: 24h', 'responsible: warehouse-leader, sla: 24h');
const BAD = posOf(BAD_STANDARD, 'warehouse-leader');

/** A failed run of the kind "could not do its job": exit 2, a message, no stack trace, nothing on stdout. */
function expectUsageFailure(r: RunResult, ...messages: Array<string | RegExp>): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr).not.toMatch(/internal error/);
  for (const m of messages) expect(r.stderr).toMatch(m);
}

let clean: TempRepo;
let broken: TempRepo;

beforeAll(() => {
  if (!existsSync(`${PROJECT}/dist/cli/main.js`)) throw new Error('run `npm run build` first: the e2e tests spawn bin/stdkit.js');
  clean = makeRepo({ ...REPO_FILES });
  broken = makeRepo({ ...REPO_FILES, 'standards/order.yaml': BAD_STANDARD });
});
afterAll(cleanupRepos);

describe('exit codes', () => {
  it('0 on the example repository, nothing on stderr', () => {
    const r = runBin(['-C', EXAMPLE, 'lint', '--no-cache']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('1 with an error, reported as file:line:col on stdout', () => {
    const r = runBin(['lint', '--no-cache'], { cwd: broken.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('standards/order.yaml');
    expect(r.stdout).toContain(`${BAD.line}:${BAD.column}`);
    expect(r.stdout).toContain('warehouse-leader');
    expect(r.stdout).toContain('ref-role');
  });

  it('2 without stdkit.yaml, saying what to do', () => {
    const repo = makeRepo({ 'stdkit.yaml': null, 'standards/a.yaml': REPO_STANDARD });
    expectUsageFailure(runBin(['lint'], { cwd: repo.dir }), /no stdkit\.yaml/, /stdkit init|-C/);
  });

  it('2 with a broken stdkit.yaml, naming stdkit.yaml:LINE:COL', () => {
    const repo = makeRepo({ 'stdkit.yaml': 'manual:\n  title: T\n\tversion: 1.0.0\n', ...REPO_FILES });
    expectUsageFailure(runBin(['lint'], { cwd: repo.dir }), /stdkit\.yaml:3:1\b/);
  });

  it('2 with an invalid value in stdkit.yaml, pointing at the value', () => {
    const repo = makeRepo({ 'stdkit.yaml': CONFIG_YAML.replace('language: en', 'language: fr'), ...REPO_FILES });
    expectUsageFailure(runBin(['lint'], { cwd: repo.dir }), /stdkit\.yaml:4:13\b/, /"fr"/, /en/);
  });

  it('2 with an unknown rule in rules:, with did-you-mean and its location', () => {
    const repo = makeRepo({ 'stdkit.yaml': `${CONFIG_YAML}rules:\n  raci-single-accountable: error\n  ref-rol: warn\n`, ...REPO_FILES });
    expectUsageFailure(runBin(['lint'], { cwd: repo.dir }), /stdkit\.yaml:8:3\b/, /unknown rule "ref-rol"/, /did you mean "ref-role"/);
  });

  it('2 with --rule bogus=error', () => {
    expectUsageFailure(runBin(['lint', '--rule', 'bogus=error'], { cwd: clean.dir }), /unknown rule "bogus"/, /--list-rules/);
  });

  it('2 with --format nope, listing the formats', () => {
    expectUsageFailure(runBin(['lint', '--format', 'nope'], { cwd: clean.dir }), /nope/, /stylish/, /sarif/);
  });

  it('2 with a path that does not exist', () => {
    expectUsageFailure(runBin(['lint', 'standards/missing.yaml'], { cwd: clean.dir }), /standards\/missing\.yaml/, /not found/);
  });

  it('2 with a path that holds no document (not matched by the globs)', () => {
    const repo = makeRepo({ ...REPO_FILES, 'notes.txt': 'not a document\n' });
    expectUsageFailure(runBin(['lint', 'notes.txt'], { cwd: repo.dir }), /no documents in notes\.txt/, /include globs/);
  });

  it('2 when the globs match no document', () => {
    const repo = makeRepo({ 'stdkit.yaml': `${CONFIG_YAML}include: ["docs/**/*.yaml"]\n`, ...REPO_FILES });
    expectUsageFailure(runBin(['lint'], { cwd: repo.dir }), /no documents found/, /docs\/\*\*\/\*\.yaml/);
  });

  it('2 with -C pointing at a folder that does not exist', () => {
    expectUsageFailure(runBin(['-C', `${clean.dir}/nowhere`, 'lint']), /nowhere/);
  });
});

describe('colours', () => {
  const lint = (env: Record<string, string>, ...flags: string[]) => runBin(['lint', '--no-cache', ...flags], { cwd: broken.dir, env });

  it('none when piped', () => {
    const r = lint({});
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stderr).not.toMatch(ANSI);
  });

  it('on with FORCE_COLOR=1', () => {
    expect(lint({ FORCE_COLOR: '1' }).stdout).toMatch(ANSI);
  });

  it('--no-color wins over FORCE_COLOR=1', () => {
    const r = lint({ FORCE_COLOR: '1' }, '--no-color');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('warehouse-leader');
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('off with NO_COLOR=1', () => {
    expect(lint({ NO_COLOR: '1' }).stdout).not.toMatch(ANSI);
  });

  // As in Node and chalk: FORCE_COLOR overrides NO_COLOR; --no-color overrides both.
  it('FORCE_COLOR=1 wins over NO_COLOR=1', () => {
    expect(lint({ NO_COLOR: '1', FORCE_COLOR: '1' }).stdout).toMatch(ANSI);
  });

});

describe('severities and suppressions', () => {
  it('--max-warnings 0 with a warning: exit 1 and a message', () => {
    const r = runBin(['lint', '--no-cache', '--rule', 'ref-role=warn', '--max-warnings', '0'], { cwd: broken.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('warehouse-leader');
    expect(r.stderr).toMatch(/too many warnings/);
    expect(r.stderr).toMatch(/maximum: 0/);
    const ok = runBin(['lint', '--no-cache', '--rule', 'ref-role=warn', '--max-warnings', '1'], { cwd: broken.dir });
    expect(ok.code).toBe(0);
  });

  it('--rule X=off silences the rule', () => {
    expect(runBin(['lint', '--no-cache', '--rule', 'ref-role=off'], { cwd: broken.dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('rules: in stdkit.yaml changes the severity', () => {
    const repo = makeRepo({ 'stdkit.yaml': `${CONFIG_YAML}rules:\n  ref-role: warn\n`, ...REPO_FILES, 'standards/order.yaml': BAD_STANDARD });
    const r = runBin(['lint', '--no-cache', '--format', 'json'], { cwd: repo.dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([['ref-role', 'warning']]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 1 });
  });

  it('# stdkit-disable-next-line ref-role suppresses exactly the next line', () => {
    const text = REPO_STANDARD.replace(
      /    - \{ id: order-confirmation.*\n/,
      [
        '    # stdkit-disable-next-line ref-role',
        '    - { id: order-confirmation, name: Order confirmation, responsible: ghost-one, sla: 24h }',
        '    - { id: packing, name: Packing, responsible: ghost-two, sla: 24h }',
        '    # stdkit-disable-next-line schema',
        '    - { id: labelling, name: Labelling, responsible: ghost-three, sla: 24h }',
        '',
      ].join('\n'),
    );
    const repo = makeRepo({ ...REPO_FILES, 'standards/order.yaml': text });
    const r = runBin(['lint', '--no-cache', '--format', 'json'], { cwd: repo.dir });
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings.map((f) => [f.rule, f.line, f.message.match(/ghost-\w+/)?.[0]])).toEqual([
      ['ref-role', posOf(text, 'ghost-two').line, 'ghost-two'],
      ['ref-role', posOf(text, 'ghost-three').line, 'ghost-three'],
    ]);
    expect(r.code).toBe(1);
  });
});

describe('output', () => {
  it('--list-rules prints every rule id with its default severity', () => {
    const r = runBin(['lint', '--list-rules']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(rules.length);
    for (const rule of rules) {
      const line = lines.find((l) => l.split(/\s+/)[0] === rule.meta.id);
      expect(line, rule.meta.id).toBeDefined();
      expect(line!.split(/\s+/)[1]).toBe(rule.meta.defaultSeverity);
      expect(line).toContain(rule.meta.description);
    }
  });

  it('--format json prints exactly the CLI.md shape on stdout', () => {
    const r = runBin(['lint', '--no-cache', '--format', 'json'], { cwd: broken.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(['findings', 'summary']);
    expect(Object.keys(report.summary)).toEqual(['errors', 'warnings', 'files', 'documents']);
    expect(report.summary).toEqual({ errors: 1, warnings: 0, files: 5, documents: 5 });
    expect(report.findings).toHaveLength(1);
    const f = report.findings[0]!;
    expect(Object.keys(f)).toEqual(['rule', 'severity', 'message', 'file', 'line', 'column', 'path']);
    expect(f).toEqual({
      rule: 'ref-role',
      severity: 'error',
      message: expect.stringContaining('"warehouse-leader"'),
      file: 'standards/order.yaml',
      line: BAD.line,
      column: BAD.column,
      path: 'spec.steps[1].responsible',
    });
    expect(f.message).toContain('did you mean "warehouse-lead"');
  });

  it('-o writes the report to a file and nothing to stdout', () => {
    const r = runBin(['lint', '--no-cache', '--format', 'json', '-o', 'reports/lint.json'], { cwd: broken.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const report = JSON.parse(readFileSync(broken.path('reports/lint.json'), 'utf8')) as JsonReport;
    expect(report.findings.map((f) => f.rule)).toEqual(['ref-role']);
  });

  it('lint <path> reports only that path but resolves references across the repository', () => {
    const repo = makeRepo({
      ...REPO_FILES,
      'standards/order.yaml': BAD_STANDARD,
      'matrices/raci.yaml': REPO_FILES['matrices/raci.yaml']!.replace('warehouse-lead: R', 'warehouse-lead: R, ghost-role: C'),
    });
    const all = JSON.parse(runBin(['lint', '--no-cache', '--format', 'json'], { cwd: repo.dir }).stdout) as JsonReport;
    expect(new Set(all.findings.map((f) => f.file))).toEqual(new Set(['standards/order.yaml', 'matrices/raci.yaml']));
    const r = runBin(['lint', '--no-cache', '--format', 'json', 'standards/order.yaml'], { cwd: repo.dir });
    expect(r.code).toBe(1);
    const one = JSON.parse(r.stdout) as JsonReport;
    // only the planted role: the other roles resolve against org/org.yaml, which is outside the path
    expect(one.findings.map((f) => [f.file, f.rule, f.line])).toEqual([['standards/order.yaml', 'ref-role', BAD.line]]);
    expect(one.summary).toMatchObject({ errors: 1, files: 1, documents: 1 });
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(`${PROJECT}/package.json`, 'utf8')) as { version: string };
    expect(runBin(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('lint --help shows Examples', () => {
    const r = runBin(['lint', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:\n\s+\$ stdkit lint/);
  });

  it('--help exits 0 and lists the lint command', () => {
    const r = runBin(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\s+lint\b/m);
  });

  it('--help shows Examples', () => {
    expect(runBin(['--help']).stdout).toMatch(/Examples:/);
  });

  it('-C runs in another folder; stdkit.yaml is also found upward', () => {
    const viaC = runBin(['-C', broken.dir, 'lint', '--no-cache', '--format', 'json'], { cwd: tmpdir() });
    expect(viaC.code).toBe(1);
    expect((JSON.parse(viaC.stdout) as JsonReport).findings[0]).toMatchObject({ file: 'standards/order.yaml', line: BAD.line });
    const upward = runBin(['lint', '--no-cache', '--format', 'json'], { cwd: broken.path('standards') });
    expect(upward.code).toBe(1);
    expect((JSON.parse(upward.stdout) as JsonReport).findings[0]).toMatchObject({ file: 'standards/order.yaml', line: BAD.line });
  });
});
