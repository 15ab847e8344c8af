// GitHub Actions workflow commands (annotations), escaped exactly as @actions/core does.
import type { Finding } from '../core/lint/types.js';
import type { Formatter } from './types.js';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(f: Finding): string {
  const props: [string, string | number | undefined][] = [
    ['file', f.file.replace(/\\/g, '/')],
    ['line', f.line],
    ['col', f.column],
    ['endLine', f.endLine],
    ['endColumn', f.endColumn],
    ['title', `stdkit ${f.rule}`],
  ];
  const properties = props
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  const command = f.severity === 'error' ? 'error' : 'warning';
  return `::${command} ${properties}::${escapeData(f.message)}`;
}

export const github: Formatter = (result) =>
  result.findings.map((f) => `${annotation(f)}\n`).join('');
