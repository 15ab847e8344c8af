import { checkRef } from '../refs.js';
import { didYouMean } from '../../suggest.js';
import type { Rule } from '../types.js';

export const refStandard: Rule = {
  meta: {
    id: 'ref-standard',
    defaultSeverity: 'error',
    kinds: ['ResponsibilityMatrix', 'RolloutPlan'],
    description: 'matrix activities link existing standards and their steps; rollout plans list existing standards',
  },
  check(ctx) {
    const { index } = ctx;
    const standards = new Set(index.ids('Standard'));
    for (const doc of index.ofKind('ResponsibilityMatrix')) {
      doc.data.spec.activities.forEach((a, i) => {
        const path = ['spec', 'activities', i];
        if (a.standard === undefined) {
          if (a.step !== undefined) {
            ctx.report({ doc, path: [...path, 'step'], message: `activity "${a.id}" links step "${a.step}" but no standard: add standard: with the id of the standard that step belongs to` });
          }
          return;
        }
        checkRef(ctx, doc, [...path, 'standard'], a.standard, standards, 'standard');
        const steps = index.steps(a.standard);
        if (a.step === undefined || !steps) return;
        if (steps.has(a.step)) return;
        const hint = didYouMean(a.step, steps.keys()) || `; name one of its steps (${[...steps.keys()].join(', ')})`;
        ctx.report({ doc, path: [...path, 'step'], message: `unknown step "${a.step}" in standard "${a.standard}"${hint}` });
      });
    }
    for (const doc of index.ofKind('RolloutPlan')) {
      doc.data.spec.standards?.forEach((s, i) => checkRef(ctx, doc, ['spec', 'standards', i], s, standards, 'standard'));
    }
  },
};
