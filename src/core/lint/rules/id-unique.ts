// Ids are unique in their scope: documents within their kind, fields and metrics across
// every dictionary, and the items of a document within that document.
import { pathToString } from '../../model/locate.js';
import type { LoadedDoc } from '../../model/source.js';
import type { DocPath } from '../../model/types.js';
import type { Rule, RuleContext } from '../types.js';

type Seen = Map<string, { doc: LoadedDoc; path: DocPath }>;

/** reports `id` at `path` when `seen` already holds it; remembers the first occurrence otherwise */
function claim(ctx: RuleContext, seen: Seen, doc: LoadedDoc, path: DocPath, id: string, what: string): void {
  const first = seen.get(id);
  if (!first) {
    seen.set(id, { doc, path });
    return;
  }
  const where = first.doc === doc ? `at ${pathToString(first.path)}` : `in ${first.doc.file}`;
  ctx.report({ doc, path, message: `duplicate ${what} "${id}": already defined ${where}` });
}

/** ids of the items of one list, unique within `seen` (a fresh map for document-local scopes) */
function items(ctx: RuleContext, doc: LoadedDoc, list: ReadonlyArray<object> | undefined, key: string, idKey: string, what: string, seen: Seen = new Map()): void {
  list?.forEach((item, i) => {
    const id = (item as Record<string, unknown>)[idKey];
    if (typeof id === 'string') claim(ctx, seen, doc, ['spec', key, i, idKey], id, what);
  });
}

export const idUnique: Rule = {
  meta: {
    id: 'id-unique',
    defaultSeverity: 'error',
    description: 'document ids are unique within their kind, field and metric ids across the repository, and item ids within their document',
  },
  check(ctx) {
    const { index } = ctx;
    const byKind = new Map<string, Seen>();
    for (const doc of index.valid()) {
      if (!byKind.has(doc.data.kind)) byKind.set(doc.data.kind, new Map());
      claim(ctx, byKind.get(doc.data.kind)!, doc, ['metadata', 'id'], doc.data.metadata.id, `${doc.data.kind} id`);
    }
    for (const doc of index.ofKind('Organization')) {
      const s = doc.data.spec;
      items(ctx, doc, s.regions, 'regions', 'code', 'region code');
      items(ctx, doc, s.roles, 'roles', 'id', 'role id');
      items(ctx, doc, s.systems, 'systems', 'id', 'system id');
      items(ctx, doc, s.forms, 'forms', 'id', 'form id');
    }
    for (const doc of index.ofKind('Standard')) items(ctx, doc, doc.data.spec.steps, 'steps', 'id', 'step id');
    for (const doc of index.ofKind('ResponsibilityMatrix')) items(ctx, doc, doc.data.spec.activities, 'activities', 'id', 'activity id');
    for (const doc of index.ofKind('RolloutPlan')) items(ctx, doc, doc.data.spec.phases, 'phases', 'id', 'phase id');
    const fields: Seen = new Map();
    const metrics: Seen = new Map();
    for (const doc of index.ofKind('DataDictionary')) {
      const s = doc.data.spec;
      items(ctx, doc, s.fields, 'fields', 'id', 'field id', fields);
      items(ctx, doc, s.metrics, 'metrics', 'id', 'metric id', metrics);
      items(ctx, doc, s.reports, 'reports', 'id', 'report id');
      items(ctx, doc, s.interfaces, 'interfaces', 'id', 'interface id');
    }
  },
};
