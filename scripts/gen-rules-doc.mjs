#!/usr/bin/env node
// Writes docs/rules.md from the built rule registry (run `npm run build` first);
// `--check` exits 1 when the committed page is out of date.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist/core/lint/rules/index.js');
if (!existsSync(built)) {
  console.error('gen-rules-doc: dist/ is missing: run `npm run build` first');
  process.exit(2);
}
const { rules } = await import(new URL(`file://${built}`).href);
const { rulesDoc } = await import(new URL(`file://${join(root, 'dist/core/scaffold/rules-doc.js')}`).href);
const file = join(root, 'docs/rules.md');
const text = rulesDoc(rules);
if (process.argv.includes('--check')) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current !== text) {
    console.error('docs/rules.md is out of date: run `npm run build && node scripts/gen-rules-doc.mjs`');
    process.exit(1);
  }
  process.exit(0);
}
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, text);
console.log(`docs/rules.md: ${rules.length} rules`);
