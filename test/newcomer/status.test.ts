// `stdkit status` on a real git repository with a release tag, in text and JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryStatus } from '../../src/app/status.js';
import { localToday } from '../../src/app/lint.js';
import { addDays } from '../../src/core/status/dates.js';
import type { StatusReport } from '../../src/core/status/summary.js';
import { cleanTemps, cli, git, tempDir } from './helpers.js';

afterAll(cleanTemps);

const today = localToday();
const edit = (dir: string, rel: string, from: string | RegExp, to: string) => {
  const file = join(dir, rel);
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  expect(next, `${rel}: ${String(from)}`).not.toBe(text);
  writeFileSync(file, next);
};

describe('stdkit status', () => {
  let dir = '';
  beforeAll(async () => {
    dir = tempDir();
    expect((await cli(['init', '--lang', 'en'], dir)).code).toBe(0);
    // a draft committed 120 days ago, a document reviewed long ago, a variant that has ended
    const old = `${addDays(today, -120)}T12:00:00Z`;
    expect((await cli(['new', 'standard', 'old-draft'], dir)).code).toBe(0);
    git(dir, ['add', 'standards/old-draft.yaml']);
    git(dir, ['commit', '-q', '-m', 'draft'], { GIT_AUTHOR_DATE: old, GIT_COMMITTER_DATE: old });
    edit(dir, 'dictionaries/sales-data.yaml', 'status: active\n', 'status: active\n  reviewed: 2020-01-15\n');
    edit(dir, 'standards/customer-development.yaml', '  faq:\n', `  variants:\n    - { region: SOUTH, reason: pilot, until: 2020-06-30, steps: [{ id: needs-survey, sla: 5d }] }\n  faq:\n`);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'first version']);
    git(dir, ['tag', '-a', 'v0.1.0', '-m', 'v0.1.0']);
    // unreleased: a tightened SLA (major) and a new title (patch), uncommitted
    edit(dir, 'standards/customer-development.yaml', 'sla: 1w', 'sla: 3d');
    edit(dir, 'rollouts/customer-development-rollout.yaml', 'title: Customer development rollout', 'title: Rolling out customer development');
  });

  it('reports documents, the release, stale variants, old drafts and reviews due (json)', async () => {
    const r = await cli(['status', '--format', 'json'], dir);
    expect(r.code, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout) as StatusReport;
    expect(s.documents.byKind.Standard).toEqual({ draft: 1, pilot: 0, active: 1, deprecated: 0 });
    expect(s.documents.byKind.Organization.active).toBe(1);
    expect(s.documents.total).toBe(6);
    expect(s.release).toEqual({ git: true, latest: 'v0.1.0', unreleased: { changes: 2, bump: 'major' } });
    expect(s.staleVariants).toEqual([{ file: 'standards/customer-development.yaml', standard: 'customer-development', region: 'SOUTH', until: '2020-06-30' }]);
    expect(s.oldDrafts).toEqual([{ file: 'standards/old-draft.yaml', kind: 'Standard', id: 'old-draft', since: addDays(today, -120), days: 120 }]);
    expect(s.review).toEqual({ interval: '90d', overdue: [{ file: 'dictionaries/sales-data.yaml', kind: 'DataDictionary', id: 'sales-data', reviewed: '2020-01-15', due: '2020-04-14' }], neverReviewed: 5 });
  });

  it('reads like a summary (text)', async () => {
    const r = await cli(['status'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Operations standards manual 0\.1\.0\n/);
    expect(r.stdout).toMatch(/^Standard\s+1\s+·\s+1\s+·\s+2$/m);
    expect(r.stdout).toContain('release   v0.1.0, 2 unreleased changes → major bump');
    expect(r.stdout).toContain('stale variants: 1\n  standards/customer-development.yaml  customer-development › SOUTH  ended 2020-06-30');
    expect(r.stdout).toContain('drafts older than 90 days: 1');
    expect(r.stdout).toContain('reviews overdue (interval 90d): 1\n  dictionaries/sales-data.yaml  DataDictionary sales-data  reviewed 2020-01-15, due 2020-04-14');
  });

  it('works without git and before the first release', async () => {
    const plain = tempDir();
    expect((await cli(['init', '--lang', 'en', '--no-git'], plain)).code).toBe(0);
    const s = await repositoryStatus({ cwd: plain, today: '2027-01-01' });
    expect(s.release).toEqual({ git: false, latest: null, unreleased: null });
    expect((await cli(['status'], plain)).stdout).toContain('not a git repository');
    git(plain, ['init', '-q']);
    expect((await repositoryStatus({ cwd: plain })).release).toEqual({ git: true, latest: null, unreleased: null });
    expect((await cli(['status'], plain)).stdout).toContain('release   none yet');
  });
});
