import { checkRef } from '../refs.js';
import type { Rule } from '../types.js';

export const refRole: Rule = {
  meta: {
    id: 'ref-role',
    defaultSeverity: 'error',
    description: 'owners, responsible roles, RACI roles, boundary owners, report senders and receivers, team members and phase owners are roles of the organization',
  },
  check(ctx) {
    const { index } = ctx;
    const roles = index.roles;
    const ref = (doc: Parameters<typeof checkRef>[1], path: Array<string | number>, v: unknown) => checkRef(ctx, doc, path, v, roles, 'role');
    for (const doc of index.valid()) {
      if (doc.kind !== 'Organization') ref(doc, ['metadata', 'owner'], doc.data.metadata.owner);
    }
    for (const doc of index.ofKind('Standard')) {
      doc.data.spec.steps.forEach((s, i) => ref(doc, ['spec', 'steps', i, 'responsible'], s.responsible));
      doc.data.spec.variants?.forEach((v, i) => v.steps?.forEach((s, j) => ref(doc, ['spec', 'variants', i, 'steps', j, 'responsible'], s.responsible)));
    }
    for (const doc of index.ofKind('ResponsibilityMatrix')) {
      const spec = doc.data.spec;
      spec.roles.forEach((r, i) => ref(doc, ['spec', 'roles', i], r));
      spec.activities.forEach((a, i) => {
        for (const role of Object.keys(a.raci)) checkRef(ctx, doc, ['spec', 'activities', i, 'raci', role], role, roles, 'role', { atKey: true });
      });
      spec.boundaries?.forEach((b, i) => ref(doc, ['spec', 'boundaries', i, 'owner'], b.owner));
    }
    for (const doc of index.ofKind('DataDictionary')) {
      doc.data.spec.reports?.forEach((r, i) => {
        ref(doc, ['spec', 'reports', i, 'submittedBy'], r.submittedBy);
        ref(doc, ['spec', 'reports', i, 'receivedBy'], r.receivedBy);
      });
    }
    for (const doc of index.ofKind('RolloutPlan')) {
      const spec = doc.data.spec;
      if (spec.team) {
        ref(doc, ['spec', 'team', 'lead'], spec.team.lead);
        spec.team.members?.forEach((m, i) => ref(doc, ['spec', 'team', 'members', i], m));
      }
      spec.phases.forEach((p, i) => ref(doc, ['spec', 'phases', i, 'owner'], p.owner));
    }
  },
};
