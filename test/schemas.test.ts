import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = join(root, 'schemas');

const FILES = [
  'organization.schema.json',
  'standard.schema.json',
  'responsibility-matrix.schema.json',
  'data-dictionary.schema.json',
  'rollout-plan.schema.json',
  'stdkit-config.schema.json',
] as const;
type File = (typeof FILES)[number];

type Json = Record<string, unknown>;
const load = (file: string): Json => JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as Json;

function compile(file: File) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  return ajv.compile(load(file));
}

/** Every schema found under a `properties` map or in `$defs`, with its JSON pointer. */
function propertySchemas(node: unknown, pointer = ''): Array<[string, Json]> {
  const out: Array<[string, Json]> = [];
  if (Array.isArray(node)) {
    node.forEach((item, i) => out.push(...propertySchemas(item, `${pointer}/${i}`)));
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Json)) {
      if ((key === 'properties' || key === '$defs') && value && typeof value === 'object') {
        for (const [name, sub] of Object.entries(value as Json)) out.push([`${pointer}/${key}/${name}`, sub as Json]);
      }
      out.push(...propertySchemas(value, `${pointer}/${key}`));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Valid documents (from MODEL.md)

const meta = (id: string, extra: Json = {}) => ({ id, title: 'Title 标题', version: '1.2.0', owner: 'hq-ops-director', ...extra });
const clone = <T>(v: T): T => structuredClone(v);

const organization = {
  apiVersion: 'stdkit/v1',
  kind: 'Organization',
  metadata: { id: 'acme', title: 'ACME', version: '1.0.0', status: 'active', reviewed: '2026-03-01' },
  spec: {
    regions: [
      { code: 'EC', name: '华东', status: 'active' },
      { code: 'SC', name: '华南', status: 'active', notes: '试点区域' },
    ],
    roles: [
      { id: 'hq-ops-director', name: '总部运营总监', level: 'hq' },
      { id: 'regional-sales-manager', name: '区域销售经理', level: 'region' },
    ],
    systems: [{ id: 'erp', name: 'ERP' }, { id: 'crm', name: 'CRM' }],
    forms: [{ id: 'customer-needs-survey', name: '客户需求调研表' }],
  },
};

const standard = {
  apiVersion: 'stdkit/v1',
  kind: 'Standard',
  metadata: meta('customer-development', {
    status: 'active',
    effective: '2026-01-15',
    supersedes: 'old-customer-dev',
    tags: ['sales'],
    description: 'markdown **text**',
  }),
  spec: {
    purpose: 'markdown',
    regions: 'all',
    steps: [
      {
        id: 'lead-capture',
        name: '客户线索获取',
        action: 'markdown',
        responsible: 'regional-sales-manager',
        inputs: ['crm'],
        outputs: ['customer-needs-survey'],
        sla: '24h',
        next: ['screening'],
      },
      { id: 'screening', name: '筛选', responsible: 'regional-sales-manager', next: [] },
    ],
    kpis: ['order-sla-rate'],
    variants: [
      { region: 'SC', reason: '试点', until: '2026-06-30', steps: [{ id: 'screening', sla: '48h' }] },
    ],
    faq: [{ q: '客户未回复怎么办?', a: 'markdown' }],
  },
};

const matrix = {
  apiVersion: 'stdkit/v1',
  kind: 'ResponsibilityMatrix',
  metadata: meta('inventory-raci'),
  spec: {
    roles: ['hq-ops-director', 'regional-manager', 'hq-coordination'],
    activities: [
      {
        id: 'cross-region-transfer',
        name: '跨区域调货申请',
        standard: 'inventory-allocation',
        step: 'transfer-request',
        raci: { 'regional-manager': 'AR', 'hq-ops-director': 'I', 'hq-coordination': 'C' },
        sla: '2bd',
      },
    ],
    boundaries: [
      { topic: '全国性政策制定', owner: 'hq-ops-director' },
      { topic: '政策落地执行', owner: 'regional-manager', notes: 'n' },
    ],
  },
};

const dictionary = {
  apiVersion: 'stdkit/v1',
  kind: 'DataDictionary',
  metadata: meta('sales-data'),
  spec: {
    fields: [
      {
        id: 'customer-id',
        name: '客户ID',
        type: 'string',
        pattern: '^[A-Z]{2}-\\d{8}$',
        example: 'EC-00001234',
        definition: '区域编码 + 唯一识别码',
        source: 'crm',
      },
      { id: 'order-count', name: 'Orders', type: 'integer', example: 3 },
      { id: 'vip', name: 'VIP', type: 'boolean', example: true },
      { id: 'channel', name: 'Channel', type: 'enum', values: ['online', 'store'] },
    ],
    metrics: [
      {
        id: 'monthly-sales',
        name: '月度销售额',
        unit: 'CNY',
        period: 'month',
        definition: 'markdown',
        taxIncluded: true,
        returnsDeducted: true,
      },
      { id: 'order-sla-rate', name: '订单处理时效达标率', unit: 'ratio', period: 'week', kpi: { target: 0.95, alertBelow: 0.8, weight: 0.15 } },
    ],
    reports: [
      {
        id: 'weekly-sales',
        name: '销售数据周报',
        metrics: ['monthly-sales'],
        frequency: 'weekly',
        due: 'MON 12:00',
        submittedBy: 'regional-sales-manager',
        receivedBy: 'hq-ops-director',
      },
    ],
    interfaces: [
      { id: 'erp-crm-customer', from: 'erp', to: 'crm', format: 'json', fields: ['customer-id'], schedule: 'realtime' },
    ],
  },
};

const rollout = {
  apiVersion: 'stdkit/v1',
  kind: 'RolloutPlan',
  metadata: meta('sales-rollout-2027'),
  spec: {
    goal: '3个月内完成华东区域销售流程标准化,订单处理时效缩短20%',
    objectives: [{ metric: 'order-sla-rate', target: 0.95, by: '2027-03-31' }],
    standards: ['customer-development', 'order-fulfilment'],
    team: { lead: 'hq-ops-director', members: ['regional-manager', 'compliance-officer'] },
    phases: [
      {
        id: 'pilot-sc',
        type: 'pilot',
        regions: ['SC'],
        start: '2027-01-04',
        end: '2027-01-29',
        owner: 'regional-ops-manager',
        resources: ['系统权限开通', '操作手册更新'],
        exitCriteria: ['订单处理时效达标率 ≥ 95% 连续2周'],
      },
      { id: 'wave-ec', type: 'rollout', regions: ['EC'], start: '2027-02-01', end: '2027-02-05', owner: 'regional-ops-manager' },
    ],
    training: { assessment: '订单流程操作测试', required: true },
  },
};

const config = {
  manual: { title: '跨区域业务运营标准化手册', version: '1.3.0', language: 'zh-CN', organization: 'acme' },
  include: ['**/*.yaml', '**/*.yml'],
  exclude: ['node_modules/**', 'dist/**'],
  render: { out: 'dist/manual', formats: ['markdown', 'html'] },
  release: { tagPrefix: 'v', changelog: 'CHANGELOG.md' },
  rules: { 'raci-single-accountable': 'error', 'stale-variant': 'warn', 'review-due': 'off' },
  review: { interval: '90d' },
};

const VALID: Record<File, Json> = {
  'organization.schema.json': organization,
  'standard.schema.json': standard,
  'responsibility-matrix.schema.json': matrix,
  'data-dictionary.schema.json': dictionary,
  'rollout-plan.schema.json': rollout,
  'stdkit-config.schema.json': config,
};

/** A copy of `doc` with `edit` applied. */
function variant<T extends Json>(doc: T, edit: (d: any) => void): T {
  const copy = clone(doc);
  edit(copy);
  return copy;
}

/** A copy of `doc` where `key` is added as an own property of the object at `path` (JSON.parse keeps `__proto__` own). */
function withOwnKey(doc: Json, path: string[], key: string, value: unknown): Json {
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  let target: any = copy;
  for (const p of path) target = target[p];
  const extra = JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value)}}`) as Json;
  for (const k of Object.keys(extra)) Object.defineProperty(target, k, { value: extra[k], enumerable: true, writable: true, configurable: true });
  return copy;
}

type Case = [name: string, doc: unknown];

const minimal = {
  organization: {
    apiVersion: 'stdkit/v1',
    kind: 'Organization',
    metadata: { id: 'acme', title: 'ACME', version: '0.1.0' },
    spec: { regions: [{ code: 'EC', name: 'East' }], roles: [{ id: 'boss', name: 'Boss', level: 'hq' }] },
  },
  standard: {
    apiVersion: 'stdkit/v1',
    kind: 'Standard',
    metadata: { id: 's', title: 'S', version: '1.0.0', owner: 'boss' },
    spec: { steps: [{ id: 'a', name: 'A', responsible: 'boss' }] },
  },
};

const VALID_CASES: Record<File, Case[]> = {
  'organization.schema.json': [
    ['full example', organization],
    ['minimal, no owner', minimal.organization],
    ['with owner', variant(minimal.organization, (d) => (d.metadata.owner = 'boss'))],
    ['planned region, 6-char code', variant(minimal.organization, (d) => d.spec.regions.push({ code: 'N12345', name: 'N', status: 'planned' }))],
  ],
  'standard.schema.json': [
    ['full example', standard],
    ['minimal', minimal.standard],
    ['regions as a list', variant(standard, (d) => (d.spec.regions = ['EC', 'SC']))],
    ['prerelease+build version', variant(standard, (d) => (d.metadata.version = '2.0.0-rc.1+build.5'))],
    ['every status', variant(standard, (d) => (d.metadata.status = 'deprecated'))],
    ['unparseable sla is left to lint', variant(standard, (d) => (d.spec.steps[0].sla = 'soon'))],
    ['variant step with only id', variant(standard, (d) => (d.spec.variants[0].steps = [{ id: 'screening' }]))],
    ['variant step overriding responsible', variant(standard, (d) => (d.spec.variants[0].steps = [{ id: 'screening', responsible: 'x', next: [] }]))],
  ],
  'responsibility-matrix.schema.json': [
    ['full example', matrix],
    ['RA, CI, RACI, IC', variant(matrix, (d) => (d.spec.activities[0].raci = { a: 'RA', b: 'CI', c: 'RACI', d: 'IC' }))],
    ['no boundaries', variant(matrix, (d) => delete d.spec.boundaries)],
  ],
  'data-dictionary.schema.json': [
    ['full example', dictionary],
    ['empty spec', variant(dictionary, (d) => (d.spec = {}))],
    ['kpi with target only', variant(dictionary, (d) => (d.spec.metrics[1].kpi = { target: 10 }))],
    ['weight 0 and 1', variant(dictionary, (d) => (d.spec.metrics[1].kpi = { target: 1, weight: 1 }))],
    ['report due left to lint', variant(dictionary, (d) => (d.spec.reports[0].due = 'whenever'))],
  ],
  'rollout-plan.schema.json': [
    ['full example', rollout],
    ['goal and phases only', variant(rollout, (d) => (d.spec = { goal: 'g', phases: d.spec.phases }))],
  ],
  'stdkit-config.schema.json': [
    ['full example', config],
    ['manual only', { manual: { title: 'Manual', version: '1.0.0' } }],
    ['english, one format', { manual: { title: 'M', version: '0.0.1', language: 'en' }, render: { formats: ['html'] } }],
    ['$schema key for editors', { $schema: './schemas/stdkit-config.schema.json', manual: { title: 'M', version: '1.0.0' } }],
    ['review interval in weeks', { manual: { title: 'M', version: '1.0.0' }, review: { interval: '12w' } }],
  ],
};

const INVALID_CASES: Record<File, Case[]> = {
  'organization.schema.json': [
    ['wrong kind', variant(organization, (d) => (d.kind = 'Standard'))],
    ['wrong apiVersion', variant(organization, (d) => (d.apiVersion = 'stdkit/v2'))],
    ['missing roles', variant(organization, (d) => delete d.spec.roles)],
    ['lowercase region code', variant(organization, (d) => (d.spec.regions[0].code = 'ec'))],
    ['one-letter region code', variant(organization, (d) => (d.spec.regions[0].code = 'E'))],
    ['7-char region code', variant(organization, (d) => (d.spec.regions[0].code = 'EASTERN'))],
    ['unknown role level', variant(organization, (d) => (d.spec.roles[0].level = 'global'))],
    ['uppercase id', variant(organization, (d) => (d.metadata.id = 'Acme'))],
    ['id starting with digit', variant(organization, (d) => (d.metadata.id = '1acme'))],
    ['unknown property in a region', variant(organization, (d) => (d.spec.regions[0].colour = 'red'))],
    ['__proto__ in metadata', withOwnKey(organization, ['metadata'], '__proto__', { polluted: true })],
    ['__proto__ at top level', withOwnKey(organization, [], '__proto__', {})],
    ['missing spec', variant(organization, (d) => delete d.spec)],
  ],
  'standard.schema.json': [
    ['missing owner', variant(standard, (d) => delete d.metadata.owner)],
    ['no steps', variant(standard, (d) => (d.spec.steps = []))],
    ['step without responsible', variant(standard, (d) => delete d.spec.steps[1].responsible)],
    ['step with two responsible roles', variant(standard, (d) => (d.spec.steps[1].responsible = ['a', 'b']))],
    ['regions "some"', variant(standard, (d) => (d.spec.regions = 'some'))],
    ['regions with bad code', variant(standard, (d) => (d.spec.regions = ['east']))],
    ['empty regions list', variant(standard, (d) => (d.spec.regions = []))],
    ['version 1.2', variant(standard, (d) => (d.metadata.version = '1.2'))],
    ['version v1.2.0', variant(standard, (d) => (d.metadata.version = 'v1.2.0'))],
    ['version 01.2.0', variant(standard, (d) => (d.metadata.version = '01.2.0'))],
    ['version as number', variant(standard, (d) => (d.metadata.version = 1.2))],
    ['unknown status', variant(standard, (d) => (d.metadata.status = 'retired'))],
    ['effective not a date', variant(standard, (d) => (d.metadata.effective = '15/01/2026'))],
    ['reviewed not a date', variant(standard, (d) => (d.metadata.reviewed = '2026-1-5'))],
    ['empty title', variant(standard, (d) => (d.metadata.title = ''))],
    ['typo in a step', variant(standard, (d) => (d.spec.steps[0].responsable = 'x'))],
    ['typo in metadata', variant(standard, (d) => (d.metadata.onwer = 'x'))],
    ['variant step without id', variant(standard, (d) => (d.spec.variants[0].steps = [{ sla: '48h' }]))],
    ['variant step unknown field', variant(standard, (d) => (d.spec.variants[0].steps = [{ id: 'a', slaa: '48h' }]))],
    ['variant without region', variant(standard, (d) => delete d.spec.variants[0].region)],
    ['sla as number', variant(standard, (d) => (d.spec.steps[0].sla = 24))],
    ['faq without answer', variant(standard, (d) => (d.spec.faq = [{ q: 'q' }]))],
    ['__proto__ in a step', withOwnKey(standard, ['spec', 'steps', '0'], '__proto__', 'x')],
  ],
  'responsibility-matrix.schema.json': [
    ['RR', variant(matrix, (d) => (d.spec.activities[0].raci['hq-ops-director'] = 'RR'))],
    ['X', variant(matrix, (d) => (d.spec.activities[0].raci['hq-ops-director'] = 'X'))],
    ['empty string', variant(matrix, (d) => (d.spec.activities[0].raci['hq-ops-director'] = ''))],
    ['lowercase r', variant(matrix, (d) => (d.spec.activities[0].raci['hq-ops-director'] = 'r'))],
    ['ARA', variant(matrix, (d) => (d.spec.activities[0].raci['hq-ops-director'] = 'ARA'))],
    ['RACII', variant(matrix, (d) => (d.spec.activities[0].raci['hq-ops-director'] = 'RACII'))],
    ['raci value not a string', variant(matrix, (d) => (d.spec.activities[0].raci['hq-ops-director'] = ['A']))],
    ['empty raci', variant(matrix, (d) => (d.spec.activities[0].raci = {}))],
    ['raci key not a role id', variant(matrix, (d) => (d.spec.activities[0].raci = { 'HQ Director': 'A' }))],
    ['__proto__ raci key', withOwnKey(matrix, ['spec', 'activities', '0', 'raci'], '__proto__', 'A')],
    ['missing activities', variant(matrix, (d) => delete d.spec.activities)],
    ['duplicate column', variant(matrix, (d) => (d.spec.roles = ['a', 'a']))],
    ['boundary without owner', variant(matrix, (d) => (d.spec.boundaries = [{ topic: 't' }]))],
    ['missing owner', variant(matrix, (d) => delete d.metadata.owner)],
  ],
  'data-dictionary.schema.json': [
    ['unknown field type', variant(dictionary, (d) => (d.spec.fields[0].type = 'text'))],
    ['example as object', variant(dictionary, (d) => (d.spec.fields[0].example = { a: 1 }))],
    ['example null', variant(dictionary, (d) => (d.spec.fields[0].example = null))],
    ['values not strings', variant(dictionary, (d) => (d.spec.fields[3].values = [1, 2]))],
    ['unknown period', variant(dictionary, (d) => (d.spec.metrics[0].period = 'fortnight'))],
    ['metric without unit', variant(dictionary, (d) => delete d.spec.metrics[0].unit)],
    ['taxIncluded as string', variant(dictionary, (d) => (d.spec.metrics[0].taxIncluded = 'yes'))],
    ['kpi without target', variant(dictionary, (d) => (d.spec.metrics[1].kpi = { alertBelow: 0.5 }))],
    ['kpi weight above 1', variant(dictionary, (d) => (d.spec.metrics[1].kpi.weight = 1.5))],
    ['kpi weight below 0', variant(dictionary, (d) => (d.spec.metrics[1].kpi.weight = -0.1))],
    ['kpi target as string', variant(dictionary, (d) => (d.spec.metrics[1].kpi.target = '95%'))],
    ['unknown frequency', variant(dictionary, (d) => (d.spec.reports[0].frequency = 'yearly'))],
    ['report without metrics', variant(dictionary, (d) => delete d.spec.reports[0].metrics)],
    ['interface without to', variant(dictionary, (d) => delete d.spec.interfaces[0].to)],
    ['missing owner', variant(dictionary, (d) => delete d.metadata.owner)],
    ['spec as list', variant(dictionary, (d) => (d.spec = []))],
  ],
  'rollout-plan.schema.json': [
    ['missing goal', variant(rollout, (d) => delete d.spec.goal)],
    ['no phases', variant(rollout, (d) => (d.spec.phases = []))],
    ['unknown phase type', variant(rollout, (d) => (d.spec.phases[0].type = 'wave'))],
    ['phase without end', variant(rollout, (d) => delete d.spec.phases[0].end)],
    ['phase without regions', variant(rollout, (d) => (d.spec.phases[0].regions = []))],
    ['phase start not a date', variant(rollout, (d) => (d.spec.phases[0].start = 'January'))],
    ['objective target as string', variant(rollout, (d) => (d.spec.objectives[0].target = 'high'))],
    ['team without lead', variant(rollout, (d) => (d.spec.team = { members: ['a'] }))],
    ['training required as string', variant(rollout, (d) => (d.spec.training.required = 'yes'))],
    ['missing owner', variant(rollout, (d) => delete d.metadata.owner)],
    ['Organization kind', variant(rollout, (d) => (d.kind = 'Organization'))],
  ],
  'stdkit-config.schema.json': [
    ['missing manual', { include: ['**/*.yaml'] }],
    ['manual without version', { manual: { title: 'M' } }],
    ['manual version not semver', { manual: { title: 'M', version: '1.3' } }],
    ['unknown language', { manual: { title: 'M', version: '1.0.0', language: 'fr' } }],
    ['unknown format', { manual: { title: 'M', version: '1.0.0' }, render: { formats: ['pdf'] } }],
    ['unknown severity', { manual: { title: 'M', version: '1.0.0' }, rules: { 'raci-single-accountable': 'warning' } }],
    ['bad rule id', { manual: { title: 'M', version: '1.0.0' }, rules: { RaciRule: 'error' } }],
    ['include as string', { manual: { title: 'M', version: '1.0.0' }, include: '**/*.yaml' }],
    ['bad review interval', { manual: { title: 'M', version: '1.0.0' }, review: { interval: '3 months' } }],
    ['unknown top-level key', { manual: { title: 'M', version: '1.0.0' }, lint: {} }],
    ['__proto__ at top level', withOwnKey({ manual: { title: 'M', version: '1.0.0' } }, [], '__proto__', {})],
    ['__proto__ in rules', withOwnKey({ manual: { title: 'M', version: '1.0.0' }, rules: {} }, ['rules'], '__proto__', 'off')],
  ],
};

// ---------------------------------------------------------------------------------------------

describe('schemas/', () => {
  it('holds exactly the six schemas', () => {
    expect(readdirSync(schemaDir).filter((f) => f.endsWith('.json')).sort()).toEqual([...FILES].sort());
  });

  it('is up to date with scripts/gen-schemas.mjs', () => {
    expect(() =>
      execFileSync(process.execPath, [join(root, 'scripts', 'gen-schemas.mjs'), '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });
});

describe.each(FILES)('%s', (file) => {
  const schema = load(file);

  it('compiles with Ajv2020 in strict mode', () => {
    expect(() => compile(file)).not.toThrow();
  });

  it('declares draft 2020-12, its $id, a title and a description', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://stdkit.dev/schemas/v1/${file}`);
    expect(typeof schema.title).toBe('string');
    expect((schema.title as string).length).toBeGreaterThan(0);
    expect(typeof schema.description).toBe('string');
    expect((schema.description as string).length).toBeGreaterThan(0);
  });

  it('is self-contained: only local $refs, all of them resolvable', () => {
    const refs = JSON.stringify(schema).match(/"\$ref":"[^"]*"/g) ?? [];
    for (const r of refs) {
      const target = JSON.parse(`{${r}}`).$ref as string;
      expect(target.startsWith('#/$defs/'), target).toBe(true);
      expect((schema.$defs as Json)[target.slice('#/$defs/'.length)], target).toBeDefined();
    }
  });

  it('has a title and a description on every property and definition', () => {
    const props = propertySchemas(schema);
    expect(props.length).toBeGreaterThan(5);
    for (const [pointer, sub] of props) {
      expect(typeof sub.description, `${pointer} description`).toBe('string');
      expect((sub.description as string).trim().length, `${pointer} description`).toBeGreaterThan(0);
      expect(typeof sub.title, `${pointer} title`).toBe('string');
    }
  });

  it('sets additionalProperties: false on every object with properties, and never uses format', () => {
    const walk = (node: unknown, pointer: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${pointer}/${i}`));
      if (!node || typeof node !== 'object') return;
      const n = node as Json;
      if (n.type === 'object' && !('propertyNames' in n)) {
        expect(n.additionalProperties, `${pointer} additionalProperties`).toBe(false);
      }
      expect('format' in n && typeof n.format === 'string', `${pointer} format`).toBe(false);
      for (const [k, v] of Object.entries(n)) if (k !== 'properties') walk(v, `${pointer}/${k}`);
      if (n.properties) for (const [k, v] of Object.entries(n.properties as Json)) walk(v, `${pointer}/properties/${k}`);
    };
    walk(schema, '#');
  });

  const validate = compile(file);

  it.each(VALID_CASES[file])('accepts: %s', (_name, doc) => {
    const ok = validate(doc);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(INVALID_CASES[file])('rejects: %s', (_name, doc) => {
    expect(validate(doc)).toBe(false);
  });
});

describe('specific errors', () => {
  it('reports __proto__ as an additional property', () => {
    const validate = compile('standard.schema.json');
    const doc = withOwnKey(standard, ['metadata'], '__proto__', { owner: 'x' });
    expect(Object.keys(doc.metadata as Json)).toContain('__proto__');
    expect(validate(doc)).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ keyword: 'additionalProperties', instancePath: '/metadata', params: { additionalProperty: '__proto__' } }),
    );
  });

  it('reports a missing owner on a Standard as required, but not on an Organization', () => {
    const std = compile('standard.schema.json');
    expect(std(variant(standard, (d) => delete d.metadata.owner))).toBe(false);
    expect(std.errors).toContainEqual(
      expect.objectContaining({ keyword: 'required', instancePath: '/metadata', params: { missingProperty: 'owner' } }),
    );
    expect(compile('organization.schema.json')(minimal.organization)).toBe(true);
  });

  it('reports an unknown property with its name', () => {
    const validate = compile('standard.schema.json');
    expect(validate(variant(standard, (d) => (d.spec.steps[0].owner = 'x')))).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ keyword: 'additionalProperties', instancePath: '/spec/steps/0', params: { additionalProperty: 'owner' } }),
    );
  });

  it('accepts every RACI combination without repeats and rejects repeats', () => {
    const validate = compile('responsibility-matrix.schema.json');
    const letters = ['R', 'A', 'C', 'I'];
    const perms = (rest: string[]): string[] =>
      rest.flatMap((l, i) => [l, ...perms([...rest.slice(0, i), ...rest.slice(i + 1)]).map((p) => l + p)]);
    const all = new Set(perms(letters));
    expect(all.size).toBe(4 + 12 + 24 + 24);
    const withValue = (v: string) => variant(matrix, (d) => (d.spec.activities[0].raci = { 'hq-ops-director': v }));
    for (const v of all) expect(validate(withValue(v)), v).toBe(true);
    for (const v of ['RR', 'AA', 'RAR', 'CIC', 'X', '', 'R ', 'AR,C', 'RACIR']) expect(validate(withValue(v)), v).toBe(false);
  });

  it('gives defaults where MODEL.md states them', () => {
    const cfg = load('stdkit-config.schema.json') as any;
    expect(cfg.properties.include.default).toEqual(['**/*.yaml', '**/*.yml']);
    expect(cfg.properties.exclude.default).toEqual(['node_modules/**', 'dist/**']);
    expect(cfg.properties.render.properties.out.default).toBe('dist/manual');
    for (const f of FILES.slice(0, 5)) {
      expect((load(f) as any).properties.metadata.properties.status.default, f).toBe('draft');
    }
  });
});
