// What keeps the fast reader honest: YAML 1.2 core scalars exactly as `yaml` reads them, and a
// nesting limit checked before any parser recurses.
import jsYaml from 'js-yaml';

export const MAX_DEPTH = 1000;

// The fast parser with YAML 1.2's core schema exactly as `yaml` reads it (js-yaml's own
// CORE_SCHEMA also takes 0b101, +0x1F and similar as numbers, and `-.5` as text).
const FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
export const CORE_1_2 = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsYaml.Type('tag:yaml.org,2002:null', {
      kind: 'scalar',
      resolve: (data: unknown) => data === null || (typeof data === 'string' && /^(?:~|null|Null|NULL)?$/.test(data)),
      construct: () => null,
    }),
    new jsYaml.Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (data: unknown) => typeof data === 'string' && /^(?:true|True|TRUE|false|False|FALSE)$/.test(data),
      construct: (data: string) => data.toLowerCase() === 'true',
    }),
    new jsYaml.Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (data: unknown) => typeof data === 'string' && INT.test(data),
      construct: (data: string) =>
        data.startsWith('0o') ? parseInt(data.slice(2), 8) : data.startsWith('0x') ? parseInt(data.slice(2), 16) : parseInt(data, 10),
    }),
    new jsYaml.Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (data: unknown) => typeof data === 'string' && FLOAT.test(data),
      construct: (data: string) => {
        const t = data.replace(/^[-+]/, '').toLowerCase();
        if (t === '.nan') return NaN;
        if (t === '.inf') return data.startsWith('-') ? -Infinity : Infinity;
        return parseFloat(data);
      },
    }),
  ],
});

/** Where nesting passes the limit: flow brackets, compact `- - -` sequences, or indentation. */
export function tooDeep(text: string): { line: number; column: number } | undefined {
  if (!mayBeDeep(text)) return undefined;
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let quote = '';
  let dashes = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      dashes = 0;
      atLineStart = true;
      continue;
    }
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      i = nl - 1;
      continue;
    }
    if (atLineStart && c === '-' && (text[i + 1] === ' ' || text[i + 1] === '\n')) dashes++;
    else if (c !== ' ') atLineStart = false;
    if ((c === '"' || c === "'") && depth > 0) quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
    if (depth > MAX_DEPTH || dashes > MAX_DEPTH || (atLineStart && i - lineStart >= MAX_DEPTH * 8)) return { line, column: i - lineStart + 1 };
  }
  return undefined;
}

const DEEP_INDENT = new RegExp(`^[ \\t-]{${MAX_DEPTH * 8 + 1}}`, 'm');

/** cheap checks first: few brackets, no compact `- - ` and no deep indentation mean no deep nesting */
function mayBeDeep(text: string): boolean {
  if (text.includes('- - ') || DEEP_INDENT.test(text)) return true;
  let brackets = 0;
  for (const open of ['[', '{']) {
    for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) if (++brackets > MAX_DEPTH) return true;
  }
  return false;
}
