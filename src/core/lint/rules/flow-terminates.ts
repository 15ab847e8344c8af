import { componentsFrom, successors } from '../../model/flow.js';
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
      // A closed loop is a component of the flow that no edge leaves and that has no end:
      // every step that cannot finish drains into one. Report each once, on its first step.
      const comps = componentsFrom(next, 0);
      const compOf = new Map<number, number>();
      comps.forEach((c, k) => c.forEach((i) => compOf.set(i, k)));
      for (const members of comps.sort((a, b) => a[0]! - b[0]!)) {
        const k = compOf.get(members[0]!)!;
        const closed = members.every((i) => next[i]!.length > 0 && next[i]!.every((j) => compOf.get(j) === k));
        if (!closed) continue;
        const ids = members.slice(0, 6).map((i) => `"${steps[i]!.id}"`);
        if (members.length > 6) ids[5] = `and ${members.length - 5} more`;
        const first = members[0]!;
        const where = members.length === 1 ? `step ${ids[0]} leads only back to itself` : `steps ${ids.join(', ')} lead only to each other`;
        ctx.report({
          doc,
          path: ['spec', 'steps', first],
          message: `the flow never ends: ${where}; give ${members.length === 1 ? 'it' : 'one of them'} a next that leaves the loop, or end the flow with next: []`,
        });
      }
    }
  },
};
