import type { Rule } from '../types.js';

export const raciSingleAccountable: Rule = {
  meta: {
    id: 'raci-single-accountable',
    defaultSeverity: 'error',
    kinds: ['ResponsibilityMatrix'],
    description: 'each RACI activity has exactly one accountable (A) role',
  },
  check(ctx) {
    for (const doc of ctx.index.ofKind('ResponsibilityMatrix')) {
      doc.data.spec.activities.forEach((a, i) => {
        const accountable = Object.keys(a.raci).filter((role) => a.raci[role]!.includes('A'));
        if (accountable.length === 1) return;
        ctx.report({
          doc,
          path: ['spec', 'activities', i, 'raci', ...(accountable.length > 1 ? [accountable[1]!] : [])],
          message:
            accountable.length === 0
              ? `activity "${a.id}" has no accountable role: give exactly one role an A`
              : `activity "${a.id}" has ${accountable.length} accountable roles (${accountable.join(', ')}): keep exactly one A`,
        });
      });
    }
  },
};
