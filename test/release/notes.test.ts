// stdkit release --notes: what changed for whom, filtered by region and role, in markdown and CSV.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { diffRepositories } from '../../src/core/diff/diff.js';
import { processText } from '../../src/core/model/document.js';
import { RepoIndex } from '../../src/core/model/index-repo.js';
import { validators } from '../../src/core/model/validators.js';
import { notesMarkdown } from '../../src/core/release/notes.js';
import { BASE, STANDARD } from '../helpers/lint.js';
import { cleanup, commitAll, edit, noRender, releasedRepo, runRelease } from './repo.js';

afterAll(cleanup);
let dir = '';

beforeAll(async () => {
  dir = releasedRepo();
  edit(dir, 'standards/order.yaml', (s) => s.replace('{ id: order-confirmation, sla: 48h }', '{ id: order-confirmation, sla: 72h }').replace('sla: 2bd', 'sla: 1bd'));
  edit(dir, 'matrices/raci.yaml', (s) => s.replace('sla: 2bd', 'sla: 1bd'));
  commitAll(dir, 'faster shipping, slower SC confirmation');
  const r = await runRelease(dir, ['--date', '2027-01-10'], noRender);
  expect(r.code).toBe(0);
});

describe('stdkit release --notes', () => {
  test('the latest release in markdown: roles affected, entries by group with roles and regions', async () => {
    const r = await runRelease(dir, ['--notes']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Test manual 2\.0\.0: what changed for you\n\nChanges since v1\.0\.0 · released 2027-01-10\.\n/);
    expect(r.stdout).toContain('## Roles affected\n\n- HQ operations director (`hq-ops-director`)\n- Regional manager (`regional-manager`)\n- Regional sales manager (`regional-sales-manager`)\n- Warehouse lead (`warehouse-lead`)\n');
    expect(r.stdout).toContain('- Order fulfilment (`order-fulfilment`) › Shipment (`shipment`): sla 2bd → 1bd · for: HQ operations director, Regional manager, Warehouse lead\n');
    expect(r.stdout).toContain('› variant `SC` › Order confirmation (`order-confirmation`): sla 48h → 72h · for: HQ operations director, Regional sales manager · regions: SC\n');
    expect(r.stdout).not.toContain('metadata.version');
  });

  test('--region leaves out what only other regions see', async () => {
    const ec = await runRelease(dir, ['--notes', '--region', 'EC']);
    expect(ec.stdout).toContain('for region EC');
    expect(ec.stdout).not.toContain('72h');
    expect(ec.stdout).toContain('sla 2bd → 1bd');
    expect((await runRelease(dir, ['--notes', '--region', 'SC'])).stdout).toContain('72h');
  });

  test('--role keeps what the role is responsible or accountable for', async () => {
    const r = await runRelease(dir, ['--notes', '--role', 'warehouse-lead']);
    expect(r.stdout).toContain('for role Warehouse lead (`warehouse-lead`)');
    expect(r.stdout).toContain('Shipment');
    expect(r.stdout).not.toContain('72h');
    const none = await runRelease(dir, ['--notes', '--role', 'regional-sales-manager', '--region', 'EC']);
    expect(none.stdout).toContain('Nothing in this release concerns you.');
  });

  test('--format csv: one row per role and change', async () => {
    const r = await runRelease(dir, ['--notes', '--format', 'csv', '--role', 'warehouse-lead']);
    expect(r.stdout.split('\r\n')).toEqual([
      'role_id,role_name,document,item,change,class,version',
      'warehouse-lead,Warehouse lead,Operations RACI (ops-raci),Ship an order (ship-order),sla 2bd → 1bd,major,2.0.0',
      'warehouse-lead,Warehouse lead,Order fulfilment (order-fulfilment),Shipment (shipment),sla 2bd → 1bd,major,2.0.0',
      '',
    ]);
  });

  test('a given version; the first release lists every document as added', async () => {
    const first = await runRelease(dir, ['--notes', 'v1.0.0']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('The first release');
    expect(first.stdout).toContain('- Order fulfilment (`order-fulfilment`): Standard added');
    expect((await runRelease(dir, ['--notes', '2.0.0'])).stdout).toContain('Changes since v1.0.0');
  });

  test('an unknown version, region or role: exit 2 with a suggestion', async () => {
    const v = await runRelease(dir, ['--notes', '1.9.0']);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain('no release v1.9.0');
    expect(v.stderr).toContain('releases: v1.0.0, v2.0.0');
    expect((await runRelease(dir, ['--notes', '--region', 'XX'])).stderr).toContain('unknown region "XX"');
    const role = await runRelease(dir, ['--notes', '--role', 'warehouse-leed']);
    expect(role.code).toBe(2);
    expect(role.stderr).toContain('did you mean "warehouse-lead"');
  });
});

describe('release notes in the manual language', () => {
  test('a zh-CN manual gets Chinese headings; user text stays as written', () => {
    const index = (files: Record<string, string>) => new RepoIndex(Object.entries(files).flatMap(([f, t]) => processText(f, t, validators).docs));
    const base = index(BASE);
    const head = index({ ...BASE, 'standards/order.yaml': STANDARD.replace('sla: 2bd', 'sla: 1bd') });
    const text = notesMarkdown({ title: '运营手册', version: '1.1.0', previous: 'v1.0.0', date: '2027-01-10', changes: diffRepositories(base, head), base, head, role: 'warehouse-lead', lang: 'zh-CN' });
    expect(text).toMatch(/^# 运营手册 1\.1\.0:本版变更\n\n自 v1\.0\.0 以来的变更 · 发布日期 2027-01-10 · 适用于 岗位 Warehouse lead \(`warehouse-lead`\)\.\n/);
    expect(text).toContain('\n## 涉及的岗位\n');
    expect(text).toContain('\n## 变更\n');
    expect(text).toContain('Order fulfilment (`order-fulfilment`) › Shipment (`shipment`): sla 2bd → 1bd · 涉及: ');
  });
});
