import { checkRef } from '../refs.js';
import type { Rule } from '../types.js';

export const refStep: Rule = {
  meta: {
    id: 'ref-step',
    defaultSeverity: 'error',
    kinds: ['Standard'],
    description: 'next entries name steps of the same standard, and variant steps exist in the baseline',
  },
  check(ctx) {
    for (const doc of ctx.index.ofKind('Standard')) {
      const spec = doc.data.spec;
      // this document's own steps, not the index's: with a repeated standard id the index sees only the first
      const steps = new Set(spec.steps.map((s) => s.id));
      const next = (path: Array<string | number>, list: string[] | undefined) =>
        list?.forEach((n, k) => checkRef(ctx, doc, [...path, 'next', k], n, steps, 'step', { hint: 'next names step ids of this standard' }));
      spec.steps.forEach((s, i) => next(['spec', 'steps', i], s.next));
      spec.variants?.forEach((v, i) =>
        v.steps?.forEach((s, j) => {
          const path = ['spec', 'variants', i, 'steps', j];
          checkRef(ctx, doc, [...path, 'id'], s.id, steps, 'step', { hint: 'a variant can only change steps of the baseline spec.steps' });
          next(path, s.next);
        }),
      );
    }
  },
};
