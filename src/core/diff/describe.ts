// A change in words: where it is (document › item ids) and what happened, for text and markdown.
import type { Change } from './types.js';

export interface Segment {
  name: string;
  key?: string;
}

/** `spec.steps[a.b].sla` → [{name:'spec'}, {name:'steps', key:'a.b'}, {name:'sla'}] (keys may hold dots) */
export function parsePath(path: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < path.length) {
    let name = '';
    while (i < path.length && path[i] !== '.' && path[i] !== '[') name += path[i++];
    const seg: Segment = { name };
    if (path[i] === '[') {
      let end = i + 1;
      while (end < path.length && !(path[end] === ']' && (end + 1 === path.length || path[end + 1] === '.' || path[end + 1] === '['))) end++;
      seg.key = path.slice(i + 1, end);
      i = end + 1;
    }
    out.push(seg);
    if (path[i] === '.') i++;
  }
  return out;
}

const NOUNS: Record<string, string> = { faq: 'FAQ entry', activities: 'activity', boundaries: 'boundary', kpis: 'KPI' };
export function singular(list: string): string {
  return NOUNS[list] ?? (list.endsWith('ies') ? `${list.slice(0, -3)}y` : list.endsWith('s') ? list.slice(0, -1) : list);
}

const isScalar = (v: unknown) => v === null || typeof v !== 'object';

/** a value in one short line */
export function show(v: unknown, max = 60): string {
  let s: string;
  if (typeof v === 'string') s = /^[\w./:+-]*$/u.test(v) && v !== '' ? v : JSON.stringify(v);
  else if (Array.isArray(v) && v.every(isScalar)) s = `[${v.map((x) => String(x)).join(', ')}]`;
  else s = JSON.stringify(v) ?? String(v);
  s = s.replace(/\s+/g, ' ');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export interface Described {
  /** document id › item ids */
  where: string[];
  /** what happened, in words */
  what: string;
}

export function describe(c: Change): Described {
  const segs = parsePath(c.path).filter((s, i) => !(i === 0 && (s.name === 'spec' || s.name === 'metadata') && !s.key));
  const where = [c.document];
  const last = segs[segs.length - 1];
  if (!last) {
    if (c.change === 'moved') return { where, what: `${c.kind} moved from ${show(c.before)}` };
    return { where, what: `${c.kind} ${c.change}${c.change === 'added' ? `: ${show(c.after)}` : c.change === 'removed' ? ` (was ${show(c.before)})` : ''}` };
  }
  // everything up to the last keyed segment names the item; what follows is the field
  let lastKeyed = -1;
  segs.forEach((s, i) => s.key !== undefined && (lastKeyed = i));
  const element = last.key !== undefined && isScalar(c.change === 'removed' ? c.before : c.after) && c.change !== 'moved';
  const itemEnd = element ? segs.length - 1 : lastKeyed + 1;
  for (const s of segs.slice(0, itemEnd)) if (s.key !== undefined) where.push(s.key);
  if (element) {
    return { where, what: `${last.name} ${c.change === 'added' ? '+' : '−'} ${last.key}` };
  }
  if (itemEnd === segs.length) {
    const noun = singular(last.name);
    if (c.change === 'moved') return { where, what: `${noun} moved from position ${show(c.before)} to ${show(c.after)}` };
    return { where, what: `${noun} ${c.change}` };
  }
  const field = segs.slice(itemEnd).map((s) => s.name).join(' ');
  if (c.change === 'added') return { where, what: `${field} added: ${show(c.after)}` };
  if (c.change === 'removed') return { where, what: `${field} removed (was ${show(c.before)})` };
  return { where, what: `${field} ${show(c.before)} → ${show(c.after)}` };
}
