import type { Rule } from '../types.js';

export const kpiThreshold: Rule = {
  meta: {
    id: 'kpi-threshold',
    defaultSeverity: 'error',
    kinds: ['DataDictionary'],
    description: "a KPI's alertBelow is below its target, its weight is within 0..1, and all KPI weights add up to at most 1",
  },
  check(ctx) {
    let total = 0;
    let over = false;
    for (const doc of ctx.index.ofKind('DataDictionary')) {
      doc.data.spec.metrics?.forEach((m, i) => {
        const kpi = m.kpi;
        if (!kpi) return;
        const at = ['spec', 'metrics', i, 'kpi'];
        if (kpi.alertBelow !== undefined && !(kpi.alertBelow < kpi.target)) {
          ctx.report({
            doc,
            path: [...at, 'alertBelow'],
            message: `KPI "${m.id}" alerts below ${kpi.alertBelow}, which is not below its target ${kpi.target}: set alertBelow lower than target`,
          });
        }
        if (kpi.weight === undefined) return;
        if (!(kpi.weight >= 0 && kpi.weight <= 1)) {
          ctx.report({ doc, path: [...at, 'weight'], message: `KPI "${m.id}" has weight ${kpi.weight}: a weight is between 0 and 1` });
          return;
        }
        total += kpi.weight;
        // rounding: 0.1 + 0.2 must not count as more than 0.3
        if (over || total <= 1 + 1e-9) return;
        over = true;
        ctx.report({
          doc,
          path: [...at, 'weight'],
          message: `KPI weights add up to ${Number(total.toFixed(6))} with "${m.id}": the weights of all KPIs together must not exceed 1; lower some weights`,
        });
      });
    }
  },
};
