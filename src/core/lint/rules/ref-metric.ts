import { checkRef } from '../refs.js';
import type { Rule } from '../types.js';

const HINT = 'define it under spec.metrics of a DataDictionary';

export const refMetric: Rule = {
  meta: {
    id: 'ref-metric',
    defaultSeverity: 'error',
    kinds: ['Standard', 'RolloutPlan', 'DataDictionary'],
    description: 'standard KPIs, rollout objectives and report metrics are metrics of a data dictionary',
  },
  check(ctx) {
    const { index } = ctx;
    const ref = (doc: Parameters<typeof checkRef>[1], path: Array<string | number>, v: unknown) =>
      checkRef(ctx, doc, path, v, index.metrics, 'metric', { hint: HINT });
    for (const doc of index.ofKind('Standard')) doc.data.spec.kpis?.forEach((m, i) => ref(doc, ['spec', 'kpis', i], m));
    for (const doc of index.ofKind('RolloutPlan')) doc.data.spec.objectives?.forEach((o, i) => ref(doc, ['spec', 'objectives', i, 'metric'], o.metric));
    for (const doc of index.ofKind('DataDictionary')) {
      doc.data.spec.reports?.forEach((r, i) => r.metrics.forEach((m, j) => ref(doc, ['spec', 'reports', i, 'metrics', j], m)));
    }
  },
};
