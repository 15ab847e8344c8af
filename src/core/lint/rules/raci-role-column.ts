import type { Rule } from '../types.js';

export const raciRoleColumn: Rule = {
  meta: {
    id: 'raci-role-column',
    defaultSeverity: 'error',
    kinds: ['ResponsibilityMatrix'],
    description: 'a RACI entry names only roles that are columns (spec.roles) of its matrix',
  },
  check(ctx) {
    for (const doc of ctx.index.ofKind('ResponsibilityMatrix')) {
      const columns = new Set(doc.data.spec.roles);
      doc.data.spec.activities.forEach((a, i) => {
        for (const role of Object.keys(a.raci)) {
          // an unknown role is ref-role's finding; here only known roles missing from the columns
          if (columns.has(role) || !ctx.index.roles.has(role)) continue;
          ctx.report({
            doc,
            path: ['spec', 'activities', i, 'raci', role],
            atKey: true,
            message: `role "${role}" in activity "${a.id}" is not a column of matrix "${doc.data.metadata.id}": add it to spec.roles or remove it from this activity`,
          });
        }
      });
    }
  },
};
