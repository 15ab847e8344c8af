import type { Rule } from '../types.js';

export const variantRegion: Rule = {
  meta: {
    id: 'variant-region',
    defaultSeverity: 'error',
    kinds: ['Standard'],
    description: 'a variant names a region the standard covers, and each region has at most one variant per standard',
  },
  check(ctx) {
    for (const doc of ctx.index.ofKind('Standard')) {
      const spec = doc.data.spec;
      const covered = Array.isArray(spec.regions) ? new Set(spec.regions) : undefined; // absent or `all`: every region
      const first = new Map<string, number>();
      spec.variants?.forEach((v, i) => {
        const path = ['spec', 'variants', i, 'region'];
        const earlier = first.get(v.region);
        if (earlier !== undefined) {
          ctx.report({
            doc,
            path,
            message: `standard "${doc.data.metadata.id}" already has a variant for ${v.region} (variants[${earlier}]): merge the two into one variant`,
          });
          return;
        }
        first.set(v.region, i);
        // an unknown region is ref-region's finding
        if (!covered || covered.has(v.region) || !ctx.index.regions.has(v.region)) return;
        ctx.report({
          doc,
          path,
          message: `variant region ${v.region} is not covered by standard "${doc.data.metadata.id}" (regions: ${[...covered].join(', ')}): add ${v.region} to spec.regions or remove the variant`,
        });
      });
    }
  },
};
