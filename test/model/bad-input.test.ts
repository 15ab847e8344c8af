// Hostile and odd files: each one becomes a finding on that file (or, for stdkit.yaml, an
// exit-2 error naming it), quickly, without crashing the run or polluting prototypes.
import { closeSync, ftruncateSync, openSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/adapters/read-failure.js';
import { lintRepository } from '../../src/app/lint.js';
import type { Finding } from '../../src/core/lint/types.js';
import { processFile } from '../../src/core/model/document.js';
import { validators } from '../../src/core/model/validators.js';
import { StdkitError } from '../../src/errors.js';
import { CONFIG_YAML, REPO_FILES, cleanupRepos, makeRepo, runBin, type JsonReport } from '../helpers/cli.js';

const TIMEOUT = 15_000;
const FILE = 'standards/bad.yaml';

afterAll(cleanupRepos);

async function lint(files: Record<string, string | Buffer>): Promise<Finding[]> {
  const repo = makeRepo({ ...REPO_FILES, ...files });
  const { result } = await lintRepository({ cwd: repo.dir, cache: false, today: '2026-12-01' });
  repo.cleanup();
  return result.findings;
}

function posOf(text: string, needle: string, from = 0): { line: number; column: number } {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" not in text`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function aliasBomb(): string {
  const lines = ['apiVersion: stdkit/v1', 'kind: Standard', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`; // 10^10 nodes if expanded
}

const SECOND_DOC_SCALAR = `${REPO_FILES['standards/order.yaml']!.replace('id: order-fulfilment', 'id: other-process')}---\nplain text\n`;

interface Case {
  name: string;
  content: string | Buffer;
  rule: string;
  message: RegExp;
  line?: number;
  column?: number;
}

const cases: Case[] = [
  { name: 'an empty file', content: '', rule: 'document-kind', message: /empty file/, line: 1, column: 1 },
  { name: 'only comments and blank lines', content: '# nothing here\n\n---\n# still nothing\n', rule: 'document-kind', message: /empty file/, line: 1, column: 1 },
  { name: 'a scalar instead of a mapping', content: 'just some text\n', rule: 'document-kind', message: /must be a mapping.*found text/, line: 1, column: 1 },
  { name: 'a number instead of a mapping', content: '42\n', rule: 'document-kind', message: /found number/, line: 1, column: 1 },
  { name: 'a list instead of a mapping', content: '- apiVersion: stdkit/v1\n- kind: Standard\n', rule: 'document-kind', message: /found a list/, line: 1, column: 1 },
  { name: 'a mapping without apiVersion', content: 'name: not a stdkit document\n', rule: 'document-kind', message: /apiVersion/, line: 1, column: 1 },
  {
    name: 'a second document that is a scalar',
    content: SECOND_DOC_SCALAR,
    rule: 'document-kind',
    message: /found text/,
    line: SECOND_DOC_SCALAR.split('\n').indexOf('plain text') + 1,
    column: 1,
  },
  {
    name: 'invalid UTF-8 (reported where it starts)',
    content: Buffer.concat([Buffer.from('apiVersion: stdkit/v1\nkind: Standard\ntitle: caf'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]),
    rule: 'yaml-syntax',
    message: /invalid UTF-8/,
    line: 3,
    column: 11,
  },
  {
    name: 'a binary file named .yaml',
    content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe]),
    rule: 'yaml-syntax',
    message: /binary file/,
    line: 1,
    column: 1,
  },
  { name: 'an alias bomb', content: aliasBomb(), rule: 'yaml-syntax', message: /too many aliases/ },
  { name: 'flow mappings 20,000 levels deep', content: `${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}\n`, rule: 'yaml-syntax', message: /nesting too deep/ },
  { name: 'duplicate keys', content: 'apiVersion: stdkit/v1\nkind: Standard\nkind: Standard\n', rule: 'yaml-syntax', message: /duplicate key|unique/i, line: 3, column: 1 },
  { name: 'tab indentation', content: 'apiVersion: stdkit/v1\nkind: Standard\nmetadata:\n\tid: x\n', rule: 'yaml-syntax', message: /tab/i, line: 4, column: 1 },
  { name: 'an alias to an anchor that does not exist', content: 'apiVersion: stdkit/v1\nkind: Standard\nmetadata:\n  owner: *nope\n', rule: 'yaml-syntax', message: /./ },
  { name: 'an unclosed flow sequence', content: 'apiVersion: stdkit/v1\nkind: Standard\nspec: { steps: [a, b\n', rule: 'yaml-syntax', message: /./ },
];

describe('each bad file gives a finding on that file, and the rest of the repository is still linted', () => {
  for (const c of cases) {
    it(
      c.name,
      async () => {
        const findings = await lint({ [FILE]: c.content });
        expect(findings.length).toBeGreaterThan(0);
        for (const f of findings) expect(f.file).toBe(FILE);
        const f = findings.find((x) => x.rule === c.rule);
        expect(f, JSON.stringify(findings)).toBeDefined();
        expect(f!.severity).toBe('error');
        expect(f!.message).toMatch(c.message);
        if (c.line !== undefined) expect([f!.line, f!.column]).toEqual([c.line, c.column]);
      },
      TIMEOUT,
    );
  }

  // TODO(bug: unknown anchor reported as an alias bomb): `owner: *nope` with no `&nope` gives
  // "too many aliases (more than 100 expansions)" at 1:1 (source.ts tooComplex() matches /alias/
  // on yaml's "Unresolved alias" error); it should name the anchor and point at 4:10.
  it('an alias to an unknown anchor names it, at its position', async () => {
    const findings = await lint({ [FILE]: 'apiVersion: stdkit/v1\nkind: Standard\nmetadata:\n  owner: *nope\n' });
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([['yaml-syntax', 4, 10]]);
    expect(findings[0]!.message).toMatch(/nope/);
    expect(findings[0]!.message).not.toMatch(/too many/);
  });

  it('a bad file next to a broken reference: both are reported', async () => {
    const findings = await lint({ [FILE]: aliasBomb(), 'standards/order.yaml': REPO_FILES['standards/order.yaml']!.replace('responsible: warehouse-lead', 'responsible: ghost') });
    expect(findings.map((f) => [f.file, f.rule])).toEqual([
      [FILE, 'yaml-syntax'],
      ['standards/order.yaml', 'ref-role'],
    ]);
  }, TIMEOUT);
});

// Deeply nested sequences run in a child process: after one stack overflow inside `yaml`'s
// parser, the next one aborts the whole process (see the TODO below), which would take the
// test worker down with it.
describe('nesting 20,000 levels deep, through the binary', () => {
  const deep = {
    flowSeq: `${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
    blockSeq: `${'- '.repeat(20_000)}x\n`,
    flowMap: `${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}\n`,
  };
  const lintBin = (files: Record<string, string>) => {
    const repo = makeRepo({ ...REPO_FILES, ...files });
    const r = runBin(['lint', '--no-cache', '--format', 'json'], { cwd: repo.dir });
    repo.cleanup();
    return r;
  };

  it('flow mappings: a finding on that file, the other files still linted', () => {
    const r = lintBin({ 'a-deep.yaml': deep.flowMap });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings.map((f) => [f.file, f.rule])).toEqual([['a-deep.yaml', 'yaml-syntax']]);
    expect(report.findings[0]!.message).toMatch(/nesting too deep/);
    expect(report.summary.files).toBe(6);
  }, TIMEOUT);

  // TODO(bug: deep sequence nesting aborts the process): `stdkit lint` on a repository holding
  // a 20,000-deep `[[[...]]]` or `- - - ...` file dies with "FATAL ERROR: RegExpCompiler
  // Allocation failed - process out of memory" (exit 134, no message). The file is parsed by
  // `yaml` twice (source.ts parseCarefully, then locate.ts createLocator from finalize), and a
  // second stack overflow inside yaml 2.9.1's parser aborts V8. Enable when fixed.
  it.each([
    ['flow sequences', { 'a-deep.yaml': deep.flowSeq }, ['a-deep.yaml']],
    ['block sequences', { 'a-deep.yaml': deep.blockSeq }, ['a-deep.yaml']],
    ['two deep files', { 'a-deep.yaml': deep.flowSeq, 'b-deep.yaml': deep.blockSeq }, ['a-deep.yaml', 'b-deep.yaml']],
  ] as Array<[string, Record<string, string>, string[]]>)('%s: a finding on each deep file, the rest still linted', (_name, files, expected) => {
    const r = lintBin(files);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings.map((f) => [f.file, f.rule])).toEqual(expected.map((f) => [f, 'yaml-syntax']));
    for (const f of report.findings) expect(f.message).toMatch(/nesting too deep/);
  }, TIMEOUT);
});

