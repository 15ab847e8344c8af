import { parseDuration } from '../../model/duration.js';
import type { LoadedDoc } from '../../model/source.js';
import type { DocPath } from '../../model/types.js';
import type { Rule, RuleContext } from '../types.js';

function check(ctx: RuleContext, doc: LoadedDoc, path: DocPath, sla: unknown): void {
  if (sla === undefined || parseDuration(sla)) return;
  const shown = typeof sla === 'string' ? `"${sla}"` : JSON.stringify(sla);
  const zero = typeof sla === 'string' && /^0+(\.0+)?\s*(h|d|bd|w)$/.test(sla.trim());
  ctx.report({
    doc,
    path,
    message: zero
      ? `SLA ${shown} is zero: a time limit must be more than zero, e.g. 4h or 1bd`
      : `SLA ${shown} is not a duration: write 24h, 3d, 2bd or 1w (hours, calendar days, business days, weeks)`,
  });
}

export const slaFormat: Rule = {
  meta: {
    id: 'sla-format',
    defaultSeverity: 'error',
    kinds: ['Standard', 'ResponsibilityMatrix'],
    description: 'every SLA (steps, variant steps, matrix activities) is a duration: <n>h, <n>d, <n>bd or <n>w with n > 0',
  },
  check(ctx) {
    for (const doc of ctx.index.ofKind('Standard')) {
      const spec = doc.data.spec;
      spec.steps.forEach((s, i) => check(ctx, doc, ['spec', 'steps', i, 'sla'], s.sla));
      spec.variants?.forEach((v, i) => v.steps?.forEach((s, j) => check(ctx, doc, ['spec', 'variants', i, 'steps', j, 'sla'], s.sla)));
    }
    for (const doc of ctx.index.ofKind('ResponsibilityMatrix')) {
      doc.data.spec.activities.forEach((a, i) => check(ctx, doc, ['spec', 'activities', i, 'sla'], a.sla));
    }
  },
};
