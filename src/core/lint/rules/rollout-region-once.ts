import type { Rule } from '../types.js';

export const rolloutRegionOnce: Rule = {
  meta: {
    id: 'rollout-region-once',
    defaultSeverity: 'error',
    kinds: ['RolloutPlan'],
    description: 'no region is rolled out twice within a plan (a pilot region may be rolled out later)',
  },
  check(ctx) {
    for (const doc of ctx.index.ofKind('RolloutPlan')) {
      const seen = new Map<string, string>();
      doc.data.spec.phases.forEach((p, i) => {
        if (p.type !== 'rollout') return;
        p.regions.forEach((region, j) => {
          const earlier = seen.get(region);
          if (earlier === undefined) {
            seen.set(region, p.id);
            return;
          }
          ctx.report({
            doc,
            path: ['spec', 'phases', i, 'regions', j],
            message: `region ${region} is rolled out twice in plan "${doc.data.metadata.id}" (already in phase "${earlier}"): roll each region out in one phase only`,
          });
        });
      });
    }
  },
};
