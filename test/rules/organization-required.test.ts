import { describe, it, expect } from 'vitest';
import { organizationRequired } from '../../src/core/lint/rules/organization-required.js';
import type { StdkitConfig } from '../../src/core/model/types.js';
import { BASE, CONFIG, lintYaml, ORG, repo } from '../helpers/lint.js';

const lint = (files: Record<string, string>, config?: StdkitConfig) => lintYaml(files, { rules: [organizationRequired], config });
type Case = { name: string; files: Record<string, string>; config?: StdkitConfig };
type Invalid = Case & { errors: Array<{ file: string; path: string; line: number; message: string }> };
const withOrg = (organization: string | undefined): StdkitConfig => ({ ...CONFIG, manual: { ...CONFIG.manual, organization } });
const { 'org/org.yaml': _org, ...withoutOrg } = BASE;

const valid: Case[] = [
  { name: 'the base repository', files: repo() },
  { name: 'no manual.organization in stdkit.yaml', files: repo(), config: withOrg(undefined) },
  { name: 'an empty repository', files: {} },
];

const invalid: Invalid[] = [
  {
    name: 'no Organization: reported on the first document',
    files: withoutOrg,
    errors: [{ file: 'standards/order.yaml', path: 'kind', line: 2, message: 'no Organization document: roles and regions cannot be resolved; add one (stdkit new Organization <id>)' }],
  },
  {
    name: 'two Organizations: the second is reported',
    files: repo({ 'org/beta.yaml': ORG.replace('id: acme, title: Acme', 'id: beta, title: Beta') }),
    errors: [{ file: 'org/beta.yaml', path: 'kind', line: 2, message: 'a second Organization "beta": the repository already has "acme" in org/org.yaml' }],
  },
  {
    name: 'the Organization id differs from manual.organization',
    files: repo(),
    config: withOrg('acme-corp'),
    errors: [{ file: 'org/org.yaml', path: 'metadata.id', line: 3, message: 'Organization id "acme" differs from manual.organization "acme-corp" in stdkit.yaml' }],
  },
];

describe('organization-required', () => {
  it.each(valid)('valid: $name', ({ files, config }) => expect(lint(files, config)).toEqual([]));
  it.each(invalid)('invalid: $name', ({ files, config, errors }) => {
    const found = lint(files, config);
    expect(found.map(({ rule, file, path, line }) => ({ rule, file, path, line }))).toEqual(errors.map(({ file, path, line }) => ({ rule: 'organization-required', file, path, line })));
    errors.forEach((e, i) => expect(found[i]!.message).toContain(e.message));
  });
});
