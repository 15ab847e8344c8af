// Generates the benchmark corpus: a standards repository with N standards (default 10,000,
// about 25 MB and 750,000 lines), one organization, one data dictionary. Deterministic.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const REGIONS = ['EC', 'SC', 'NC', 'WC', 'CC', 'NE', 'NW', 'SW'];
const ROLES = Array.from({ length: 40 }, (_, i) => `role-${String(i).padStart(2, '0')}`);
const FORMS = Array.from({ length: 30 }, (_, i) => `form-${i}`);

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export function standardYaml(i, { broken = false, variant = 0 } = {}) {
  const r = rng(i * 7919 + variant);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const steps = 6;
  const lines = [
    'apiVersion: stdkit/v1',
    'kind: Standard',
    'metadata:',
    `  id: standard-${i}`,
    `  title: 标准流程 ${i} — 区域运营作业规范`,
    `  version: 1.${variant}.0`,
    `  owner: ${pick(ROLES)}`,
    '  status: active',
    '  tags: [operations, benchmark]',
    '  description: |',
    `    本标准规定第 ${i} 号业务流程在各区域的统一作业方式、责任人与时效要求。`,
    'spec:',
    '  purpose: |',
    '    统一各区域的作业口径，明确每个环节的输入、输出、责任人和完成时限，',
    '    确保总部与区域之间的协同顺畅、数据一致。',
    `  regions: [${REGIONS.slice(0, 3 + (i % 5)).join(', ')}]`,
    '  steps:',
  ];
  for (let s = 0; s < steps; s++) {
    lines.push(
      `    - id: step-${s}`,
      `      name: 环节 ${s} 的标准作业`,
      '      action: |',
      `        按照标准模板完成环节 ${s} 的作业，核对上一环节输出的完整性与准确性，`,
      '        在系统中登记处理结果并通知下一环节责任人。',
      `      responsible: ${broken && s === 3 ? 'no-such-role' : pick(ROLES)}`,
      `      inputs: [${pick(FORMS)}, erp]`,
      `      outputs: [${pick(FORMS)}]`,
      `      sla: ${1 + Math.floor(r() * 47)}${pick(['h', 'd', 'bd'])}`,
    );
  }
  lines.push('  kpis: [order-sla-rate]');
  lines.push('  variants:', '    - region: EC', '      reason: 华东试点放宽时效', "      until: '2099-06-30'", '      steps:', '        - { id: step-2, sla: 48h }');
  lines.push('  faq:', '    - q: 客户未回复怎么办?', '      a: 两个工作日后再次跟进，仍无回复则记录并上报区域经理。');
  return `${lines.join('\n')}\n`;
}

function organizationYaml() {
  return [
    'apiVersion: stdkit/v1',
    'kind: Organization',
    'metadata: { id: bench-org, title: 基准组织, version: 1.0.0 }',
    'spec:',
    '  regions:',
    ...REGIONS.map((c) => `    - { code: ${c}, name: 区域${c}, status: active }`),
    '  roles:',
    ...ROLES.map((r, i) => `    - { id: ${r}, name: 角色${i}, level: ${i < 10 ? 'hq' : 'region'} }`),
    '  systems:',
    '    - { id: erp, name: ERP }',
    '    - { id: crm, name: CRM }',
    '  forms:',
    ...FORMS.map((f) => `    - { id: ${f}, name: 表单${f} }`),
    '',
  ].join('\n');
}

function dictionaryYaml() {
  return [
    'apiVersion: stdkit/v1',
    'kind: DataDictionary',
    'metadata: { id: bench-data, title: 数据字典, version: 1.0.0, owner: role-00 }',
    'spec:',
    '  metrics:',
    '    - { id: order-sla-rate, name: 订单处理时效达标率, unit: ratio, period: week, kpi: { target: 0.95, alertBelow: 0.8, weight: 0.15 } }',
    '',
  ].join('\n');
}

/** Writes the corpus; `changed` standards (every 1/changed-th) get a new revision. */
export function generate(dir, { count = 10_000, brokenEvery = 500, variant = 0, changedEvery = 0 } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'standards'), { recursive: true });
  mkdirSync(join(dir, 'org'), { recursive: true });
  writeFileSync(
    join(dir, 'stdkit.yaml'),
    'manual:\n  title: 基准手册\n  version: 1.0.0\n  language: zh-CN\n  organization: bench-org\n',
  );
  writeFileSync(join(dir, 'org', 'organization.yaml'), organizationYaml());
  writeFileSync(join(dir, 'dictionary.yaml'), dictionaryYaml());
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const v = changedEvery && i % changedEvery === 0 ? variant : 0;
    const text = standardYaml(i, { broken: brokenEvery > 0 && i % brokenEvery === 7, variant: v });
    bytes += Buffer.byteLength(text);
    const sub = join(dir, 'standards', String(Math.floor(i / 1000)));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `standard-${i}.yaml`), text);
  }
  return { bytes };
}
