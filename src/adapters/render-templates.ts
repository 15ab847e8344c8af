// Template sources: the built-in templates/ folder, overridden by name from the user's folders.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateSet } from '../core/render/engine.js';
import { UsageError } from '../errors.js';

export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));
const TEMPLATE_FILE = /\.(hbs|css|js)$/;

function walk(dir: string, into: Map<string, string>, root = dir): void {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, into, root);
    else if (TEMPLATE_FILE.test(name)) into.set(relative(root, full).split(sep).join('/'), readFileSync(full, 'utf8'));
  }
}

/** Built-in templates, then each folder in turn replacing templates and partials of the same name. */
export function loadTemplates(overrides: ReadonlyArray<string | undefined> = []): TemplateSet {
  const set = new Map<string, string>();
  walk(BUILTIN_TEMPLATES, set);
  for (const dir of overrides) {
    if (dir === undefined) continue;
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`templates folder not found: ${dir}`, 'pass an existing folder to --templates');
    walk(dir, set);
  }
  return set;
}