describe('__proto__ keys', () => {
  const meta = (id: string) => `metadata: { id: ${id}, title: Proto, version: 1.0.0, owner: hq-ops-director, status: active }`;
  const spec = 'spec:\n  regions: all\n  steps:\n    - { id: intake, name: Intake, responsible: warehouse-lead, sla: 4h }\n';
  const docs: Array<[string, string, string]> = [
    ['at the top level', `apiVersion: stdkit/v1\nkind: Standard\n${meta('proto-top')}\n__proto__: { polluted: yes }\n${spec}`, '__proto__'],
    [
      'in metadata (block)',
      `apiVersion: stdkit/v1\nkind: Standard\nmetadata:\n  id: proto-meta\n  title: Proto\n  version: 1.0.0\n  owner: hq-ops-director\n  __proto__:\n    polluted: yes\n${spec}`,
      '__proto__',
    ],
    ['in a flow mapping', `apiVersion: stdkit/v1\nkind: Standard\nmetadata: { id: proto-flow, title: Proto, version: 1.0.0, owner: hq-ops-director, __proto__: { polluted: yes } }\n${spec}`, '__proto__'],
    ['in a step', `apiVersion: stdkit/v1\nkind: Standard\n${meta('proto-step')}\n${spec.replace('sla: 4h }', 'sla: 4h, __proto__: { polluted: yes } }')}`, '__proto__'],
    ['with an alias (the careful parser)', `apiVersion: stdkit/v1\nkind: Standard\n${meta('proto-alias')}\n${spec.replace('responsible: warehouse-lead', 'responsible: &r warehouse-lead')}__proto__: { polluted: *r }\n`, '__proto__'],
  ];
  for (const [name, text, needle] of docs) {
    it(`${name}: reported as an unknown property, no pollution`, async () => {
      const findings = await lint({ [FILE]: text });
      const f = findings.find((x) => x.rule === 'schema' && /unknown property "__proto__"/.test(x.message));
      expect(f, JSON.stringify(findings)).toBeDefined();
      const at = posOf(text, needle);
      expect([f!.line, f!.column]).toEqual([at.line, at.column]);
      expect(findings.every((x) => x.file === FILE && x.rule === 'schema'), JSON.stringify(findings)).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    }, TIMEOUT);
  }

  it('the parsed data keeps __proto__ as an own key on a plain object', () => {
    for (const text of ['__proto__: { polluted: yes }\n', 'a: &a { polluted: yes }\n__proto__: *a\n']) {
      const r = processFile('x.yaml', Buffer.from(text), validators);
      const data = r.docs[0]!.data as Record<string, unknown>;
      expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
      expect(Object.prototype.hasOwnProperty.call(data, '__proto__')).toBe(true);
      expect(data.polluted).toBeUndefined();
    }
  });
});

