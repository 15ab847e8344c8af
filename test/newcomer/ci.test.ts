// What the generated workflow relies on: annotations by default in GitHub Actions, a step summary.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanTemps, cli, tempDir } from './helpers.js';

afterAll(cleanTemps);

describe('stdkit in GitHub Actions', () => {
  it('annotates by default and writes a step summary', async () => {
    const dir = tempDir();
    expect((await cli(['init', '--lang', 'en', '--no-git'], dir)).code).toBe(0);
    const file = join(dir, 'standards/customer-development.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('sla: 1w', 'sla: 1 week'));
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    const r = await cli(['lint', '--no-cache'], dir, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=standards\/customer-development\.yaml,line=\d+/m);
    expect(readFileSync(summary, 'utf8')).toContain('sla-format');
  });

  it('writes a workflow GitHub can parse: lint, SARIF upload, the diff on pull requests', async () => {
    const dir = tempDir();
    expect((await cli(['init', '--lang', 'zh-CN', '--no-git'], dir)).code).toBe(0);
    const wf = parse(readFileSync(join(dir, '.github/workflows/stdkit.yml'), 'utf8')) as { jobs: { lint: { permissions: Record<string, string>; steps: Array<Record<string, unknown>> } } };
    const steps = wf.jobs.lint.steps;
    expect(wf.jobs.lint.permissions).toMatchObject({ 'security-events': 'write', 'pull-requests': 'write' });
    expect(steps[0]).toMatchObject({ uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } });
    expect(steps.some((s) => s.uses === 'github/codeql-action/upload-sarif@v3')).toBe(true);
    expect(steps.find((s) => s.name === 'What changed in the standards')).toMatchObject({ if: "github.event_name == 'pull_request'" });
    expect(parse(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8'))).toHaveProperty('stdkit-lint.artifacts.reports.codequality', 'gl-code-quality.json');
  });
});
