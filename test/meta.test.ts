// Conventions that keep the rule set honest: every rule file registered under its own id,
// listed by --list-rules, and covered by a test file of the same name.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listRules } from '../src/cli/lint.js';
import { rules } from '../src/core/lint/rules/index.js';

const rulesDir = join(import.meta.dirname, '..', 'src', 'core', 'lint', 'rules');
const files = readdirSync(rulesDir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3))
  .sort();

describe('rule registry', () => {
  it('registers every rule file, under the id that is its file name', () => {
    expect(rules.map((r) => r.meta.id).sort()).toEqual(files);
  });

  it('keeps the registry sorted by id', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('gives every rule a description and a default severity', () => {
    for (const r of rules) {
      expect(r.meta.description.length, r.meta.id).toBeGreaterThan(20);
      expect(['error', 'warn', 'off']).toContain(r.meta.defaultSeverity);
    }
  });

  it('lists every rule in --list-rules', () => {
    const listed = listRules()
      .trim()
      .split('\n')
      .map((l) => l.split(/\s+/)[0]);
    expect(listed).toEqual(rules.map((r) => r.meta.id));
  });

  it.each(files)('has a test file for %s', (id) => {
    expect(existsSync(join(import.meta.dirname, 'rules', `${id}.test.ts`))).toBe(true);
  });
});
