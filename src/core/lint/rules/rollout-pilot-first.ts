import type { Rule } from '../types.js';

export const rolloutPilotFirst: Rule = {
  meta: {
    id: 'rollout-pilot-first',
    defaultSeverity: 'error',
    kinds: ['RolloutPlan'],
    description: 'every pilot phase of a rollout plan starts no later than its first rollout phase',
  },
  check(ctx) {
    for (const doc of ctx.index.ofKind('RolloutPlan')) {
      const phases = doc.data.spec.phases;
      // YYYY-MM-DD compares as text
      const first = phases.filter((p) => p.type === 'rollout').sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))[0];
      if (!first) continue;
      phases.forEach((p, i) => {
        if (p.type !== 'pilot' || p.start <= first.start) return;
        ctx.report({
          doc,
          path: ['spec', 'phases', i, 'start'],
          message: `pilot "${p.id}" starts on ${p.start}, after rollout "${first.id}" starts on ${first.start}: start the pilot first, or make "${p.id}" a rollout phase`,
        });
      });
    }
  },
};
