// An active document should not lean on a deprecated one. Rollout plans have their own,
// stricter rule (rollout-deprecated-standard).
import type { LoadedDoc } from '../../model/source.js';
import type { Status } from '../../model/types.js';
import type { Rule } from '../types.js';

/** a document's status, `draft` when absent or unreadable */
function statusOf(doc: LoadedDoc | undefined): Status {
  const meta = doc && typeof doc.data === 'object' && doc.data !== null ? (doc.data as { metadata?: { status?: unknown } }).metadata : undefined;
  const s = meta?.status;
  return s === 'pilot' || s === 'active' || s === 'deprecated' ? s : 'draft';
}

export const deprecatedDependency: Rule = {
  meta: {
    id: 'deprecated-dependency',
    defaultSeverity: 'warn',
    kinds: ['Standard', 'ResponsibilityMatrix'],
    description: 'an active document does not depend on a deprecated one, and a superseded document is deprecated',
  },
  check(ctx) {
    const { index } = ctx;
    for (const doc of index.ofKind('ResponsibilityMatrix')) {
      if (statusOf(doc) !== 'active') continue;
      doc.data.spec.activities.forEach((a, i) => {
        if (a.standard === undefined || statusOf(index.document('Standard', a.standard)) !== 'deprecated') return;
        ctx.report({ doc, path: ['spec', 'activities', i, 'standard'], message: `activity "${a.id}" links standard "${a.standard}", which is deprecated: link the standard that replaces it` });
      });
    }
    for (const doc of index.ofKind('Standard')) {
      if (statusOf(doc) !== 'active') continue;
      doc.data.spec.kpis?.forEach((m, i) => {
        const dict = index.metrics.get(m)?.doc;
        if (!dict || statusOf(dict) !== 'deprecated') return;
        ctx.report({ doc, path: ['spec', 'kpis', i], message: `KPI "${m}" is defined in data dictionary "${dict.id ?? '?'}", which is deprecated: use a metric of a current dictionary` });
      });
    }
    // only an active replacement: a draft or pilot may supersede a document that is still in use
    for (const doc of index.valid()) {
      const old = doc.data.metadata.supersedes;
      if (old === undefined || statusOf(doc) !== 'active' || statusOf(index.document(doc.data.kind, old)) !== 'active') continue;
      ctx.report({ doc, path: ['metadata', 'supersedes'], message: `supersedes ${old}, which is still active: set ${old}'s status to deprecated` });
    }
  },
};
