// `stdkit status` as text for people and JSON for tools.
import { KINDS } from '../model/types.js';
import { DRAFT_AGE_DAYS, STATUSES, type StatusReport } from './summary.js';

export function formatStatusJson(r: StatusReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd());
}

function release(r: StatusReport): string {
  const rel = r.release;
  if (!rel.git) return 'release   not a git repository: `git init` and commit to start releasing';
  if (rel.latest === null) return `release   none yet: commit, then \`stdkit release\` publishes v${r.manual.version} as the first version`;
  const u = rel.unreleased;
  if (!u || u.changes === 0) return `release   ${rel.latest}, nothing unreleased`;
  return `release   ${rel.latest}, ${plural(u.changes, 'unreleased change')} → ${u.bump} bump (stdkit diff shows them)`;
}

export function formatStatusText(r: StatusReport): string {
  const out = [`${r.manual.title} ${r.manual.version}`, ''];
  const rows = [['documents', ...STATUSES, 'total']];
  for (const k of KINDS) {
    const c = r.documents.byKind[k];
    const total = STATUSES.reduce((n, s) => n + c[s], 0);
    if (total > 0) rows.push([k, ...STATUSES.map((s) => String(c[s] || '·')), String(total)]);
  }
  out.push(...table(rows));
  if (r.documents.invalid > 0) out.push(`${plural(r.documents.invalid, 'document')} with errors not counted: run \`stdkit lint\``);
  out.push('', release(r), '');
  const section = <T>(title: string, items: T[], line: (t: T) => string) => {
    out.push(items.length === 0 ? `${title}: none` : `${title}: ${items.length}`);
    for (const i of items) out.push(`  ${line(i)}`);
  };
  section('stale variants', r.staleVariants, (v) => `${v.file}  ${v.standard} › ${v.region}  ended ${v.until}`);
  section(`drafts older than ${DRAFT_AGE_DAYS} days`, r.oldDrafts, (d) => `${d.file}  ${d.kind} ${d.id}  draft since ${d.since} (${d.days} days)`);
  section(`reviews overdue (interval ${r.review.interval})`, r.review.overdue, (d) => `${d.file}  ${d.kind} ${d.id}  reviewed ${d.reviewed}, due ${d.due}`);
  if (r.review.neverReviewed > 0) out.push(`  ${plural(r.review.neverReviewed, 'document')} without metadata.reviewed`);
  return `${out.join('\n')}\n`;
}
