// `stdkit new`: every kind's skeleton lints clean; bad and taken ids are refused.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTemps, cli, lintJson, tempDir } from './helpers.js';

afterAll(cleanTemps);

describe('stdkit new in an initialized repository', () => {
  let dir = '';
  beforeAll(async () => {
    dir = tempDir();
    expect((await cli(['init', '--lang', 'en', '--no-git'], dir)).code).toBe(0);
  });

  it.each([
    ['Standard', 'returns-handling', 'standards'],
    ['matrix', 'returns-raci', 'matrices'],
    ['data-dictionary', 'returns-data', 'dictionaries'],
    ['rollout', 'returns-rollout', 'rollouts'],
  ])('%s %s: a skeleton in %s/ that lints clean', async (kind, id, folder) => {
    const r = await cli(['new', kind, id, '--title', `The ${id}`], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`${folder}/${id}.yaml`);
    expect(r.stdout).toContain('owner hq-ops-director'); // the organization's first hq role
    const text = readFileSync(join(dir, folder, `${id}.yaml`), 'utf8');
    const schema = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text)?.[1];
    expect(schema).toMatch(/^\.\.\/schemas\/.+\.schema\.json$/);
    expect(existsSync(join(dir, folder, schema!))).toBe(true);
    expect(text).toContain(`title: "The ${id}"`);
    expect(await lintJson(dir)).toEqual({ code: 0, findings: [] });
  });

  it('refuses an id that exists, in the folder or elsewhere', async () => {
    const r = await cli(['new', 'standard', 'customer-development'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Standard "customer-development" already exists in standards/customer-development.yaml');
    const again = await cli(['new', 'standard', 'returns-handling'], dir);
    expect(again.code).toBe(2);
  });

  it.each(['Returns', '9-lives', 'returns_handling', 'retours-été'])('refuses the id %s', async (id) => {
    const r = await cli(['new', 'standard', id], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('^[a-z][a-z0-9-]*$');
  });

  it('refuses an unknown kind and a second Organization', async () => {
    const kind = await cli(['new', 'policy', 'x'], dir);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('Organization, Standard, ResponsibilityMatrix, DataDictionary, RolloutPlan');
    const org = await cli(['new', 'org', 'northwind-two'], dir);
    expect(org.code).toBe(2);
    expect(org.stderr).toContain('already has an Organization');
  });
});

describe('stdkit new in an empty repository', () => {
  it('starts with the Organization stdkit.yaml names, then a standard owned by its hq role', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'stdkit.yaml'), 'manual: { title: Acme, version: 0.1.0, organization: acme }\n');
    expect((await cli(['new', 'Organization', 'other'], dir)).code).toBe(2);
    const org = await cli(['new', 'Organization', 'acme'], dir);
    expect(org.code, org.stderr).toBe(0);
    expect(readFileSync(join(dir, 'org/acme.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=https:\/\/stdkit\.dev\/schemas\/v1\/organization\.schema\.json/);
    expect(await lintJson(dir)).toEqual({ code: 0, findings: [] });
    for (const [kind, id] of [['standard', 'intake'], ['matrix', 'intake-raci'], ['dictionary', 'intake-data'], ['rollout', 'intake-rollout']]) {
      expect((await cli(['new', kind!, id!], dir)).code).toBe(0);
    }
    expect(readFileSync(join(dir, 'standards/intake.yaml'), 'utf8')).toContain('title: "Intake"');
    expect(await lintJson(dir)).toEqual({ code: 0, findings: [] });
  });
});
