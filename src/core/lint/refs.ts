// Shared helper for reference rules: report an id that resolves to nothing, with a suggestion.
import type { LoadedDoc } from '../model/source.js';
import type { DocPath } from '../model/types.js';
import { didYouMean } from '../suggest.js';
import type { RuleContext } from './types.js';

export function checkRef(
  ctx: RuleContext,
  doc: LoadedDoc,
  path: DocPath,
  value: unknown,
  known: { has(id: string): boolean; keys(): Iterable<string> },
  what: string,
  opts: { atKey?: boolean; hint?: string } = {},
): void {
  if (typeof value !== 'string' || known.has(value)) return;
  const hint = didYouMean(value, known.keys()) || (opts.hint ? `; ${opts.hint}` : '');
  ctx.report({ doc, path, atKey: opts.atKey, message: `unknown ${what} "${value}"${hint}` });
}
