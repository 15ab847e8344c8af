import { describe, expect, it } from 'vitest';
import { lintYaml } from '../helpers/lint.js';

const only = (text: string) => lintYaml({ 'doc.yaml': text }).filter((f) => f.rule === 'document-kind');

describe('document-kind', () => {
  it.each([
    ['an empty file', '', 1, /empty file/],
    ['a comment-only file', '# nothing here\n', 1, /empty file/],
    ['a scalar', 'hello\n', 1, /must be a mapping/],
    ['a list', '- a\n- b\n', 1, /found a list/],
    ['no apiVersion', 'kind: Standard\n', 1, /missing "apiVersion: stdkit\/v1"/],
    ['a wrong apiVersion', 'apiVersion: stdkit/v2\nkind: Standard\n', 1, /unknown apiVersion "stdkit\/v2"/],
    ['no kind', 'apiVersion: stdkit/v1\n', 1, /missing "kind"/],
    ['a misspelt kind', 'apiVersion: stdkit/v1\nkind: Standrd\n', 2, /did you mean "Standard"/],
  ])('reports %s', (_name, text, line, message) => {
    const [f, ...rest] = only(text);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line, severity: 'error' });
    expect(f!.message).toMatch(message);
  });

  it('reports each bad document of a multi-document file at its own line', () => {
    const text = 'apiVersion: stdkit/v1\nkind: Nope\n---\napiVersion: stdkit/v1\nkind: AlsoNope\n';
    expect(only(text).map((f) => f.line)).toEqual([2, 5]);
  });
});
