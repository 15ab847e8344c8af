import type { Rule } from '../types.js';

export const patternValid: Rule = {
  meta: {
    id: 'pattern-valid',
    defaultSeverity: 'error',
    kinds: ['DataDictionary'],
    description: "a field's pattern compiles as a JavaScript regular expression (with the u flag)",
  },
  check(ctx) {
    for (const doc of ctx.index.ofKind('DataDictionary')) {
      doc.data.spec.fields?.forEach((f, i) => {
        if (typeof f.pattern !== 'string') return;
        try {
          new RegExp(f.pattern, 'u');
        } catch (e) {
          const reason = e instanceof Error ? e.message : String(e);
          ctx.report({
            doc,
            path: ['spec', 'fields', i, 'pattern'],
            message: `pattern of field "${f.id}" does not compile: ${reason}; patterns are JavaScript regular expressions with the u flag, so escape only characters that need it`,
          });
        }
      });
    }
  },
};
