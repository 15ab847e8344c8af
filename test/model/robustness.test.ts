// Mutated copies of the example (values swapped for odd ones, lines dropped) never crash lint,
// diff or render: every problem is a finding, never an exception. Deterministic seed.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderManual } from '../../src/adapters/render-manual.js';
import { diffRepositories } from '../../src/core/diff/diff.js';
import { finalize, runRules, suppressions } from '../../src/core/lint/engine.js';
import { rules } from '../../src/core/lint/rules/index.js';
import { processText } from '../../src/core/model/document.js';
import { RepoIndex } from '../../src/core/model/index-repo.js';
import { createLocator } from '../../src/core/model/locate.js';
import { validators } from '../../src/core/model/validators.js';
import { CONFIG } from '../helpers/lint.js';

const ROOT = join(import.meta.dirname, '..', '..', 'examples', 'cross-region-ops');
const walk = (d: string): string[] =>
  readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    if (statSync(p).isDirectory()) return n === 'dist' ? [] : walk(p);
    return p.endsWith('.yaml') && n !== 'stdkit.yaml' ? [p] : [];
  });
const FILES = Object.fromEntries(walk(ROOT).map((p) => [relative(ROOT, p), readFileSync(p, 'utf8')]));
const ODD = ['', '~', '0', '-1', '1.5', 'true', '[]', '{}', '[a, b]', '{a: 1}', '"x"', 'EC', 'hq-ops-director', 'order-intake', '24h', '0h', '2027-02-30', 'all', 'AR', 'RRA', '__proto__', 'constructor', 'toString', '*nope', '&a x', '!!binary x'];

function mutate(seed: number): Record<string, string> {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out = { ...FILES };
  const names = Object.keys(out);
  for (let m = 0; m < 1 + Math.floor(rnd() * 4); m++) {
    const f = names[Math.floor(rnd() * names.length)]!;
    const lines = out[f]!.split('\n');
    const i = Math.floor(rnd() * lines.length);
    const kv = /^(\s*(?:- )?[\w-]+:\s*)(.*)$/.exec(lines[i]!);
    if (kv) lines[i] = kv[1]! + ODD[Math.floor(rnd() * ODD.length)]!;
    else lines.splice(i, 1);
    out[f] = lines.join('\n');
  }
  return out;
}

const base = new RepoIndex(Object.entries(FILES).flatMap(([f, t]) => processText(f, t, validators).docs));

describe('robustness on mutated repositories', () => {
  it('lints, diffs and renders 150 mutations without an exception', () => {
    let findings = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const files = mutate(seed);
      const results = Object.entries(files).map(([f, t]) => processText(f, t, validators));
      const index = new RepoIndex(results.flatMap((r) => r.docs), CONFIG);
      const raw = [...results.flatMap((r) => r.findings), ...runRules(index, rules, () => 'error', '2026-12-01')];
      const found = finalize(raw, () => 'error', (file) => ({ locate: createLocator(files[file] ?? ''), suppressed: suppressions(files[file] ?? '') }));
      for (const f of found) expect(f.line, `${f.file}: ${f.message}`).toBeGreaterThan(0);
      findings += found.length;
      diffRepositories(base, index);
      renderManual({ root: '/nonexistent-stdkit-root', config: CONFIG, index }, { date: '2026-12-01', formats: ['markdown', 'html'] });
    }
    // the mutations do break things: lint must have had plenty to say
    expect(findings).toBeGreaterThan(150);
  }, 120_000);
});
