import type { Rule } from '../types.js';

const isDeprecated = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as { metadata?: { status?: unknown } }).metadata?.status === 'deprecated';

export const rolloutDeprecatedStandard: Rule = {
  meta: {
    id: 'rollout-deprecated-standard',
    defaultSeverity: 'error',
    kinds: ['RolloutPlan'],
    description: 'an active rollout plan does not roll out a deprecated standard',
  },
  check(ctx) {
    const { index } = ctx;
    const standards = index.ofKind('Standard');
    for (const doc of index.ofKind('RolloutPlan')) {
      if (doc.data.metadata.status !== 'active') continue;
      doc.data.spec.standards?.forEach((id, i) => {
        if (!isDeprecated(index.document('Standard', id)?.data)) return;
        const successor = standards.find((s) => s.data.metadata.supersedes === id)?.data.metadata.id;
        const fix = successor ? `roll out "${successor}", which supersedes it, instead` : 'remove it from standards or roll out its replacement';
        ctx.report({ doc, path: ['spec', 'standards', i], message: `active rollout plan "${doc.data.metadata.id}" rolls out deprecated standard "${id}": ${fix}` });
      });
    }
  },
};