describe('a file of ~8 MB with 80,000 steps', () => {
  it('is linted and the one planted problem found at its line and column', async () => {
    const lines = [
      'apiVersion: stdkit/v1',
      'kind: Standard',
      'metadata: { id: huge-process, title: 巨型流程, version: 1.0.0, owner: hq-ops-director, status: active }',
      'spec:',
      '  regions: all',
      '  steps:',
    ];
    const planted = 61_803;
    let plantedLine = 0;
    for (let i = 0; i < 80_000; i++) {
      lines.push(`    - id: step-${i}`, `      name: 第 ${i} 步作业`);
      if (i === planted) plantedLine = lines.length + 1;
      lines.push(`      responsible: ${i === planted ? 'warehouse-leader' : 'warehouse-lead'}`, '      sla: 4h');
    }
    const text = `${lines.join('\n')}\n`;
    expect(Buffer.byteLength(text)).toBeGreaterThan(7_000_000);
    expect(Buffer.byteLength(text)).toBeLessThan(10_000_000);
    const findings = await lint({ 'standards/huge.yaml': text });
    expect(findings.map((f) => [f.file, f.rule, f.line, f.column, f.path])).toEqual([['standards/huge.yaml', 'ref-role', plantedLine, 20, `spec.steps[${planted}].responsible`]]);
  }, 30_000);
});

