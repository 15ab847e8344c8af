// The classification table, case by case: one edit of the small valid repository each.
import { describe, expect, test } from 'vitest';
import { brief, diffEdit } from './helpers.js';

type Case = [name: string, file: string, edit: (t: string) => string, expected: string[]];
const S = 'standards/order.yaml';
const M = 'matrices/raci.yaml';
const D = 'dictionaries/sales.yaml';
const O = 'org/org.yaml';
const R = 'rollouts/east.yaml';
const of = 'order-fulfilment';

const cases: Case[] = [
  // documents and metadata
  ['status → deprecated', S, (t) => t.replace('status: active', 'status: deprecated'), [`${of} metadata.status changed major`]],
  ['status draft → active', M, (t) => t.replace('owner: hq-ops-director }', 'owner: hq-ops-director, status: active }'), ['ops-raci metadata.status added minor']],
  ['owner changed', S, (t) => t.replace('owner: hq-ops-director', 'owner: regional-manager'), [`${of} metadata.owner changed major`]],
  ['title reworded', S, (t) => t.replace('title: Order fulfilment', 'title: 订单履约'), [`${of} metadata.title changed patch`]],
  ['version bumped', S, (t) => t.replace('version: 1.0.0', 'version: 1.1.0'), [`${of} metadata.version changed patch`]],
  ['tag added', S, (t) => t.replace('status: active }', 'status: active, tags: [sales] }'), [`${of} metadata.tags[sales] added patch`]],
  // steps
  ['SLA tightened', S, (t) => t.replace('sla: 24h', 'sla: 12h'), [`${of} spec.steps[order-confirmation].sla changed major`]],
  ['SLA relaxed', S, (t) => t.replace('sla: 24h', 'sla: 2d'), [`${of} spec.steps[order-confirmation].sla changed minor`]],
  ['SLA in other units, same length', S, (t) => t.replace('sla: 24h', 'sla: 1d'), [`${of} spec.steps[order-confirmation].sla changed minor`]],
  ['SLA dropped', S, (t) => t.replace('responsible: regional-sales-manager, sla: 24h', 'responsible: regional-sales-manager'), [`${of} spec.steps[order-confirmation].sla removed minor`]],
  ['SLA unparseable', S, (t) => t.replace('sla: 4h', 'sla: soon'), [`${of} spec.steps[order-intake].sla changed major`]],
  ['step removed', S, (t) => t.replace(/ {4}- \{ id: shipment.*\n/, ''), [`${of} spec.steps[shipment] removed major`]],
  ['step added', S, (t) => t.replace('  kpis:', '    - { id: invoicing, name: Invoicing, responsible: regional-manager }\n  kpis:'), [`${of} spec.steps[invoicing] added minor`]],
  ['responsible changed', S, (t) => t.replace('name: Shipment, responsible: warehouse-lead', 'name: Shipment, responsible: regional-manager'), [`${of} spec.steps[shipment].responsible changed major`]],
  ['step renamed', S, (t) => t.replace('name: Shipment,', 'name: Ship the goods,'), [`${of} spec.steps[shipment].name changed patch`]],
  ['output removed', S, (t) => t.replace('outputs: [erp]', 'outputs: []'), [`${of} spec.steps[order-intake].outputs[erp] removed major`]],
  ['input added', S, (t) => t.replace('inputs: [order-form]', 'inputs: [order-form, crm]'), [`${of} spec.steps[order-intake].inputs[crm] added minor`]],
  ['regions all → list', S, (t) => t.replace('regions: all', 'regions: [EC, SC]'), [`${of} spec.regions changed major`]],
  ['variant removed', S, (t) => t.slice(0, t.indexOf('  variants:')), [`${of} spec.variants[SC] removed major`]],
  ['variant SLA relaxed', S, (t) => t.replace('sla: 48h', 'sla: 72h'), [`${of} spec.variants[SC].steps[order-confirmation].sla changed minor`]],
  ['variant added', S, (t) => `${t}    - { region: EC, reason: trial }\n`, [`${of} spec.variants[EC] added minor`]],
  ['variant reason reworded', S, (t) => t.replace('reason: pilot', 'reason: pilot in the south'), [`${of} spec.variants[SC].reason changed patch`]],
  ['FAQ added', S, (t) => `${t}  faq:\n    - { q: Who calls the customer?, a: The sales manager. }\n`, [`${of} spec.faq[Who calls the customer?] added patch`]],
  ['purpose added', S, (t) => t.replace('  regions: all', '  purpose: Ship on time\n  regions: all'), [`${of} spec.purpose added patch`]],
  // RACI
  ['accountable role moved', M, (t) => t.replace('regional-manager: A, hq-ops-director: I', 'regional-manager: C, hq-ops-director: A'), ['ops-raci spec.activities[ship-order].raci.regional-manager changed major', 'ops-raci spec.activities[ship-order].raci.hq-ops-director changed major']],
  ['informed → consulted', M, (t) => t.replace('hq-ops-director: I', 'hq-ops-director: C'), ['ops-raci spec.activities[ship-order].raci.hq-ops-director changed minor']],
  ['informed cell removed', M, (t) => t.replace(', hq-ops-director: I', ''), ['ops-raci spec.activities[ship-order].raci.hq-ops-director removed minor']],
  ['activity replaced', M, (t) => t.replace('id: ship-order', 'id: pick-order'), ['ops-raci spec.activities[ship-order] removed major', 'ops-raci spec.activities[pick-order] added minor']],
  ['activity SLA tightened', M, (t) => t.replace('sla: 2bd', 'sla: 1bd'), ['ops-raci spec.activities[ship-order].sla changed major']],
  ['boundary owner changed', M, (t) => t.replace('{ topic: National policy, owner: hq-ops-director }', '{ topic: National policy, owner: regional-manager }'), ['ops-raci spec.boundaries[National policy].owner changed major']],
  ['boundary added', M, (t) => `${t}    - { topic: Local hiring, owner: regional-manager }\n`, ['ops-raci spec.boundaries[Local hiring] added minor']],
  // data dictionary
  ['field type changed', D, (t) => t.replace('type: currency', 'type: decimal'), ['sales-data spec.fields[order-amount].type changed major']],
  ['field pattern changed', D, (t) => t.replace('\\d{8}', '\\d{9}').replace('EC-00001234', 'EC-000012345'), ['sales-data spec.fields[customer-id].pattern changed major', 'sales-data spec.fields[customer-id].example changed patch']],
  ['field removed', D, (t) => t.replace(/ {4}- \{ id: order-amount.*\n/, ''), ['sales-data spec.fields[order-amount] removed major']],
  ['field source changed', D, (t) => t.replace('source: erp', 'source: crm'), ['sales-data spec.fields[order-amount].source changed minor']],
  ['metric tax flag', D, (t) => t.replace('taxIncluded: true', 'taxIncluded: false'), ['sales-data spec.metrics[monthly-sales].taxIncluded changed major']],
  ['metric period', D, (t) => t.replace('period: week', 'period: month'), ['sales-data spec.metrics[order-sla-rate].period changed major']],
  ['KPI threshold', D, (t) => t.replace('alertBelow: 0.8', 'alertBelow: 0.85'), ['sales-data spec.metrics[order-sla-rate].kpi.alertBelow changed minor']],
  ['report receiver', D, (t) => t.replace('receivedBy: hq-ops-director', 'receivedBy: regional-manager'), ['sales-data spec.reports[weekly-sales].receivedBy changed major']],
  ['report due moved', D, (t) => t.replace("due: 'MON 12:00'", "due: 'TUE 12:00'"), ['sales-data spec.reports[weekly-sales].due changed minor']],
  ['interface format', D, (t) => t.replace('format: json', 'format: csv'), ['sales-data spec.interfaces[erp-crm-customer].format changed major']],
  // organization
  ['region removed', O, (t) => t.replace(/ {4}- \{ code: NC.*\n/, ''), ['acme spec.regions[NC] removed major']],
  ['region added', O, (t) => t.replace('  roles:', '    - { code: WC, name: West, status: planned }\n  roles:'), ['acme spec.regions[WC] added minor']],
  ['region becomes active', O, (t) => t.replace('name: North, status: planned', 'name: North, status: active'), ['acme spec.regions[NC].status changed minor']],
  ['system removed', O, (t) => t.replace(/ {4}- \{ id: crm.*\n/, ''), ['acme spec.systems[crm] removed major']],
  ['form renamed', O, (t) => t.replace('name: Order form', 'name: 订单表'), ['acme spec.forms[order-form].name changed patch']],
  // rollout
  ['phase owner', R, (t) => t.replace('end: 2027-02-26, owner: regional-manager', 'end: 2027-02-26, owner: hq-ops-director'), ['east-rollout spec.phases[wave-ec].owner changed major']],
  ['phase dates', R, (t) => t.replace('end: 2027-02-26', 'end: 2027-03-05'), ['east-rollout spec.phases[wave-ec].end changed minor']],
  ['objective target', R, (t) => t.replace('target: 0.95', 'target: 0.9'), ['east-rollout spec.objectives[order-sla-rate].target changed minor']],
  ['goal reworded', R, (t) => t.replace('goal: Standard order handling everywhere', 'goal: 全国统一订单处理'), ['east-rollout spec.goal changed patch']],
];

describe('classification table', () => {
  test.each(cases)('%s', (_name, file, edit, expected) => {
    expect(brief(diffEdit(file, edit))).toEqual(expected);
  });
});
