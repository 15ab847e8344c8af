// Measurements as a JSON array of objects: the same column names as CSV headers, lines kept.
import { mapHeader, toRow } from './headers.js';
import type { KpiProblem, RawRow } from './types.js';

/** the 1-based line where each element of the top-level array starts */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expect = false; // at depth 1, after "[" or ",": the next non-blank character starts an element
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (expect && !/[\s,\]]/.test(c)) {
      lines.push(line);
      expect = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expect = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expect = true;
  }
  return lines;
}

const cell = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : v === null || v === undefined ? '' : JSON.stringify(v));

export function jsonRows(text: string, file: string): { rows: RawRow[]; problems: KpiProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const pos = /position (\d+)/.exec((e as Error).message);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
    return { rows: [], problems: [{ file, line, message: `not valid JSON: ${(e as Error).message}` }] };
  }
  if (!Array.isArray(data)) return { rows: [], problems: [{ file, line: 1, message: 'a JSON measurements file holds an array of {"region", "metric", "period", "value"} objects' }] };
  const lines = elementLines(text);
  const rows: RawRow[] = [];
  const problems: KpiProblem[] = [];
  data.forEach((item, i) => {
    const line = lines[i] ?? 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push({ file, line, message: `element ${i + 1} is not an object with region, metric, period and value` });
      return;
    }
    const keys = Object.keys(item);
    const header = mapHeader(keys);
    if ('error' in header) {
      problems.push({ file, line, message: `element ${i + 1}: ${header.error}` });
      return;
    }
    const row = toRow(keys.map((k) => cell((item as Record<string, unknown>)[k])), header.map, file, line);
    if (row) rows.push(row);
  });
  return { rows, problems };
}
