// Bytes of one file → its documents as plain data, with YAML problems as findings.
// Clean files take a fast parser (js-yaml); anything suspicious goes through `yaml`,
// which gives exact positions and refuses alias bombs.
import jsYaml from 'js-yaml';
import { LineCounter, parseAllDocuments } from 'yaml';
import type { DocPath, Kind } from './types.js';
import { CORE_1_2, MAX_DEPTH, tooDeep } from './yaml-guards.js';

export interface LoadedDoc {
  /** repository-relative path with '/' separators */
  file: string;
  /** ordinal of the document among the non-empty documents of its file */
  index: number;
  data: unknown;
  /** set when apiVersion and kind are recognised */
  kind?: Kind;
  /** metadata.id when it is a string */
  id?: string;
  /** the document passed its kind's schema; rules look only at valid documents */
  valid: boolean;
}

/** A finding before severities and suppressions apply; positions may still be unresolved. */
export interface RawFinding {
  rule: string;
  message: string;
  file: string;
  docIndex?: number;
  path: DocPath;
  atKey?: boolean;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export interface ParsedText {
  docs: unknown[];
  findings: RawFinding[];
  /** which reader took the file: the fast one, or `yaml` for exact positions and safety */
  via: 'fast' | 'careful';
}

const MAX_ALIASES = 100;
// Files go through `yaml` when they hold an alias (*name: `yaml` caps alias expansion), an
// explicit tag, a complex `? key`, or a null key: there the fast parser's reading could differ.
// Each pattern runs only when its character occurs at all: most files have none of them.
const ALIAS = /(?:^|[\s,[{:-])\*[^\s,\]}*]/;
const TAG = /(?:^|[\s,[{])!/;
const COMPLEX_KEY = /^[ \t-]*\?(?:\s|$)/m;
const NULL_KEY = /^[ \t-]*(?:~|null|Null|NULL)?[ \t]*:(?:\s|$)/m;

function needsCare(text: string): boolean {
  return (
    (text.includes('*') && ALIAS.test(text)) ||
    (text.includes('!') && TAG.test(text)) ||
    (text.includes('?') && COMPLEX_KEY.test(text)) ||
    ((text.includes('~') || /null:|Null:|NULL:|^[ \t-]*:/m.test(text)) && NULL_KEY.test(text))
  );
}

/** Decodes file bytes as UTF-8 text, or says why it is not text. */
export function decode(file: string, bytes: Uint8Array): { text: string } | { finding: RawFinding } {
  if (bytes.includes(0)) {
    return { finding: { rule: 'yaml-syntax', file, path: [], line: 1, column: 1, message: 'binary file: this is not YAML text; exclude it in stdkit.yaml or remove it' } };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      finding: { rule: 'yaml-syntax', file, path: [], line: at.line, column: at.column, message: `invalid UTF-8 at byte ${at.offset}: save the file as UTF-8` },
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}

function firstInvalidUtf8(b: Uint8Array): { offset: number; line: number; column: number } {
  let i = 0;
  let line = 1;
  let lineStart = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) n = 2;
    else if (c >= 0xf0 && c <= 0xf4) n = 3;
    else break;
    let ok = i + n < b.length || n === 0;
    for (let k = 1; ok && k <= n; k++) ok = (b[i + k]! & 0xc0) === 0x80;
    if (!ok) break;
    if (c === 0x0a) {
      line++;
      lineStart = i + 1;
    }
    i += n + 1;
  }
  return { offset: i, line, column: i - lineStart + 1 };
}

/** Parses YAML text into its non-empty documents. */
export function parseText(file: string, text: string): ParsedText {
  const deep = tooDeep(text);
  if (deep) {
    // `yaml` and js-yaml recurse per level: past this they overflow the stack, and V8 may not recover
    return { via: 'careful', docs: [], findings: [{ rule: 'yaml-syntax', file, path: [], ...deep, message: `nesting too deep to read (more than ${MAX_DEPTH} levels, or an indentation that deep): flatten the structure` }] };
  }
  if (!needsCare(text)) {
    try {
      const docs = jsYaml.loadAll(text, undefined, { schema: CORE_1_2, filename: file });
      return { via: 'fast', docs: docs.filter((d) => d !== null && d !== undefined), findings: [] };
    } catch {
      // fall through: `yaml` gives the exact message and position
    }
  }
  return parseCarefully(file, text);
}

function parseCarefully(file: string, text: string): ParsedText {
  const lineCounter = new LineCounter();
  const findings: RawFinding[] = [];
  const docs: unknown[] = [];
  let parsed;
  try {
    parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  } catch (e) {
    return { via: 'careful', docs, findings: [tooComplex(file, e)] };
  }
  const list = Array.isArray(parsed) ? parsed : [];
  for (const doc of list) {
    const problems = [...doc.errors, ...doc.warnings];
    for (const err of problems) {
      const start = lineCounter.linePos(err.pos[0]);
      findings.push({ rule: 'yaml-syntax', file, path: [], line: start.line, column: start.col, message: yamlMessage(err.message) });
    }
    if (problems.length > 0 || doc.contents === null) continue;
    try {
      docs.push(doc.toJS({ maxAliasCount: MAX_ALIASES }));
    } catch (e) {
      const f = tooComplex(file, e);
      const alias = /Unresolved alias[^:]*: (\S+)/i.exec(e instanceof Error ? e.message : '');
      const at = alias ? text.indexOf(`*${alias[1]!.replace(/^\*/, '')}`, doc.range[0]) : -1;
      const start = lineCounter.linePos(at >= 0 ? at : doc.range[0]);
      findings.push({ ...f, line: start.line, column: start.col });
    }
  }
  return { via: 'careful', docs, findings };
}

function tooComplex(file: string, e: unknown): RawFinding {
  const msg = e instanceof Error ? e.message : String(e);
  const unresolved = /Unresolved alias[^:]*: \*?(\S+)/i.exec(msg);
  const message =
    e instanceof RangeError
      ? 'nesting too deep to read: flatten the structure'
      : unresolved
        ? `unknown alias *${unresolved[1]}: no anchor &${unresolved[1]} is defined before it in this document`
        : /alias/i.test(msg)
        ? `too many aliases (more than ${MAX_ALIASES} expansions): write the values out instead of repeating anchors`
        : `cannot read YAML: ${msg}`;
  return { rule: 'yaml-syntax', file, path: [], line: 1, column: 1, message };
}

/** `yaml`'s error message for people: first line only, the position left to the caller */
export function yamlMessage(m: string): string {
  // `yaml` appends " at line N, column M:" and a code excerpt; the position is shown separately.
  const first = m.split('\n')[0] ?? m;
  if (/call stack/i.test(first)) return 'nesting too deep to read: flatten the structure';
  if (/^Map keys must be unique/.test(first)) return 'duplicate key: a key may appear only once in a mapping; remove or rename one';
  if (/^Tabs are not allowed as indentation/.test(first)) return 'tab used for indentation: YAML indents with spaces only';
  return first.replace(/ at line \d+, column \d+:?$/, '');
}
