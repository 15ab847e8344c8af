import { describe, expect, it } from 'vitest';
import { buildManual } from '../../src/core/render/view-manual.js';
import { CONFIG, loadExample, ORG, repoFromYaml, STANDARD } from './helpers.js';

const DATE = '2026-12-01';

describe('view model of the example', () => {
  it('resolves ids to names and links, and SLAs to words', async () => {
    const { index, config } = await loadExample();
    const m = buildManual(index, config, { date: DATE });
    expect(m.lang).toBe('zh-CN');
    expect(m.organization?.name).toBe('华通商贸集团');
    const order = m.standards.find((s) => s.id === 'order-fulfilment')!;
    const confirm = order.steps.find((s) => s.id === 'order-confirmation')!;
    expect(confirm.responsible).toEqual({ name: '区域运营经理', page: 'organization/huatong', anchor: 'role.regional-ops-manager' });
    expect(confirm.slaText).toBe('24 小时');
    expect(confirm.outputs[0]).toMatchObject({ name: '订单确认函', anchor: 'form.order-confirmation-notice' });
    expect(order.steps.find((s) => s.id === 'credit-check')!.nextIds).toEqual(['order-confirmation', 'order-cancelled']);
    expect(order.steps.find((s) => s.id === 'order-cancelled')!.nextIds).toEqual([]);
    expect(order.variants[0]!.steps[0]!.changes).toEqual([{ label: '时限', baseline: '24 小时', value: '48 小时' }]);
    expect(order.kpis[0]).toMatchObject({ metric: { name: '订单处理时效达标率' }, target: '95%', alertBelow: '80%' });
  });

  it('indexes what every role owns', async () => {
    const { index, config } = await loadExample();
    const m = buildManual(index, config, { date: DATE, lang: 'en' });
    const rsm = m.roles.find((r) => r.id === 'regional-sales-manager')!;
    expect(rsm.steps.map((s) => s.step.name)).toContain('客户线索获取');
    expect(rsm.reports).toContainEqual(expect.objectContaining({ direction: 'submits', dueText: 'every Monday by 12:00' }));
    expect(rsm.activities.map((a) => a.letters)).toContain('R');
    const ops = m.roles.find((r) => r.id === 'regional-ops-manager')!;
    expect(ops.phases.map((p) => p.phase.name)).toEqual(['pilot-sc']);
    expect(m.roles.find((r) => r.id === 'hq-ops-director')!.documents.length).toBeGreaterThan(3);
  });

  it('region view: standards that do not cover the region are left out, its variant applied with the baseline', async () => {
    const { index, config } = await loadExample();
    const nc = buildManual(index, config, { date: DATE, region: 'NC' });
    expect(nc.standards.map((s) => s.id)).not.toContain('returns-handling');
    const order = nc.standards.find((s) => s.id === 'order-fulfilment')!;
    expect(order.variants).toEqual([]);
    expect(order.steps.find((s) => s.id === 'order-confirmation')!.slaText).toBe('24 小时');

    const sc = buildManual(index, config, { date: DATE, region: 'SC' });
    expect(sc.standards.map((s) => s.id)).toContain('returns-handling');
    const step = sc.standards.find((s) => s.id === 'order-fulfilment')!.steps.find((s) => s.id === 'order-confirmation')!;
    expect(step.slaText).toBe('48 小时');
    expect(step.variant).toMatchObject({ region: { name: '华南' }, changes: [{ baseline: '24 小时', value: '48 小时' }] });
    expect(sc.region).toEqual({ code: 'SC', name: '华南' });
  });

  it('rejects an unknown region with the known ones', async () => {
    const { index, config } = await loadExample();
    expect(() => buildManual(index, config, { date: DATE, region: 'XX' })).toThrow(/unknown region "XX"/);
  });
});

describe('view model of small repositories', () => {
  it('a region view hides other regions\' variants and unlinks standards it leaves out', () => {
    const only = STANDARD.replace('regions: all', 'regions: [EC]').replace('region: SC', 'region: EC');
    const matrix = `apiVersion: stdkit/v1
kind: ResponsibilityMatrix
metadata: { id: raci, title: RACI, version: 1.0.0, owner: ops }
spec:
  roles: [ops, rep]
  activities:
    - { id: a, name: Confirm orders, standard: orders, step: confirm, raci: { ops: A, rep: R } }
`;
    const repo = repoFromYaml({ 'org.yaml': ORG, 's.yaml': only, 'm.yaml': matrix });
    const sc = buildManual(repo.index, CONFIG, { date: DATE, region: 'SC' });
    expect(sc.standards).toEqual([]);
    expect(sc.matrices[0]!.activities[0]!.standard).toEqual({ name: 'orders' });
    const ec = buildManual(repo.index, CONFIG, { date: DATE, region: 'EC' });
    expect(ec.standards[0]!.steps[1]!.slaText).toBe('2 business days');
    expect(ec.matrices[0]!.activities[0]!.step).toMatchObject({ name: 'Confirm', anchor: 'step.orders.confirm' });
  });

  it('marks a variant past its date as stale and free-text inputs stay unlinked', () => {
    const std = STANDARD.replace('inputs: [erp]', 'inputs: [erp, a phone call]');
    const m = buildManual(repoFromYaml({ 'org.yaml': ORG, 's.yaml': std }).index, CONFIG, { date: '2027-07-01' });
    expect(m.standards[0]!.variants[0]!.stale).toBe(true);
    expect(m.standards[0]!.steps[1]!.inputs).toEqual([{ name: 'ERP', page: 'organization/acme', anchor: 'system.erp' }, { name: 'a phone call' }]);
  });
});
