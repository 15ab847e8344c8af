// RuleTester-style tables for one rule: valid cases give no finding, invalid ones exactly the listed findings.
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/core/lint/types.js';
import { lintYaml } from './lint.js';

export interface ValidCase {
  name: string;
  files: Record<string, string>;
  today?: string;
}

export interface Expected {
  /** defaults to the table's file */
  file?: string;
  path: string;
  line: number;
  column?: number;
  /** a substring of the message */
  message: string;
}

export interface InvalidCase extends ValidCase {
  errors: Expected[];
}

export function ruleTester(rule: Rule, table: { file: string; valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    for (const c of table.valid) {
      it(`valid: ${c.name}`, () => {
        expect(lintYaml(c.files, { rules: [rule], today: c.today })).toEqual([]);
      });
    }
    for (const c of table.invalid) {
      it(`invalid: ${c.name}`, () => {
        const got = lintYaml(c.files, { rules: [rule], today: c.today });
        const actual = got.map((f, k) => ({ rule: f.rule, file: f.file, path: f.path, line: f.line, ...(c.errors[k]?.column !== undefined ? { column: f.column } : {}) }));
        const expected = c.errors.map((e) => ({ rule: rule.meta.id, file: e.file ?? table.file, path: e.path, line: e.line, ...(e.column !== undefined ? { column: e.column } : {}) }));
        expect(actual).toEqual(expected);
        c.errors.forEach((e, k) => expect(got[k]!.message).toContain(e.message));
      });
    }
  });
}
