// Byte-for-byte version edits: only the characters of one scalar change, in its own quoting style;
// comments, anchors, flow maps, key order, blank lines, CRLF and a BOM stay exactly as they were.
import { isScalar, parseAllDocuments, Scalar } from 'yaml';

export class VersionEditError extends Error {}

const isEmpty = (contents: unknown) => contents === null || (isScalar(contents) && (contents.value === null || contents.value === undefined));

/**
 * `text` with the scalar at `path` of its `docIndex`-th non-empty document (0-based, the order
 * the loader counts documents in) replaced by `value`.
 */
export function editVersion(text: string, docIndex: number, path: readonly string[], value: string): string {
  const docs = parseAllDocuments(text, { keepSourceTokens: true });
  if (!Array.isArray(docs)) throw new VersionEditError('the file is empty');
  const doc = docs.filter((d) => !isEmpty(d.contents))[docIndex];
  if (!doc) throw new VersionEditError(`no document #${docIndex + 1} in the file`);
  if (doc.errors.length > 0) throw new VersionEditError(`the file does not parse: ${doc.errors[0]!.message.split('\n')[0]}`);
  const node = doc.getIn(path, true);
  const where = path.join('.');
  if (!isScalar(node) || !node.range) throw new VersionEditError(`${where} is not a plain value (an alias or a missing key): write it out as a version`);
  const [start, end] = node.range;
  const next = render(node, value, where);
  const out = text.slice(0, start) + next + text.slice(end);
  // the edit must read back as exactly the new value and touch nothing else
  const check = parseAllDocuments(out);
  const again = Array.isArray(check) ? check.filter((d) => !isEmpty(d.contents))[docIndex]?.getIn(path) : undefined;
  if (again !== value) throw new VersionEditError(`editing ${where} would not read back as ${value}`);
  return out;
}

function render(node: Scalar, value: string, where: string): string {
  switch (node.type) {
    case Scalar.PLAIN:
      return value;
    case Scalar.QUOTE_DOUBLE:
      return JSON.stringify(value);
    case Scalar.QUOTE_SINGLE:
      return `'${value.replace(/'/g, "''")}'`;
    default:
      throw new VersionEditError(`${where} is a block scalar: write it on one line (version: 1.2.0)`);
  }
}
