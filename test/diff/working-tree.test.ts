// Against the working tree, files git reports unmodified since the base are not read again;
// what is committed, staged, edited, added or deleted since the base is all still found.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { BASE, DICTIONARY, MATRIX, ROLLOUT, STANDARD } from '../helpers/lint.js';
import { CONFIG_YAML, cleanup, commitAll, git, initRepo, runDiff, write } from './git-repo.js';

afterAll(cleanup);

interface Out {
  changes: Array<{ file: string; document: string; path: string; change: string }>;
}

describe('stdkit diff: release tag → working tree', () => {
  test('committed, staged, unstaged, untracked and deleted changes are each reported once', async () => {
    const dir = initRepo({ 'stdkit.yaml': CONFIG_YAML, ...BASE });
    git(dir, 'tag', 'v1.0.0');
    // committed since the tag
    write(dir, { 'matrices/raci.yaml': MATRIX.replace('name: Ship an order', 'name: Ship the order') });
    commitAll(dir, 'wording');
    // staged, not committed
    write(dir, { 'dictionaries/sales.yaml': DICTIONARY.replace('name: Monthly sales', 'name: Sales per month') });
    git(dir, 'add', 'dictionaries/sales.yaml');
    // edited, not staged
    write(dir, { 'standards/order.yaml': STANDARD.replace('sla: 24h', 'sla: 48h') });
    // untracked new document
    write(dir, { 'rollouts/west.yaml': ROLLOUT.replace('id: east-rollout', 'id: west-rollout').replace('East rollout', 'West rollout') });
    // deleted from the working tree
    rmSync(join(dir, 'rollouts', 'east.yaml'));

    const r = await runDiff(dir, ['--format', 'json']);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Out;
    const seen = out.changes.map((c) => `${c.document} ${c.change} ${c.path}`).sort();
    expect(seen).toEqual(
      [
        'east-rollout removed ',
        'ops-raci changed spec.activities[ship-order].name',
        'order-fulfilment changed spec.steps[order-confirmation].sla',
        'sales-data changed spec.metrics[monthly-sales].name',
        'west-rollout added ',
      ].sort(),
    );
  });

  test('a changed stdkit.yaml reads everything again: it decides which files are documents', async () => {
    const dir = initRepo({ 'stdkit.yaml': CONFIG_YAML, ...BASE });
    git(dir, 'tag', 'v1.0.0');
    write(dir, { 'stdkit.yaml': `${CONFIG_YAML}exclude: ["rollouts/**"]\n` });
    const out = JSON.parse((await runDiff(dir, ['--format', 'json'])).stdout) as Out;
    expect(out.changes.map((c) => `${c.document} ${c.change}`)).toEqual(['east-rollout removed']);
  });

});
