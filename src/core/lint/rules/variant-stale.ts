import type { Rule } from '../types.js';

export const variantStale: Rule = {
  meta: {
    id: 'variant-stale',
    defaultSeverity: 'warn',
    kinds: ['Standard'],
    description: 'a regional variant whose until date has passed is stale',
  },
  check(ctx) {
    for (const doc of ctx.index.ofKind('Standard')) {
      doc.data.spec.variants?.forEach((v, i) => {
        // YYYY-MM-DD compares as text; the variant still holds on its until date
        if (typeof v.until !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v.until) || v.until >= ctx.today) return;
        ctx.report({
          doc,
          path: ['spec', 'variants', i, 'until'],
          message: `variant for ${v.region} ended on ${v.until}: fold it into the baseline or remove it`,
        });
      });
    }
  },
};
