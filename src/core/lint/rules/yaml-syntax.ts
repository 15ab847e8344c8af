import type { Rule } from '../types.js';

// Applied by the reader (src/core/model/source.ts): duplicate keys, tabs, bad encoding, binary files, alias bombs.
export const yamlSyntax: Rule = {
  meta: { id: 'yaml-syntax', defaultSeverity: 'error', description: 'the file is readable UTF-8 YAML: no syntax errors, duplicate keys, tab indentation or alias bombs' },
};
