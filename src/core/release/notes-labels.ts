// The words of the release notes, in the manual's language (the changelog keeps Keep a Changelog's English).
import type { Group } from './changelog.js';

export type NotesLang = 'zh-CN' | 'en';

export interface NotesLabels {
  heading(title: string, version: string): string;
  since(previous: string): string;
  first: string;
  released(date: string): string;
  scope(parts: string): string;
  region: string;
  role: string;
  nothing: string;
  rolesAffected: string;
  for: string;
  regions: string;
  list: string;
  groups: Record<Group, string>;
}

export const NOTES_LABELS: Record<NotesLang, NotesLabels> = {
  en: {
    heading: (t, v) => `${t} ${v}: what changed for you`,
    since: (p) => `Changes since ${p}`,
    first: 'The first release',
    released: (d) => ` · released ${d}`,
    scope: (s) => ` · for ${s}`,
    region: 'region',
    role: 'role',
    nothing: 'Nothing in this release concerns you.',
    rolesAffected: 'Roles affected',
    for: 'for',
    regions: 'regions',
    list: ', ',
    groups: { Removed: 'Removed', Changed: 'Changed', Added: 'Added', Wording: 'Wording' },
  },
  'zh-CN': {
    heading: (t, v) => `${t} ${v}:本版变更`,
    since: (p) => `自 ${p} 以来的变更`,
    first: '首个版本',
    released: (d) => ` · 发布日期 ${d}`,
    scope: (s) => ` · 适用于 ${s}`,
    region: '区域',
    role: '岗位',
    nothing: '本版没有与您相关的变更。',
    rolesAffected: '涉及的岗位',
    for: '涉及',
    regions: '区域',
    list: '、',
    groups: { Removed: '删除', Changed: '变更', Added: '新增', Wording: '文字修订' },
  },
};
