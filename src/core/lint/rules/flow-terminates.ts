import { successors } from '../../model/flow.js';
import type { Rule } from '../types.js';

export const flowTerminates: Rule = {
  meta: {
    id: 'flow-terminates',
    defaultSeverity: 'error',
    kinds: ['Standard'],
    description: 'the flow of a standard ends somewhere: no loop reachable from the first step is without a way out',
  },
  check(ctx) {
    for (const doc of ctx.index.ofKind('Standard')) {
      const steps = doc.data.spec.steps;
      if (steps.length === 0) continue;
      const next = successors(steps);
      const cache = new Map<number, Set<number>>();
      const reach = (from: number): Set<number> => {
        let out = cache.get(from);
        if (out) return out;
        out = new Set([from]);
        for (const i of out) for (const j of next[i] ?? []) out.add(j);
        cache.set(from, out);
        return out;
      };
      const ends = (i: number) => [...reach(i)].some((j) => next[j]!.length === 0);
      const covered = new Set<number>();
      // Every step that cannot end drains into a closed loop; report each such loop once, on its first step.
      for (const u of [...reach(0)].sort((a, b) => a - b)) {
        if (covered.has(u) || ends(u)) continue;
        const loop = reach(u);
        if (![...loop].every((v) => reach(v).has(u))) continue;
        const members = [...loop].sort((a, b) => a - b);
        members.forEach((i) => covered.add(i));
        const ids = members.map((i) => `"${steps[i]!.id}"`);
        const first = members[0]!;
        const where = ids.length === 1 ? `step ${ids[0]} leads only back to itself` : `steps ${ids.join(', ')} lead only to each other`;
        ctx.report({
          doc,
          path: ['spec', 'steps', first],
          message: `the flow never ends: ${where}; give ${ids.length === 1 ? 'it' : 'one of them'} a next that leaves the loop, or end the flow with next: []`,
        });
      }
    }
  },
};
