import { successors } from '../../model/flow.js';
import type { Rule } from '../types.js';

export const flowReachable: Rule = {
  meta: {
    id: 'flow-reachable',
    defaultSeverity: 'error',
    kinds: ['Standard'],
    description: 'every step of a standard is reachable from its first step',
  },
  check(ctx) {
    for (const doc of ctx.index.ofKind('Standard')) {
      const steps = doc.data.spec.steps;
      const next = successors(steps);
      const seen = new Set<number>([0]);
      const queue = [0];
      for (let k = 0; k < queue.length; k++) {
        for (const j of next[queue[k]!] ?? []) {
          if (seen.has(j)) continue;
          seen.add(j);
          queue.push(j);
        }
      }
      steps.forEach((s, i) => {
        if (seen.has(i)) return;
        ctx.report({
          doc,
          path: ['spec', 'steps', i],
          message: `step "${s.id}" cannot be reached from the first step "${steps[0]!.id}": name it in the next of an earlier step, or remove it`,
        });
      });
    }
  },
};
