// The release plan in words: what `stdkit release` did, or with --dry-run would do.
import type { ReleasePlan } from './types.js';

export interface PlanView {
  plan: ReleasePlan;
  /** files written, repository-relative, in order */
  files: string[];
  /** render.out relative to the root, when the manual is rendered */
  renderOut?: string;
  commit: boolean;
  tag: boolean;
}

export function formatPlan(v: PlanView, dryRun: boolean): string {
  const { plan } = v;
  const lines: string[] = [];
  const need = plan.required === plan.bump ? '' : ` (the changes need ${plan.required})`;
  const what = plan.initial
    ? `the first release, ${plan.kept.length} document${plan.kept.length === 1 ? '' : 's'}`
    : `${plan.bump} release${need}, ${plan.changes.length} change${plan.changes.length === 1 ? '' : 's'} since ${plan.base}`;
  lines.push(`${dryRun ? 'Would release' : 'Released'} ${plan.tag}: ${what}`, '');
  lines.push('Versions:');
  for (const e of plan.edits) lines.push(`  ${e.file}  ${e.id === 'manual' ? 'manual.version' : e.id} ${e.from} → ${e.to}  (${e.class})`);
  for (const k of plan.kept) lines.push(`  ${k.file}  ${k.id} ${k.version} kept (${plan.initial ? 'first release' : 'new document'})`);
  lines.push('', dryRun ? 'Files it would write:' : 'Files written:');
  for (const f of v.files) lines.push(`  ${f}`);
  if (v.renderOut !== undefined) lines.push(`  ${v.renderOut}/ (the rendered manual)`);
  lines.push('');
  if (v.commit) lines.push(`${dryRun ? 'It would commit' : 'Committed'} "${plan.message}"${v.tag ? ` and ${dryRun ? 'create' : 'created'} the annotated tag ${plan.tag}` : ''}.`);
  else lines.push(dryRun ? 'It would leave the edits uncommitted (--no-commit).' : 'The edits are left uncommitted (--no-commit): review, commit and tag them yourself.');
  lines.push('', `${plan.changelogFile}:`, '', plan.changelog);
  return `${lines.join('\n')}`;
}
