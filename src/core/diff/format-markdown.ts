// A pull-request comment: summary table, then each document's changes and, for standards,
// the flowchart with added, removed and changed steps highlighted.
import { describe } from './describe.js';
import { counts } from './format-text.js';
import { mermaidFlow, type Flows } from './mermaid.js';
import type { Change, ChangeClass, DiffResult } from './types.js';

/** text for a table cell: no line breaks, no pipes, no raw HTML */
export function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ').replace(/`/g, "'");
}

const BADGE: Record<ChangeClass, string> = { major: '🔴 major', minor: '🟡 minor', patch: '⚪ patch' };

function groups(changes: readonly Change[]): Change[][] {
  const out: Change[][] = [];
  let key = '';
  for (const c of changes) {
    const k = `${c.file}\u0000${c.kind}\u0000${c.document}`;
    if (k !== key) out.push([]);
    key = k;
    out[out.length - 1]!.push(c);
  }
  return out;
}

export function formatMarkdown(result: DiffResult, flows: Flows = new Map()): string {
  const range = `\`${cell(result.base)}\` → \`${cell(result.head)}\``;
  if (result.changes.length === 0) return `## Standards diff\n\nNo changes to the standards: ${range}.\n`;
  const n = counts(result.changes);
  const out = [
    '## Standards diff',
    '',
    `${range}: **${result.bump}** release (${n.major} major, ${n.minor} minor, ${n.patch} patch)`,
    '',
    '| Document | Kind | File | Changes | Class |',
    '|---|---|---|---:|---|',
  ];
  const gs = groups(result.changes);
  for (const g of gs) {
    const c = g[0]!;
    const top = (['major', 'minor', 'patch'] as const).find((k) => g.some((x) => x.class === k))!;
    out.push(`| ${cell(c.document)} | ${c.kind} | \`${cell(c.file)}\` | ${g.length} | ${BADGE[top]} |`);
  }
  out.push('', '## Details');
  for (const g of gs) {
    const c = g[0]!;
    out.push('', `### ${cell(c.document)} (${c.kind}), \`${cell(c.file)}\``, '', '| Item | Change | Class |', '|---|---|---|');
    for (const x of g) {
      const d = describe(x);
      out.push(`| ${cell(d.where.slice(1).join(' › ') || '(document)')} | ${cell(d.what)} | ${BADGE[x.class]} |`);
    }
    const flow = c.kind === 'Standard' ? flows.get(c.document) : undefined;
    const chart = flow ? mermaidFlow(c.document, flow, g) : '';
    if (chart) out.push('', '```mermaid', chart, '```');
  }
  return `${out.join('\n')}\n`;
}
