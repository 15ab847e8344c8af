// The fast reader (js-yaml) and the careful one (`yaml`, which gives positions) must agree
// on the data of every file: otherwise a document would mean one thing when it is clean
// and another when it has a problem.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { parseText } from '../../src/core/model/source.js';
import { EXAMPLE, PROJECT } from '../helpers/cli.js';
import { BASE } from '../helpers/lint.js';

/** What `yaml` makes of the text: the non-empty documents as plain data. */
function careful(text: string): unknown[] {
  return parseAllDocuments(text, { uniqueKeys: true })
    .map((d) => {
      expect(d.errors).toEqual([]);
      return d.toJS({ maxAliasCount: 100 }) as unknown;
    })
    .filter((d) => d !== null && d !== undefined);
}

/** The fast path really ran: js-yaml read the text without complaint. */
function fastPathTaken(text: string): boolean {
  return parseText('probe.yaml', text).via === 'fast';
}

function expectSame(file: string, text: string, requireFast = true): void {
  if (requireFast) expect(fastPathTaken(text), `${file} should take the fast path`).toBe(true);
  const parsed = parseText(file, text);
  expect(parsed.findings).toEqual([]);
  expect(parsed.docs).toStrictEqual(careful(text));
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) out.push(...yamlFiles(abs));
    else if (/\.ya?ml$/.test(name)) out.push(abs);
  }
  return out;
}

describe('the example repository', () => {
  const files = yamlFiles(EXAMPLE);
  it('has files to compare', () => expect(files.length).toBeGreaterThan(5));
  for (const abs of files) {
    it(relative(EXAMPLE, abs), () => expectSame(abs, readFileSync(abs, 'utf8').replace(/^\uFEFF/, '')));
  }
});

describe('the fixture repositories (files that parse)', () => {
  const root = join(PROJECT, 'test/fixtures/repos');
  for (const abs of yamlFiles(root)) {
    const text = readFileSync(abs, 'utf8');
    // files planted with YAML errors are compared by the bad-input and fixture tests instead
    if (parseAllDocuments(text, { uniqueKeys: true }).some((d) => d.errors.length > 0)) continue;
    it(relative(root, abs), () => expectSame(abs, text));
  }
});

describe('the test helper repository', () => {
  for (const [file, text] of Object.entries(BASE)) it(file, () => expectSame(file, text));
});

describe('the benchmark generator', () => {
  it('standardYaml(i) for a spread of i, clean and broken', async () => {
    const mod = (await import(pathToFileURL(join(PROJECT, 'bench/generate.mjs')).href)) as {
      standardYaml: (i: number, opts?: { broken?: boolean; variant?: number }) => string;
    };
    for (const i of [0, 1, 7, 42, 499, 507, 1234, 9999]) {
      expectSame(`standard-${i}.yaml`, mod.standardYaml(i));
      expectSame(`standard-${i}-broken.yaml`, mod.standardYaml(i, { broken: true, variant: 3 }));
    }
  });
});

