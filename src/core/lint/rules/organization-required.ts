import type { Rule } from '../types.js';

export const organizationRequired: Rule = {
  meta: {
    id: 'organization-required',
    defaultSeverity: 'error',
    kinds: ['Organization'],
    description: 'the repository has exactly one Organization, with the id stdkit.yaml names',
  },
  check(ctx) {
    const { index } = ctx;
    // an Organization that fails its schema still counts: the schema rule says what is wrong with it
    const orgs = index.docs.filter((d) => d.kind === 'Organization');
    const first = orgs[0];
    if (!first) {
      const doc = index.valid()[0];
      if (doc) ctx.report({ doc, path: ['kind'], message: 'no Organization document: roles and regions cannot be resolved; add one (stdkit new Organization <id>)' });
      return;
    }
    for (const doc of orgs.slice(1)) {
      ctx.report({
        doc,
        path: ['kind'],
        message: `a second Organization${doc.id ? ` "${doc.id}"` : ''}: the repository already has "${first.id ?? '?'}" in ${first.file}; keep exactly one Organization and merge the other into it`,
      });
    }
    const wanted = index.config?.manual.organization;
    if (wanted !== undefined && first.id !== undefined && first.id !== wanted) {
      ctx.report({
        doc: first,
        path: ['metadata', 'id'],
        message: `Organization id "${first.id}" differs from manual.organization "${wanted}" in stdkit.yaml: make the two ids the same`,
      });
    }
  },
};
