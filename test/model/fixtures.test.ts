// Fixture repositories carry their expected findings on the offending line itself
// (`# expect: rule-id[, rule-id...]`, markdownlint's style); lint must find exactly those.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintRepository } from '../../src/app/lint.js';
import { PROJECT } from '../helpers/cli.js';

const REPOS = join(PROJECT, 'test/fixtures/repos');
const EXPECT = /#\s*expect:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*$/;

function filesOf(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) out.push(...filesOf(abs));
    else out.push(abs);
  }
  return out;
}

/** "file:line rule" for every id in every `# expect:` comment, sorted (a multiset). */
export function expectations(root: string): string[] {
  const out: string[] = [];
  for (const abs of filesOf(root)) {
    const file = relative(root, abs).split(sep).join('/');
    readFileSync(abs, 'utf8')
      .split(/\r?\n/)
      .forEach((text, i) => {
        const m = EXPECT.exec(text);
        if (!m) return;
        for (const id of m[1]!.split(',')) out.push(`${file}:${i + 1} ${id.trim()}`);
      });
  }
  return out.sort();
}

const fixtures = readdirSync(REPOS).filter((n) => statSync(join(REPOS, n)).isDirectory()).sort();

describe('fixture repositories', () => {
  it('there are some, each with expectations', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
    for (const name of fixtures) expect(expectations(join(REPOS, name)), name).not.toEqual([]);
  });

  it('together they exercise the reader rules and the reference and RACI rules', () => {
    const ids = new Set(fixtures.flatMap((name) => expectations(join(REPOS, name)).map((e) => e.split(' ')[1])));
    for (const id of ['yaml-syntax', 'document-kind', 'schema', 'ref-role', 'raci-single-accountable']) expect(ids, id).toContain(id);
  });

  for (const name of fixtures) {
    it(`${name}: the findings are exactly the # expect: comments`, async () => {
      const root = join(REPOS, name);
      const { result } = await lintRepository({ cwd: root, cache: false, today: '2026-12-01' });
      const actual = result.findings.map((f) => `${f.file}:${f.line} ${f.rule}`).sort();
      expect(actual).toEqual(expectations(root));
    });
  }
});
