import type { Rule } from '../types.js';

// Applied by the reader (src/core/model/document.ts) before the schema.
export const documentKind: Rule = {
  meta: { id: 'document-kind', defaultSeverity: 'error', description: 'every matched file holds stdkit documents: a mapping with apiVersion stdkit/v1 and a known kind' },
};
