// The byte-for-byte version edit: only the version characters change, whatever surrounds them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { processFile } from '../../src/core/model/document.js';
import { validators } from '../../src/core/model/validators.js';
import { editVersion } from '../../src/core/release/edit-version.js';
import { FIXTURE } from './repo.js';

const MESSY = readFileSync(join(FIXTURE, '../edit/messy.yaml'), 'utf8');

/** the one region where `a` and `b` differ: [before, after] */
function difference(a: string, b: string): [string, string] {
  let s = 0;
  while (s < a.length && a[s] === b[s]) s++;
  let e = 0;
  while (e < a.length - s && e < b.length - s && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
  return [a.slice(s, a.length - e), b.slice(s, b.length - e)];
}

describe('editVersion', () => {
  test('comments, quotes, anchors, flow maps, blank lines, CRLF and the BOM stay byte for byte', () => {
    const out = editVersion(MESSY, 1, ['metadata', 'version'], '3.0.0');
    expect(out.charCodeAt(0)).toBe(0xfeff);
    expect(out.length).toBe(MESSY.length);
    expect(out.replace('"3.0.0"', '"2.3.4"')).toBe(MESSY);
    expect(difference(MESSY, out)).toEqual(['2.3.4', '3.0.0']);
    expect(out.split('\r\n').length).toBe(MESSY.split('\r\n').length);
    expect(out).not.toMatch(/[^\r]\n/);
  });

  test('the right document of a multi-document file, in its own quoting style', () => {
    const out = editVersion(MESSY, 0, ['metadata', 'version'], '1.0.1');
    expect(difference(MESSY, out)).toEqual(['0', '1']);
    expect(out).toContain("version: '1.0.1', tags: [a, b]}");
    expect(out).toContain('version: "2.3.4"     # the version');
  });

  test('the document index is the one the loader gives, empty documents not counted', () => {
    const text = '---\n---\n# nothing\n---\napiVersion: stdkit/v1\nkind: Standard\nmetadata: { id: x, title: X, version: 1.0.0 }\nspec: { steps: [] }\n';
    const [doc] = processFile('x.yaml', new TextEncoder().encode(text), validators).docs;
    expect(doc!.index).toBe(0);
    expect(editVersion(text, doc!.index, ['metadata', 'version'], '1.2.0')).toBe(text.replace('version: 1.0.0', 'version: 1.2.0'));
  });

  test.each([
    ['plain', 'manual:\n  version: 1.0.0 # c\n', 'manual:\n  version: 2.0.0 # c\n'],
    ['single-quoted', "manual: { version: '1.0.0' }\r\n", "manual: { version: '2.0.0' }\r\n"],
    ['double-quoted', 'manual:\n  version:   "1.0.0"\n', 'manual:\n  version:   "2.0.0"\n'],
    ['tagged and anchored', 'manual:\n  version: &v !!str 1.0.0\n', 'manual:\n  version: &v !!str 2.0.0\n'],
  ])('%s', (_name, input, expected) => {
    expect(editVersion(input, 0, ['manual', 'version'], '2.0.0')).toBe(expected);
  });

  test.each([
    ['an alias', 'x: &v 1.0.0\nmanual:\n  version: *v\n', /alias/],
    ['a block scalar', 'manual:\n  version: |\n    1.0.0\n', /block scalar/],
    ['a missing key', 'manual:\n  title: T\n', /not a plain value/],
    ['a missing document', 'manual:\n  version: 1.0.0\n', /no document #2/],
  ])('refuses %s', (name, input, message) => {
    expect(() => editVersion(input, name === 'a missing document' ? 1 : 0, ['manual', 'version'], '2.0.0')).toThrow(message);
  });
});
