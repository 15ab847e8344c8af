// In-memory lint for rule tests: YAML strings in, located findings out, no files.
import { finalize, runRules, suppressions } from '../../src/core/lint/engine.js';
import type { Finding, Rule } from '../../src/core/lint/types.js';
import { processText } from '../../src/core/model/document.js';
import { RepoIndex } from '../../src/core/model/index-repo.js';
import { createLocator } from '../../src/core/model/locate.js';
import type { StdkitConfig } from '../../src/core/model/types.js';
import { validators } from '../../src/core/model/validators.js';

export const CONFIG: StdkitConfig = {
  manual: { title: 'Test manual', version: '1.0.0', language: 'en', organization: 'acme' },
  include: ['**/*.yaml'],
  exclude: [],
  render: { out: 'dist/manual', formats: ['markdown', 'html'] },
  release: { tagPrefix: 'v', changelog: 'CHANGELOG.md' },
  rules: {},
};

export interface LintYamlOptions {
  /** only these rules run (the reader's yaml-syntax, document-kind and schema findings are always kept) */
  rules?: readonly Rule[];
  today?: string;
  config?: StdkitConfig;
}

export function lintYaml(files: Record<string, string>, opts: LintYamlOptions = {}): Finding[] {
  const results = Object.entries(files).map(([file, text]) => processText(file, text, validators));
  const index = new RepoIndex(results.flatMap((r) => r.docs), opts.config ?? CONFIG);
  const severity = () => 'error' as const;
  const raw = [...results.flatMap((r) => r.findings), ...runRules(index, opts.rules ?? [], severity, opts.today ?? '2026-12-01')];
  return finalize(raw, severity, (file) => {
    const text = files[file];
    return text === undefined ? undefined : { locate: createLocator(text), suppressed: suppressions(text) };
  });
}

/** A small valid repository: organization, a standard, a matrix, a dictionary, a rollout plan. */
export const ORG = `apiVersion: stdkit/v1
kind: Organization
metadata: { id: acme, title: Acme, version: 1.0.0 }
spec:
  regions:
    - { code: EC, name: East, status: active }
    - { code: SC, name: South, status: active }
    - { code: NC, name: North, status: planned }
  roles:
    - { id: hq-ops-director, name: HQ operations director, level: hq }
    - { id: regional-manager, name: Regional manager, level: region }
    - { id: regional-sales-manager, name: Regional sales manager, level: region }
    - { id: warehouse-lead, name: Warehouse lead, level: region }
  systems:
    - { id: erp, name: ERP }
    - { id: crm, name: CRM }
  forms:
    - { id: order-form, name: Order form }
`;

export const STANDARD = `apiVersion: stdkit/v1
kind: Standard
metadata: { id: order-fulfilment, title: Order fulfilment, version: 1.0.0, owner: hq-ops-director, status: active }
spec:
  regions: all
  steps:
    - { id: order-intake, name: Order intake, responsible: regional-sales-manager, inputs: [order-form], outputs: [erp], sla: 4h }
    - { id: order-confirmation, name: Order confirmation, responsible: regional-sales-manager, sla: 24h }
    - { id: shipment, name: Shipment, responsible: warehouse-lead, sla: 2bd }
  kpis: [order-sla-rate]
  variants:
    - region: SC
      reason: pilot
      until: 2027-06-30
      steps:
        - { id: order-confirmation, sla: 48h }
`;

export const MATRIX = `apiVersion: stdkit/v1
kind: ResponsibilityMatrix
metadata: { id: ops-raci, title: Operations RACI, version: 1.0.0, owner: hq-ops-director }
spec:
  roles: [hq-ops-director, regional-manager, warehouse-lead]
  activities:
    - id: ship-order
      name: Ship an order
      standard: order-fulfilment
      step: shipment
      raci: { warehouse-lead: R, regional-manager: A, hq-ops-director: I }
      sla: 2bd
  boundaries:
    - { topic: National policy, owner: hq-ops-director }
`;

export const DICTIONARY = `apiVersion: stdkit/v1
kind: DataDictionary
metadata: { id: sales-data, title: Sales data, version: 1.0.0, owner: hq-ops-director }
spec:
  fields:
    - { id: customer-id, name: Customer id, type: string, pattern: '^[A-Z]{2}-\\d{8}$', example: EC-00001234, source: crm }
    - { id: order-amount, name: Order amount, type: currency, source: erp }
  metrics:
    - { id: monthly-sales, name: Monthly sales, unit: CNY, period: month, taxIncluded: true, returnsDeducted: true }
    - { id: order-sla-rate, name: Order SLA rate, unit: ratio, period: week, kpi: { target: 0.95, alertBelow: 0.8, weight: 0.15 } }
  reports:
    - { id: weekly-sales, name: Weekly sales, metrics: [monthly-sales], frequency: weekly, due: 'MON 12:00', submittedBy: regional-sales-manager, receivedBy: hq-ops-director }
  interfaces:
    - { id: erp-crm-customer, from: erp, to: crm, format: json, fields: [customer-id], schedule: realtime }
`;

export const ROLLOUT = `apiVersion: stdkit/v1
kind: RolloutPlan
metadata: { id: east-rollout, title: East rollout, version: 1.0.0, owner: hq-ops-director, status: active }
spec:
  goal: Standard order handling everywhere
  objectives:
    - { metric: order-sla-rate, target: 0.95, by: 2027-03-31 }
  standards: [order-fulfilment]
  team: { lead: hq-ops-director, members: [regional-manager] }
  phases:
    - { id: pilot-sc, type: pilot, regions: [SC], start: 2027-01-04, end: 2027-01-29, owner: regional-manager }
    - { id: wave-ec, type: rollout, regions: [EC], start: 2027-02-01, end: 2027-02-26, owner: regional-manager }
`;

export const BASE: Record<string, string> = {
  'org/org.yaml': ORG,
  'standards/order.yaml': STANDARD,
  'matrices/raci.yaml': MATRIX,
  'dictionaries/sales.yaml': DICTIONARY,
  'rollouts/east.yaml': ROLLOUT,
};

/** BASE with some files replaced or added */
export function repo(overrides: Record<string, string> = {}): Record<string, string> {
  return { ...BASE, ...overrides };
}

/** BASE with `next` set per step of STANDARD (order-intake, order-confirmation, shipment); undefined keeps the default */
export function withFlow(...next: Array<string | undefined>): Record<string, string> {
  let text = STANDARD;
  ['sla: 4h }', 'sla: 24h }', 'sla: 2bd }'].forEach((end, i) => {
    if (next[i] !== undefined) text = text.replace(end, end.replace(' }', `, next: ${next[i]} }`));
  });
  return repo({ 'standards/order.yaml': text });
}
