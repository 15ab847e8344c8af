// docs/rules.md is generated from the rules' metadata: it must match the registry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/core/lint/rules/index.js';
import { rulesDoc } from '../../src/core/scaffold/rules-doc.js';
import { PROJECT } from '../helpers/cli.js';

describe('docs/rules.md', () => {
  it('is up to date (npm run build && node scripts/gen-rules-doc.mjs)', () => {
    expect(readFileSync(join(PROJECT, 'docs/rules.md'), 'utf8')).toBe(rulesDoc(rules));
  });

  it('documents every rule once, with its severity', () => {
    const doc = rulesDoc(rules);
    for (const r of rules) {
      expect(doc.split(`\n### ${r.meta.id}\n`)).toHaveLength(2);
      expect(doc).toContain(`| [\`${r.meta.id}\`](#${r.meta.id}) | ${r.meta.defaultSeverity} |`);
    }
  });
});