describe('line endings and byte order mark: positions stay exact', () => {
  // two documents: a broken reference (found by a rule, located by the engine) and an
  // unknown property (found by the schema, located while reading)
  const template = (id: string, careful: boolean) =>
    [
      'apiVersion: stdkit/v1',
      'kind: Standard',
      `metadata: { id: ${id}-a, title: 换行测试, version: 1.0.0, owner: hq-ops-director, status: active }`,
      'spec:',
      '  regions: all',
      '  steps:',
      careful ? '    - { id: intake, name: 接单, responsible: regional-sales-manager, inputs: &in [order-form], sla: 4h }' : '    - { id: intake, name: 接单, responsible: regional-sales-manager, inputs: [order-form], sla: 4h }',
      `    - { id: check, name: 审核, responsible: ghost-role, inputs: ${careful ? '*in' : '[order-form]'}, sla: 4h }`,
      '---',
      'apiVersion: stdkit/v1',
      'kind: Standard',
      `metadata: { id: ${id}-b, title: 第二个, version: 1.0.0, owner: hq-ops-director, status: active }`,
      'spec:',
      '  regions: all',
      '  colour: blue',
      '  steps:',
      '    - { id: intake, name: 接单, responsible: regional-sales-manager, sla: 4h }',
      '',
    ].join('\n');
  const variants: Array<[string, (t: string) => string]> = [
    ['lf', (t) => t],
    ['crlf', (t) => t.replace(/\n/g, '\r\n')],
    ['bom', (t) => `\uFEFF${t}`],
    ['bom-crlf', (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`],
  ];
  for (const [eol, convert] of variants) {
    for (const careful of [false, true]) {
      it(`${eol}${careful ? ', with an alias' : ''}`, async () => {
        const lf = template(`${eol}-${careful ? 'careful' : 'fast'}`, careful);
        const file = `standards/${eol}.yaml`;
        const findings = await lint({ [file]: convert(lf) });
        const role = posOf(lf, 'ghost-role');
        const key = posOf(lf, 'colour');
        expect(findings.map((f) => [f.file, f.rule, f.line, f.column])).toEqual([
          [file, 'ref-role', role.line, role.column],
          [file, 'schema', key.line, key.column],
        ]);
      }, TIMEOUT);
    }
  }

  it('a BOM before a bad apiVersion: the column is counted after the BOM', async () => {
    const findings = await lint({ [FILE]: '\uFEFFapiVersion: stdkit/v2\r\nkind: Standard\r\n' });
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([['document-kind', 1, 13]]);
  });

  it('a CRLF file with a syntax error: line and column of the duplicate key', async () => {
    const findings = await lint({ [FILE]: '\uFEFFapiVersion: stdkit/v1\r\nkind: Standard\r\nmetadata: {}\r\n  \r\nkind: Standard\r\n' });
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([['yaml-syntax', 5, 1]]);
  });
});

describe('a bad stdkit.yaml: exit-2 errors naming stdkit.yaml', () => {
  const configs: Array<[string, string | Buffer, RegExp]> = [
    ['empty', '', /manual/],
    ['a scalar', 'hello\n', /./],
    ['a list', '- manual\n', /./],
    ['an alias bomb', `${aliasBomb().replace('apiVersion: stdkit/v1\nkind: Standard\n', '')}${CONFIG_YAML}`, /alias/i],
    ['nested 20,000 deep', `${CONFIG_YAML}x: ${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}\n`, /./],
    ['duplicate keys', `${CONFIG_YAML}manual: {}\n`, /duplicate key|unique/i],
    ['__proto__', `${CONFIG_YAML}__proto__: { polluted: yes }\n`, /__proto__/],
  ];
  for (const [name, text, message] of configs) {
    it(name, async () => {
      const repo = makeRepo({ ...REPO_FILES, 'stdkit.yaml': text });
      const err = await lintRepository({ cwd: repo.dir, cache: false }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(StdkitError);
      const e = err as StdkitError;
      expect(e.exitCode).toBe(2);
      expect(e.location?.file).toBe('stdkit.yaml');
      expect(e.message).toMatch(message);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }, TIMEOUT);
  }

  it('a BOM and CRLF line endings are fine', async () => {
    const repo = makeRepo({ ...REPO_FILES, 'stdkit.yaml': `\uFEFF${CONFIG_YAML.replace(/\n/g, '\r\n')}` });
    const { result } = await lintRepository({ cwd: repo.dir, cache: false, today: '2026-12-01' });
    expect(result.findings).toEqual([]);
  });
});

describe('a file larger than stdkit reads', () => {
  it('is one finding naming its size, and the rest of the repository is still linted', () => {
    const repo = makeRepo({ ...REPO_FILES });
    const fd = openSync(repo.path('huge.yaml'), 'w');
    ftruncateSync(fd, MAX_FILE_BYTES + 1); // sparse: no real disk used
    closeSync(fd);
    const r = runBin(['lint', '--no-cache', '--format', 'json'], { cwd: repo.dir });
    repo.cleanup();
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings.map((f) => [f.file, f.rule])).toEqual([['huge.yaml', 'yaml-syntax']]);
    expect(report.findings[0]!.message).toMatch(/file of 64 MB: larger than stdkit reads \(64 MB\)/);
    expect(report.summary.files).toBe(6);
  }, TIMEOUT);
});
