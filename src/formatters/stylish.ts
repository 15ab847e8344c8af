// ESLint's "stylish" output: findings grouped by file, aligned columns, a summary line.
import { Chalk } from 'chalk';
import type { Finding } from '../core/lint/types.js';
import type { Formatter } from './types.js';

/** Terminal columns a string takes: East Asian wide/fullwidth characters count 2, combining marks 0. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfe0f) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || // Hangul Jamo
    (cp >= 0x2e80 && cp <= 0x303e) || // CJK radicals, punctuation
    (cp >= 0x3041 && cp <= 0x33ff) || // kana, CJK compatibility
    (cp >= 0x3400 && cp <= 0x4dbf) || // CJK extension A
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK unified ideographs
    (cp >= 0xa000 && cp <= 0xa4cf) || // Yi
    (cp >= 0xac00 && cp <= 0xd7a3) || // Hangul syllables
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xff60) || // fullwidth forms
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) || // emoji
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd) // CJK extensions B and later
  );
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A terminal line per finding: fold line breaks, drop control characters and a trailing full stop (as ESLint does). */
function oneLine(message: string): string {
  return message
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/([^ ])\.$/u, '$1');
}

function groupByFile(findings: Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const group = groups.get(f.file) ?? [];
    group.push(f);
    groups.set(f.file, group);
  }
  for (const group of groups.values()) group.sort((a, b) => a.line - b.line || a.column - b.column);
  return groups;
}

export const stylish: Formatter = (result, ctx) => {
  if (result.findings.length === 0) return '';
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  let errors = 0;
  let warnings = 0;
  let out = '\n';
  for (const [file, group] of groupByFile(result.findings)) {
    const rows = group.map((f) => ({ f, line: String(f.line), col: String(f.column), msg: oneLine(f.message) }));
    const lineW = Math.max(...rows.map((r) => r.line.length));
    const posW = Math.max(...rows.map((r) => lineW + 1 + r.col.length));
    const sevW = Math.max(...rows.map((r) => r.f.severity.length));
    const msgW = Math.max(...rows.map((r) => displayWidth(r.msg)));
    out += `${c.underline(file)}\n`;
    for (const { f, line, col, msg } of rows) {
      if (f.severity === 'error') errors++;
      else warnings++;
      const pos = c.dim(padEnd(`${padStart(line, lineW)}:${col}`, posW));
      const sev = padEnd(f.severity, sevW);
      const sevText = f.severity === 'error' ? c.red(sev) : c.yellow(sev);
      out += `  ${pos}  ${sevText}  ${padEnd(msg, msgW)}  ${c.dim(f.rule)}\n`;
    }
    out += '\n';
  }
  const total = errors + warnings;
  const summary = `\u2716 ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  out += `${errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary)}\n`;
  return out;
};
