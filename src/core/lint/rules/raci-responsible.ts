import type { Rule } from '../types.js';

export const raciResponsible: Rule = {
  meta: {
    id: 'raci-responsible',
    defaultSeverity: 'error',
    kinds: ['ResponsibilityMatrix'],
    description: 'each RACI activity has at least one responsible (R) role',
  },
  check(ctx) {
    for (const doc of ctx.index.ofKind('ResponsibilityMatrix')) {
      doc.data.spec.activities.forEach((a, i) => {
        if (Object.values(a.raci).some((letters) => letters.includes('R'))) return;
        ctx.report({
          doc,
          path: ['spec', 'activities', i, 'raci'],
          message: `activity "${a.id}" has no responsible role: give at least one role an R (the role that does the work)`,
        });
      });
    }
  },
};
