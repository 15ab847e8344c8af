import type { Rule } from '../types.js';

// Applied by the reader (src/core/model/document.ts) with the kind's JSON Schema from schemas/.
export const schema: Rule = {
  meta: { id: 'schema', defaultSeverity: 'error', description: "the document matches its kind's JSON Schema: required fields, types, formats, no unknown properties" },
};
