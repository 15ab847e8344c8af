import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/core/model/document.js';
import { validators } from '../../src/core/model/validators.js';
import { ORG, lintYaml } from '../helpers/lint.js';

const only = (files: Record<string, string>) => lintYaml(files).filter((f) => f.rule === 'yaml-syntax');

describe('yaml-syntax', () => {
  it('accepts a well-formed file', () => {
    expect(only({ 'org.yaml': ORG })).toEqual([]);
  });

  it.each([
    ['a duplicate key', 'apiVersion: stdkit/v1\nkind: Organization\nkind: Standard\n', 3, 1, /^duplicate key/],
    ['tab indentation', 'spec:\n\tregions: []\n', 2, 1, /^tab used for indentation/],
    ['an unclosed flow sequence', 'spec: { regions: [EC, SC }\n', 1, 26, /end with a \]/],
    ['an unterminated quote', 'title: "abc\nversion: 1\n', 3, 1, /Missing closing "quote/],
  ])('reports %s with its position', (_name, text, line, column, message) => {
    const [f] = only({ 'bad.yaml': text });
    expect(f).toMatchObject({ file: 'bad.yaml', line, column, severity: 'error' });
    expect(f!.message).toMatch(message);
  });

  it('names invalid UTF-8 with the byte where it breaks', () => {
    const bytes = Buffer.concat([Buffer.from('a: 1\nb: '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]);
    const { findings } = processFile('enc.yaml', bytes, validators);
    expect(findings).toMatchObject([{ rule: 'yaml-syntax', line: 2, column: 4 }]);
    expect(findings[0]!.message).toMatch(/invalid UTF-8 at byte 8/);
  });

  it('refuses a binary file', () => {
    const { findings } = processFile('logo.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), validators);
    expect(findings[0]!.message).toMatch(/binary file/);
  });

  it('stops an alias bomb instead of expanding it', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const [f] = only({ 'bomb.yaml': lines.join('\n') });
    expect(f!.message).toMatch(/too many aliases/);
  });
});
