// The CHANGELOG section of a release (Keep a Changelog style) and its place in the file.
import type { Change } from '../diff/types.js';
import type { RepoIndex } from '../model/index-repo.js';
import { whatOf, whereOf } from './names.js';

export const GROUPS = ['Removed', 'Changed', 'Added', 'Wording'] as const;
export type Group = (typeof GROUPS)[number];

/** wording (patch) first by class; otherwise by what happened to the item */
export function groupOf(c: Change): Group {
  if (c.class === 'patch') return 'Wording';
  if (c.change === 'removed') return 'Removed';
  if (c.change === 'added') return 'Added';
  return 'Changed';
}

/** one line per change: the document and item by title and id, what happened, its class */
export function entryOf(c: Change, base: RepoIndex, head: RepoIndex): string {
  return `${whereOf(c, base, head)}: ${whatOf(c)} (${c.class})`;
}

export function changelogSection(version: string, date: string, changes: readonly Change[], base: RepoIndex, head: RepoIndex): string {
  const lines = [`## [${version}] - ${date}`];
  for (const g of GROUPS) {
    const entries = changes.filter((c) => groupOf(c) === g).map((c) => `- ${entryOf(c, base, head)}`);
    if (entries.length > 0) lines.push('', `### ${g}`, '', ...entries);
  }
  return `${lines.join('\n')}\n`;
}

const HEADER = `# Changelog

All notable changes to this manual are listed here. The format follows
[Keep a Changelog](https://keepachangelog.com/en/1.1.0/); versions follow semantic versioning.
`;

/**
 * The changelog with `section` added above the latest release: below the title, the intro and an
 * `[Unreleased]` section, above the first released version. Line endings follow the file's.
 */
export function prependChangelog(existing: string | undefined, section: string): string {
  if (existing === undefined || existing.trim() === '') return `${HEADER}\n${section}`;
  const bom = existing.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = existing.slice(bom.length);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const block = section.replace(/\n/g, eol);
  const at = /^## (?!\[?unreleased\]?)/gim.exec(text);
  if (at) return `${bom}${text.slice(0, at.index)}${block}${eol}${text.slice(at.index)}`;
  const body = text.endsWith(eol) ? text : `${text}${eol}`;
  return `${bom}${body}${eol}${block}`;
}