describe('tricky scalars and structures', () => {
  const table: Array<[string, string]> = [
    ['dates stay text', 'a: 2026-06-30\nb: 2026-06-30T12:00:00Z\nc: 2026-6-3\n'],
    ['octal 0o17', 'a: 0o17\n'],
    ['hex 0x1F', 'a: 0x1F\nb: 0xff\n'],
    ['underscores 1_000', 'a: 1_000\n'],
    ['leading zero', 'a: 012\nb: 0012.50\n'],
    ['infinities and NaN', 'a: .inf\nb: -.inf\nc: +.inf\nd: .NaN\ne: .Inf\n'],
    ['floats', 'a: 1.5\nb: 1e3\nc: -2.5E-3\nd: .5\ne: 1.\n'],
    ['signed ints', 'a: +12\nb: -7\nc: 0\n'],
    ['null spellings', 'a: ~\nb: null\nc: Null\nd: NULL\ne:\n'],
    ['YAML 1.1 booleans are text', 'a: yes\nb: no\nc: on\nd: off\ne: y\nf: Yes\n'],
    ['booleans', 'a: true\nb: True\nc: TRUE\nd: false\n'],
    ['sexagesimal is text', 'a: 1:20\nb: 190:20:30\n'],
    ['version-like text', 'a: 1.2.0\nb: 1.0\nc: v2\n'],
    ['times', "a: MON 12:00\nb: '12:00'\nc: 12:00\n"],
    ['single quotes', "a: 'it''s'\nb: ''\nc: '#not a comment'\n"],
    ['double quotes and escapes', 'a: "tab\\there"\nb: "\\u4e2d\\u6587"\nc: "\\x41"\nd: "line\\nbreak"\ne: "\\U0001F600"\n'],
    ['multi-line double quotes fold', 'a: "one\n  two\n\n  three"\n'],
    ['plain multi-line folds', 'a: one\n  two\n  three\n'],
    ['literal block', 'a: |\n  line one\n    indented\n  line three\n'],
    ['literal block, strip and keep', 'a: |-\n  no newline\nb: |+\n  keep\n\nc: end\n'],
    ['folded block', 'a: >\n  folded\n  text\n\n  new paragraph\n    more indented\n'],
    ['folded block, strip', 'a: >-\n  folded\n  text\n'],
    ['block with indentation indicator', 'a: |2\n    two extra spaces\n  base\n'],
    ['Chinese text', 'title: 客户开发流程\nq: 客户未回复怎么办?\nname: 华东：试点区域\nreason: 试点:订单确认时效放宽\n'],
    ['emoji', 'a: 😀 ok\nb: "😀"\n'],
    ['anchors without aliases', 'a: &first 1\nb: &second { x: 1 }\nc: &third [1, 2]\n'],
    ['merge-key lookalike without aliases', '<<: { a: 1 }\nb: 2\n'],
    ['comments and hashes', 'a: b # comment\nc: d#not-a-comment\ne: "#quoted"\n'],
    ['empty collections', 'a: []\nb: {}\nc: ""\n'],
    ['numeric and boolean keys', '1: one\n2.5: two\ntrue: four\n'],
    ['quoted keys', '"a b": 1\n\'c:d\': 2\n"": 3\n'],
    ['nested flow', 'a: { b: [1, { c: d }], e: [] }\n'],
    ['block sequences of mappings', 'steps:\n  - id: a\n    next: [b]\n  - id: b\n    next: []\n'],
    ['several documents with empty ones', '---\na: 1\n---\n---\n# only a comment\n---\nb: 2\n...\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['a YAML 1.2 directive', '%YAML 1.2\n---\na: 1\n'],
    ['long lines', `a: ${'x'.repeat(5000)}\n`],
    ['CRLF line endings', 'a: 1\r\nb: |\r\n  two\r\n  lines\r\nc: "x"\r\n'],
    ['trailing spaces', 'a: value   \nb: "v"  \n'],
    ['a key with a colon inside', 'url: http://example.com/a:b\n'],
  ];
  for (const [name, text] of table) it(name, () => expectSame(name, text));

  // js-yaml's own CORE_SCHEMA reads these differently from `yaml`; the fast path uses a schema
  // that mirrors YAML 1.2 core exactly, so they agree.
  const numbers: Array<[string, string]> = [
    ['binary ints stay text', 'a: 0b101\n'],
    ['signed hex and octal stay text', 'a: +0x1F\nb: -0x1F\nc: +0o17\n'],
    ['floats without a leading digit, signed', 'a: -.5\nb: +.5\n'],
    ['negative zero', 'a: -0\n'],
    ['exponents, infinities and NaN', 'a: 1e3\nb: -2.5E-2\nc: -.inf\nd: .NaN\ne: 0o17\nf: 0x1F\n'],
  ];
  for (const [name, text] of numbers) it(`agrees: ${name}`, () => expectSame(name, text));

  // Where the fast parser's reading could still differ, the file takes the careful path.
  const careful: Array<[string, string]> = [
    ['null keys', 'null: a\n~: b\n'],
    ['collection keys', '? [1, 2]\n: x\n'],
    ['explicit tags', 'a: !!float 1\n'],
  ];
  for (const [name, text] of careful) it(`takes the careful path: ${name}`, () => expect(fastPathTaken(text)).toBe(false));

  it('with aliases both sides are `yaml`: still equal, and no findings', () => {
    expectSame('alias', 'a: &x { b: 1 }\nc: *x\nd: [*x, *x]\n', false);
  });
});
