// Release notes for announcing a version to the regions: what changed, for whom, in markdown or CSV.
import type { Change } from '../diff/types.js';
import type { RepoIndex } from '../model/index-repo.js';
import { GROUPS, groupOf } from './changelog.js';
import { regionsOf, rolesOf } from './affected.js';
import { isRec } from '../guards.js';
import { docOf, docTitle, itemsOf, whatOf, whereOf } from './names.js';
import { NOTES_LABELS, type NotesLang } from './notes-labels.js';

export interface NotesInput {
  title: string;
  version: string;
  /** the release compared from, or undefined for the first one */
  previous?: string;
  date?: string;
  changes: readonly Change[];
  base: RepoIndex;
  head: RepoIndex;
  region?: string;
  role?: string;
  /** language of the notes' own words (default en); user text is untouched */
  lang?: NotesLang;
}

export interface NoteEntry {
  change: Change;
  where: string;
  what: string;
  roles: string[];
  regions: 'all' | string[];
}

export function noteEntries(input: NotesInput): NoteEntry[] {
  const out: NoteEntry[] = [];
  for (const c of input.changes) {
    const e: NoteEntry = { change: c, where: whereOf(c, input.base, input.head), what: whatOf(c), roles: rolesOf(c, input.base, input.head), regions: regionsOf(c, input.base, input.head) };
    if (input.region && e.regions !== 'all' && !e.regions.includes(input.region)) continue;
    if (input.role && !e.roles.includes(input.role)) continue;
    out.push(e);
  }
  return out;
}

function roleName(id: string, input: NotesInput): string {
  const v = (input.head.roles.get(id) ?? input.base.roles.get(id))?.value;
  return isRec(v) && typeof v.name === 'string' ? v.name : id;
}

export function notesMarkdown(input: NotesInput): string {
  const L = NOTES_LABELS[input.lang ?? 'en'];
  const entries = noteEntries(input);
  const scope = [input.region && `${L.region} ${input.region}`, input.role && `${L.role} ${roleName(input.role, input)} (\`${input.role}\`)`].filter(Boolean).join(L.list);
  const lines = [`# ${L.heading(input.title, input.version)}`, ''];
  const since = input.previous ? L.since(input.previous) : L.first;
  lines.push(`${since}${input.date ? L.released(input.date) : ''}${scope ? L.scope(scope) : ''}.`);
  if (entries.length === 0) return `${[...lines, '', L.nothing].join('\n')}\n`;
  const roles = [...new Set(entries.flatMap((e) => e.roles))].sort();
  lines.push('', `## ${L.rolesAffected}`, '', ...roles.map((r) => `- ${roleName(r, input)} (\`${r}\`)`));
  for (const g of GROUPS) {
    const mine = entries.filter((e) => groupOf(e.change) === g);
    if (mine.length === 0) continue;
    lines.push('', `## ${L.groups[g]}`, '');
    for (const e of mine) {
      const where = e.regions === 'all' ? '' : ` · ${L.regions}: ${e.regions.join(', ')}`;
      lines.push(`- ${e.where}: ${e.what}${e.roles.length ? ` · ${L.for}: ${e.roles.map((r) => roleName(r, input)).join(L.list)}` : ''}${where}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** one row per role and change, for a training or HR system */
export function notesCsv(input: NotesInput): string {
  const rows = [['role_id', 'role_name', 'document', 'item', 'change', 'class', 'version']];
  for (const e of noteEntries(input)) {
    const doc = docOf(e.change, input.base, input.head);
    const items = itemsOf(doc?.data, e.change.path).filter((it) => it.value !== undefined);
    const last = items[items.length - 1];
    const item = last ? (last.name ? `${last.name} (${last.key})` : last.key) : '';
    const document = `${docTitle(doc) ?? e.change.document} (${e.change.document})`;
    for (const r of e.roles) {
      if (input.role && r !== input.role) continue;
      rows.push([r, roleName(r, input), document, item, e.what, e.change.class, input.version]);
    }
  }
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
