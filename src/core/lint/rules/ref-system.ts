import { checkRef } from '../refs.js';
import type { Rule } from '../types.js';

const HINT = "add it to the Organization's spec.systems";

export const refSystem: Rule = {
  meta: {
    id: 'ref-system',
    defaultSeverity: 'error',
    kinds: ['DataDictionary'],
    description: 'field sources and interface ends (from, to) are systems of the organization',
  },
  check(ctx) {
    const { index } = ctx;
    const ref = (doc: Parameters<typeof checkRef>[1], path: Array<string | number>, v: unknown) =>
      checkRef(ctx, doc, path, v, index.systems, 'system', { hint: HINT });
    for (const doc of index.ofKind('DataDictionary')) {
      const spec = doc.data.spec;
      spec.fields?.forEach((f, i) => ref(doc, ['spec', 'fields', i, 'source'], f.source));
      spec.interfaces?.forEach((itf, i) => {
        ref(doc, ['spec', 'interfaces', i, 'from'], itf.from);
        ref(doc, ['spec', 'interfaces', i, 'to'], itf.to);
      });
    }
  },
};
