import { checkRef } from '../refs.js';
import type { Rule } from '../types.js';

export const refField: Rule = {
  meta: {
    id: 'ref-field',
    defaultSeverity: 'error',
    kinds: ['DataDictionary'],
    description: 'interface fields are fields of a data dictionary',
  },
  check(ctx) {
    const { index } = ctx;
    for (const doc of index.ofKind('DataDictionary')) {
      doc.data.spec.interfaces?.forEach((itf, i) =>
        itf.fields?.forEach((f, j) =>
          checkRef(ctx, doc, ['spec', 'interfaces', i, 'fields', j], f, index.fields, 'field', { hint: 'define it under spec.fields of a DataDictionary' }),
        ),
      );
    }
  },
};
