// `stdkit diff --explain`: the classification table, as text or as markdown for the README.
import { RULES } from './classify.js';

const itemText = (item: string) => item || '(whole document)';

export function explainText(): string {
  const rows = RULES.map((r) => [r.class, r.kind, itemText(r.item), r.change === '*' ? 'any' : r.change, r.when ?? '', r.why]);
  const head = ['class', 'kind', 'item', 'change', 'when', 'why'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (i < 5 ? Math.min(r[i]!.length, 56) : 0))));
  const line = (r: string[]) => r.map((v, i) => (i < 5 ? v.padEnd(widths[i]!) : v)).join('  ').trimEnd();
  return [
    'How stdkit diff classifies a change: the first rule that matches decides.',
    'Items: [] is a list item matched by its id, * any one name, ** any path, {a,b} either.',
    '',
    line(head),
    ...rows.map(line),
    '',
    'The bump of a diff is its highest class (major > minor > patch), "none" without changes.',
    '',
  ].join('\n');
}

export function explainMarkdown(): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '| Class | Kind | Item | Change | When | Why |',
    '|---|---|---|---|---|---|',
    ...RULES.map((r) => `| ${r.class} | ${r.kind === '*' ? 'any' : r.kind} | \`${esc(itemText(r.item))}\` | ${r.change === '*' ? 'any' : r.change} | ${esc(r.when ?? '')} | ${esc(r.why)} |`),
    '',
  ].join('\n');
}
