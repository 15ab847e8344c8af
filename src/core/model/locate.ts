// Document paths → line and column in the YAML source (Spectral's getRangeForJsonPath idea).
import { LineCounter, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Node, type Pair } from 'yaml';
import type { DocPath, Position } from './types.js';

export type Locate = (docIndex: number, path: DocPath, atKey?: boolean) => Position;

export function createLocator(text: string): Locate {
  const lineCounter = new LineCounter();
  let docs: ReturnType<typeof parseAllDocuments> | [] = [];
  try {
    docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false });
  } catch {
    docs = [];
  }
  const nonEmpty = (Array.isArray(docs) ? docs : []).filter((d) => d.contents !== null);
  const at = (offset: number, end?: number): Position => {
    const s = lineCounter.linePos(offset);
    const pos: Position = { line: s.line, column: s.col };
    if (end !== undefined && end > offset) {
      const e = lineCounter.linePos(end);
      pos.endLine = e.line;
      pos.endColumn = e.col;
    }
    return pos;
  };
  return (docIndex, path, atKey = false) => {
    const doc = nonEmpty[docIndex];
    if (!doc) return { line: 1, column: 1 };
    let node: unknown = doc.contents;
    let lastPair: Pair | undefined;
    for (const seg of path) {
      let next: unknown;
      let pair: Pair | undefined;
      if (isMap(node)) {
        pair = node.items.find((p) => isPair(p) && keyOf(p.key) === String(seg));
        next = pair?.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        next = node.items[seg];
      }
      if (next === undefined || next === null) {
        // the path leaves the source here (a missing property): point at what exists
        if (pair && isNode(pair.key)) return range(pair.key);
        break;
      }
      lastPair = pair;
      node = next;
    }
    if (atKey && lastPair && isNode(lastPair.key)) return range(lastPair.key);
    if (!atKey && lastPair && isNode(lastPair.key) && (isMap(node) || isSeq(node)) && !(node as { flow?: boolean }).flow) {
      // a block collection starts on the next line; its key is where people look
      return range(lastPair.key);
    }
    return isNode(node) ? range(node) : { line: 1, column: 1 };
  };

  function range(n: Node): Position {
    const r = n.range;
    return r ? at(r[0], r[1]) : { line: 1, column: 1 };
  }
}

function keyOf(k: unknown): string | undefined {
  if (isScalar(k)) return String(k.value);
  return undefined;
}

function isNode(n: unknown): n is Node {
  return typeof n === 'object' && n !== null && 'range' in n;
}

/** `spec.steps[2].responsible`: the path as people read it. */
export function pathToString(path: DocPath): string {
  let s = '';
  for (const seg of path) {
    if (typeof seg === 'number') s += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) s += s === '' ? seg : `.${seg}`;
    else s += `[${JSON.stringify(seg)}]`;
  }
  return s;
}
