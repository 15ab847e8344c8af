import { checkRef } from '../refs.js';
import type { Rule } from '../types.js';

const HINT = "add it to the Organization's spec.regions";

export const refRegion: Rule = {
  meta: {
    id: 'ref-region',
    defaultSeverity: 'error',
    kinds: ['Standard', 'RolloutPlan'],
    description: 'standard regions, variant regions and rollout phase regions are region codes of the organization',
  },
  check(ctx) {
    const { index } = ctx;
    const ref = (doc: Parameters<typeof checkRef>[1], path: Array<string | number>, v: unknown) =>
      checkRef(ctx, doc, path, v, index.regions, 'region', { hint: HINT });
    for (const doc of index.ofKind('Standard')) {
      const spec = doc.data.spec;
      if (Array.isArray(spec.regions)) spec.regions.forEach((r, i) => ref(doc, ['spec', 'regions', i], r));
      spec.variants?.forEach((v, i) => ref(doc, ['spec', 'variants', i, 'region'], v.region));
    }
    for (const doc of index.ofKind('RolloutPlan')) {
      doc.data.spec.phases.forEach((p, i) => p.regions.forEach((r, j) => ref(doc, ['spec', 'phases', i, 'regions', j], r)));
    }
  },
};
