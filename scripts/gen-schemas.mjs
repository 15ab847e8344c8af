#!/usr/bin/env node
// Generates the JSON Schemas (draft 2020-12) of stdkit's document kinds and of stdkit.yaml
// into schemas/. The shared envelope and definitions are written once here and copied into
// the `$defs` of every schema, because editors (the YAML language server) load one schema
// file per document and must not need cross-file `$ref`s.
//
//   node scripts/gen-schemas.mjs          write schemas/*.schema.json
//   node scripts/gen-schemas.mjs --check  exit 1 if a file in schemas/ is not up to date
//
// Plain JavaScript, no dependencies. Do not edit the generated files by hand.

import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
const BASE = 'https://stdkit.dev/schemas/v1/';

// ---------------------------------------------------------------------------------------------
// Patterns

const ID = '^[a-z][a-z0-9-]*$';
const REGION = '^[A-Z][A-Z0-9]{1,5}$';
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
// Semantic Versioning 2.0.0, https://semver.org/#is-there-a-suggested-regular-expression-regex-to-check-a-semver-string
const SEMVER =
  '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)' +
  '(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?' +
  '(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$';
// A letter combination of R, A, C and I, each at most once, in any order.
const RACI = '^(?!.*(.).*\\1)[RACI]+$';
const DURATION_TEXT = 'Duration: <n>h, <n>d (calendar days), <n>bd (business days) or <n>w, e.g. 24h, 2bd';

// ---------------------------------------------------------------------------------------------
// Small builders. `title` is derived from the property name when not given.

const humanize = (key) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .replace(/^./, (c) => c.toUpperCase());

/** An object schema; `props` maps names to [description, schema] or to a schema that has a description. */
function obj(description, props, required = [], extra = {}) {
  const properties = {};
  for (const [key, value] of Object.entries(props)) {
    const [desc, schema] = Array.isArray(value) ? value : [value.description, value];
    if (!desc) throw new Error(`no description for property ${key}`);
    properties[key] = { title: schema.title ?? humanize(key), ...schema, description: desc };
  }
  for (const key of required) if (!(key in properties)) throw new Error(`required ${key} is not a property`);
  return {
    type: 'object',
    description,
    ...extra,
    properties,
    ...(required.length ? { required } : {}),
    additionalProperties: false,
  };
}

const ref = (name) => ({ $ref: `#/$defs/${name}` });
const str = (extra = {}) => ({ type: 'string', ...extra });
const text = () => ({ type: 'string', minLength: 1 });
const markdown = () => ({ type: 'string' });
const arr = (items, extra = {}) => ({ type: 'array', items, ...extra });
const idList = (what) => arr({ ...ref('id'), description: what });

// ---------------------------------------------------------------------------------------------
// Shared definitions (each schema receives the ones it uses).

const SHARED_DEFS = {
  id: {
    type: 'string',
    title: 'Id',
    description: 'Identifier: lowercase ASCII letters, digits and hyphens, starting with a letter (e.g. order-fulfilment).',
    pattern: ID,
  },
  roleId: {
    type: 'string',
    title: 'Role id',
    description: 'Id of a role declared in the Organization document (spec.roles), e.g. hq-ops-director.',
    pattern: ID,
  },
  regionCode: {
    type: 'string',
    title: 'Region code',
    description: 'Region code declared in the Organization document: an uppercase letter then 1-5 uppercase letters or digits, e.g. EC.',
    pattern: REGION,
  },
  date: {
    type: 'string',
    title: 'Date',
    description: 'Calendar date YYYY-MM-DD, e.g. 2026-01-15.',
    pattern: DATE,
  },
  semver: {
    type: 'string',
    title: 'Version',
    description: 'Semantic version MAJOR.MINOR.PATCH with optional -prerelease and +build, e.g. 1.2.0 or 2.0.0-rc.1.',
    pattern: SEMVER,
  },
  duration: {
    type: 'string',
    title: 'Duration',
    description: `${DURATION_TEXT}. Checked by the lint rules.`,
  },
};

/** Collects the `$defs` names a schema references, transitively. */
function usedDefs(node, defs, found = new Set()) {
  if (Array.isArray(node)) {
    for (const item of node) usedDefs(item, defs, found);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/$defs/')) {
        const name = value.slice('#/$defs/'.length);
        if (!found.has(name)) {
          if (!defs[name]) throw new Error(`unknown $def ${name}`);
          found.add(name);
          usedDefs(defs[name], defs, found);
        }
      } else {
        usedDefs(value, defs, found);
      }
    }
  }
  return found;
}

/** A complete, self-contained schema: root properties plus the `$defs` it uses (sorted). */
function schemaFile(file, title, description, root, ownDefs = {}) {
  const defs = { ...SHARED_DEFS, ...ownDefs };
  const used = [...usedDefs(root, defs)].sort();
  const $defs = {};
  for (const name of used) $defs[name] = defs[name];
  return {
    $schema: DRAFT,
    $id: BASE + file,
    title,
    description,
    ...root,
    ...(used.length ? { $defs } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// The envelope

const STATUS_DESC =
  'Lifecycle status: draft (being written), pilot (tried in pilot regions), active (in force) or deprecated (being retired). Default draft.';

function metadata(ownerRequired) {
  return obj(
    'Identity, version and lifecycle of the document.',
    {
      id: [
        'Document id, unique within its kind in the repository: ^[a-z][a-z0-9-]*$, e.g. customer-development.',
        ref('id'),
      ],
      title: ['Human-readable title, any language, e.g. 客户开发流程.', text()],
      version: [
        "The document's own semantic version (e.g. 1.2.0); bumped by `stdkit release` when the document changed.",
        ref('semver'),
      ],
      owner: [
        ownerRequired
          ? 'Role id (from Organization spec.roles) accountable for this document. Required.'
          : 'Role id (from spec.roles) accountable for this document. Optional on an Organization.',
        ref('roleId'),
      ],
      status: [STATUS_DESC, { type: 'string', enum: ['draft', 'pilot', 'active', 'deprecated'], default: 'draft' }],
      effective: ['Date this version takes effect, YYYY-MM-DD.', ref('date')],
      supersedes: ['Id of the document of the same kind that this one replaces.', ref('id')],
      reviewed: ['Date of the last review of this document, YYYY-MM-DD.', ref('date')],
      tags: ['Free keywords used to group and search documents, e.g. [sales].', arr({ type: 'string', minLength: 1, description: 'A tag.' })],
      description: ['Longer description of the document (Markdown).', markdown()],
    },
    ownerRequired ? ['id', 'title', 'version', 'owner'] : ['id', 'title', 'version'],
  );
}

function kindSchema(file, kind, title, description, spec, ownDefs) {
  const root = obj(
    description,
    {
      apiVersion: ['API version of the stdkit document model. Always stdkit/v1.', { type: 'string', const: 'stdkit/v1', title: 'API version' }],
      kind: [`Kind of document. Always ${kind} for this schema.`, { type: 'string', const: kind }],
      metadata: ['Document identity: id, title, version, owner and lifecycle status.', metadata(kind !== 'Organization')],
      spec: [spec.description, spec],
    },
    ['apiVersion', 'kind', 'metadata', 'spec'],
  );
  delete root.description; // set on the schema itself
  return schemaFile(file, title, description, root, ownDefs);
}

// ---------------------------------------------------------------------------------------------
// Organization

const organization = kindSchema(
  'organization.schema.json',
  'Organization',
  'stdkit Organization',
  'An stdkit Organization document: the regions, roles, systems and forms that the other documents refer to.',
  obj(
    'Regions, roles, systems and forms of the organization.',
    {
      regions: [
        'Regions where the business operates; standards, variants and rollout phases refer to their codes.',
        arr(
          obj(
            'A region.',
            {
              code: ['Region code: ^[A-Z][A-Z0-9]{1,5}$, e.g. EC.', { type: 'string', pattern: REGION }],
              name: ['Display name of the region, e.g. 华东.', text()],
              status: ['active (operating) or planned (not yet operating).', { type: 'string', enum: ['active', 'planned'] }],
              notes: ['Free notes about the region (Markdown), e.g. pilot region.', markdown()],
            },
            ['code', 'name'],
          ),
          { minItems: 1 },
        ),
      ],
      roles: [
        'Roles at headquarters and in regions; owners, responsible roles and RACI columns refer to their ids.',
        arr(
          obj(
            'A role.',
            {
              id: ['Role id: ^[a-z][a-z0-9-]*$, e.g. regional-sales-manager.', ref('id')],
              name: ['Display name of the role, e.g. 区域销售经理.', text()],
              level: ['hq (headquarters) or region (regional team).', { type: 'string', enum: ['hq', 'region'] }],
              description: ['What the role does (Markdown).', markdown()],
            },
            ['id', 'name', 'level'],
          ),
          { minItems: 1 },
        ),
      ],
      systems: [
        'IT systems (ERP, CRM, ...) that steps use and data fields come from.',
        arr({ ...ref('namedItem'), description: 'A system.' }),
      ],
      forms: [
        'Forms and documents that steps produce or consume.',
        arr({ ...ref('namedItem'), description: 'A form.' }),
      ],
    },
    ['regions', 'roles'],
  ),
  {
    namedItem: obj(
      'An item with an id and a display name.',
      {
        id: ['Id: ^[a-z][a-z0-9-]*$, e.g. erp or customer-needs-survey.', ref('id')],
        name: ['Display name, e.g. ERP or 客户需求调研表.', text()],
        description: ['Longer description (Markdown).', markdown()],
      },
      ['id', 'name'],
    ),
  },
);
organization.$defs.namedItem.title = 'Named item';

// ---------------------------------------------------------------------------------------------
// Standard

const STEP_PROPS = {
  id: ['Step id, unique within the standard: ^[a-z][a-z0-9-]*$, e.g. lead-capture.', ref('id')],
  name: ['Display name of the step, e.g. 客户线索获取.', text()],
  action: ['The standard action: what is done in this step (Markdown).', markdown()],
  responsible: ['The one role id responsible for the step (from Organization spec.roles).', ref('roleId')],
  inputs: [
    'What the step consumes: form ids, system ids or free text.',
    arr({ type: 'string', minLength: 1, description: 'A form id, system id or free text.' }),
  ],
  outputs: [
    'What the step produces: form ids, system ids or free text.',
    arr({ type: 'string', minLength: 1, description: 'A form id, system id or free text.' }),
  ],
  sla: [`Time limit of the step. ${DURATION_TEXT}.`, ref('duration')],
  next: [
    'Ids of the steps that follow; omitted means the next step in the list, [] ends the flow.',
    arr({ ...ref('id'), description: 'Id of a step of this standard.' }),
  ],
};

const standard = kindSchema(
  'standard.schema.json',
  'Standard',
  'stdkit Standard',
  'An stdkit Standard document: one end-to-end process with its steps, responsible roles, SLAs and regional variants.',
  obj(
    'The process: purpose, regions, steps, KPIs, regional variants and FAQ.',
    {
      purpose: ['Why the standard exists and what it achieves (Markdown).', markdown()],
      regions: [
        'Where the standard applies: "all" or a list of region codes, e.g. [EC, SC].',
        {
          anyOf: [
            { type: 'string', const: 'all', description: 'Every region of the organization.' },
            arr({ ...ref('regionCode'), description: 'A region code.' }, { minItems: 1, uniqueItems: true, description: 'Region codes.' }),
          ],
        },
      ],
      steps: ['The steps; the list order is the normal flow. At least one.', arr(ref('step'), { minItems: 1 })],
      kpis: ['Ids of metrics (from a DataDictionary) that measure this standard.', idList('A metric id.')],
      variants: [
        'Regional deviations from the baseline, e.g. a pilot region trying a looser time limit.',
        arr(
          obj(
            'A regional variant.',
            {
              region: ['Region code the variant applies to; the standard must cover it.', ref('regionCode')],
              reason: ['Why the region deviates (Markdown).', markdown()],
              until: ['Date YYYY-MM-DD after which the variant is stale and should be removed or adopted.', ref('date')],
              steps: [
                "Step overrides: each names an existing step id and the fields that replace the baseline's for that region.",
                arr(
                  obj('Overrides of one baseline step; only id is required.', STEP_PROPS, ['id']),
                ),
              ],
            },
            ['region'],
          ),
        ),
      ],
      faq: [
        'Frequently asked questions about the process.',
        arr(
          obj(
            'A question and its answer.',
            {
              q: ['The question.', text()],
              a: ['The answer (Markdown).', text()],
            },
            ['q', 'a'],
          ),
        ),
      ],
    },
    ['steps'],
  ),
  {
    step: { title: 'Step', ...obj('A step of the process.', STEP_PROPS, ['id', 'name', 'responsible']) },
  },
);
// Titles of the variant step items and the FAQ entries.
standard.properties.spec.properties.variants.items.properties.steps.items.title = 'Step override';

// ---------------------------------------------------------------------------------------------
// ResponsibilityMatrix

const matrix = kindSchema(
  'responsibility-matrix.schema.json',
  'ResponsibilityMatrix',
  'stdkit ResponsibilityMatrix',
  'An stdkit ResponsibilityMatrix document: RACI assignments per activity and the split of duties between HQ and regions.',
  obj(
    'The RACI matrix: role columns, activities and HQ/region boundaries.',
    {
      roles: [
        'Role ids that are the columns of the matrix.',
        arr({ ...ref('roleId'), description: 'A role id.' }, { minItems: 1, uniqueItems: true }),
      ],
      activities: [
        'The rows of the matrix: activities with their RACI assignment.',
        arr(
          obj(
            'An activity.',
            {
              id: ['Activity id, unique within the matrix: ^[a-z][a-z0-9-]*$.', ref('id')],
              name: ['Display name of the activity, e.g. 跨区域调货申请.', text()],
              standard: ['Optional id of the Standard this activity belongs to.', ref('id')],
              step: ['Optional id of a step of that Standard.', ref('id')],
              raci: [
                'RACI per role id: a combination of R (responsible), A (accountable), C (consulted), I (informed), each letter once, e.g. AR. Exactly one A and at least one R per activity.',
                {
                  type: 'object',
                  minProperties: 1,
                  propertyNames: { type: 'string', pattern: ID, description: 'A role id that is a column of the matrix.' },
                  additionalProperties: {
                    type: 'string',
                    pattern: RACI,
                    title: 'RACI letters',
                    description: 'Letters R, A, C, I, each at most once, in any order, e.g. R, AR, C, I.',
                  },
                },
              ],
              sla: [`Time limit of the activity. ${DURATION_TEXT}.`, ref('duration')],
            },
            ['id', 'name', 'raci'],
          ),
          { minItems: 1 },
        ),
      ],
      boundaries: [
        'The written split of duties between headquarters and regions.',
        arr(
          obj(
            'A topic and the role that owns it.',
            {
              topic: ['The topic or decision, e.g. 全国性政策制定.', text()],
              owner: ['Role id that owns the topic.', ref('roleId')],
              notes: ['Free notes (Markdown).', markdown()],
            },
            ['topic', 'owner'],
          ),
        ),
      ],
    },
    ['roles', 'activities'],
  ),
);

// ---------------------------------------------------------------------------------------------
// DataDictionary

const dictionary = kindSchema(
  'data-dictionary.schema.json',
  'DataDictionary',
  'stdkit DataDictionary',
  'An stdkit DataDictionary document: data fields, metrics with their statistical definitions and KPIs, reports and interfaces.',
  obj(
    'Fields, metrics, reports and interfaces shared by every region.',
    {
      fields: [
        'Data fields with the same definition everywhere.',
        arr(
          obj(
            'A data field.',
            {
              id: ['Field id, unique in the repository: ^[a-z][a-z0-9-]*$, e.g. customer-id.', ref('id')],
              name: ['Display name, e.g. 客户ID.', text()],
              type: [
                'Data type: string, integer, decimal, currency, date, datetime, boolean or enum.',
                { type: 'string', enum: ['string', 'integer', 'decimal', 'currency', 'date', 'datetime', 'boolean', 'enum'] },
              ],
              pattern: ["Regular expression (JavaScript syntax) that values must match, e.g. '^[A-Z]{2}-\\d{8}$'.", { type: 'string' }],
              example: [
                'An example value (string, number or boolean); must match pattern when one is given.',
                {
                  anyOf: [
                    { type: 'string', description: 'A text example.' },
                    { type: 'number', description: 'A numeric example.' },
                    { type: 'boolean', description: 'A boolean example.' },
                  ],
                },
              ],
              values: [
                'Allowed values of an enum field.',
                arr({ type: 'string', minLength: 1, description: 'An allowed value.' }, { minItems: 1, uniqueItems: true }),
              ],
              definition: ['What the field means and how it is built (Markdown).', markdown()],
              source: ['Id of the system the field comes from (Organization spec.systems).', ref('id')],
            },
            ['id', 'name', 'type'],
          ),
        ),
      ],
      metrics: [
        'Metrics with their statistical definition; KPIs are metrics with a target.',
        arr(
          obj(
            'A metric.',
            {
              id: ['Metric id, unique in the repository: ^[a-z][a-z0-9-]*$, e.g. order-sla-rate.', ref('id')],
              name: ['Display name, e.g. 订单处理时效达标率.', text()],
              unit: [
                'Unit: an ISO 4217 currency code (e.g. CNY) makes it a currency metric; otherwise ratio, count, hours, ...',
                text(),
              ],
              period: ['Aggregation period: day, week, month, quarter or year.', { type: 'string', enum: ['day', 'week', 'month', 'quarter', 'year'] }],
              definition: ['The statistical definition: what is counted and how (Markdown).', markdown()],
              taxIncluded: ['Whether amounts include tax. Required for currency metrics.', { type: 'boolean' }],
              returnsDeducted: ['Whether returns are deducted. Required for currency metrics.', { type: 'boolean' }],
              kpi: [
                'Makes the metric a KPI: target, alert threshold and weight.',
                obj(
                  'KPI settings.',
                  {
                    target: ['Target value, e.g. 0.95.', { type: 'number' }],
                    alertBelow: ['Alert when the value falls below this threshold; must be below target, e.g. 0.8.', { type: 'number' }],
                    weight: ['Weight of the KPI in a scorecard, from 0 to 1, e.g. 0.15.', { type: 'number', minimum: 0, maximum: 1 }],
                  },
                  ['target'],
                ),
              ],
            },
            ['id', 'name', 'unit', 'period'],
          ),
        ),
      ],
      reports: [
        'Recurring reports: which metrics, how often, due when, from whom to whom.',
        arr(
          obj(
            'A report.',
            {
              id: ['Report id: ^[a-z][a-z0-9-]*$, e.g. weekly-sales.', ref('id')],
              name: ['Display name, e.g. 销售数据周报.', text()],
              metrics: ['Ids of the metrics the report contains.', arr({ ...ref('id'), description: 'A metric id.' }, { minItems: 1 })],
              frequency: ['How often: daily, weekly, monthly or quarterly.', { type: 'string', enum: ['daily', 'weekly', 'monthly', 'quarterly'] }],
              due: [
                'When the report is due: a time for daily (12:00), weekday and time for weekly (MON 12:00), day of month for monthly (5).',
                { anyOf: [{ type: 'string' }, { type: 'integer' }] },
              ],
              submittedBy: ['Role id that submits the report.', ref('roleId')],
              receivedBy: ['Role id that receives the report.', ref('roleId')],
            },
            ['id', 'name', 'metrics', 'frequency'],
          ),
        ),
      ],
      interfaces: [
        'Data interfaces between systems.',
        arr(
          obj(
            'An interface.',
            {
              id: ['Interface id: ^[a-z][a-z0-9-]*$, e.g. erp-crm-customer.', ref('id')],
              from: ['Id of the source system.', ref('id')],
              to: ['Id of the target system.', ref('id')],
              format: ['Data format, e.g. json, csv, xml.', text()],
              fields: ['Ids of the fields carried.', idList('A field id.')],
              schedule: ['When data moves, e.g. realtime, hourly, daily 02:00.', text()],
            },
            ['id', 'from', 'to'],
          ),
        ),
      ],
    },
  ),
);

// ---------------------------------------------------------------------------------------------
// RolloutPlan

const rollout = kindSchema(
  'rollout-plan.schema.json',
  'RolloutPlan',
  'stdkit RolloutPlan',
  'An stdkit RolloutPlan document: the goal, a pilot in one or two regions, then rollout waves region by region.',
  obj(
    'Goal, objectives, standards, team, phases and training of the rollout.',
    {
      goal: ['What the rollout must achieve, measurably, e.g. 3个月内完成华东区域销售流程标准化.', text()],
      objectives: [
        'Measurable objectives: a metric, its target and a deadline.',
        arr(
          obj(
            'An objective.',
            {
              metric: ['Id of a metric from a DataDictionary.', ref('id')],
              target: ['Target value of the metric, e.g. 0.95.', { type: 'number' }],
              by: ['Deadline YYYY-MM-DD.', ref('date')],
            },
            ['metric', 'target'],
          ),
        ),
      ],
      standards: ['Ids of the Standards rolled out.', idList('A standard id.')],
      team: [
        'The rollout team.',
        obj(
          'Lead and members.',
          {
            lead: ['Role id leading the rollout.', ref('roleId')],
            members: ['Role ids of the team members.', arr({ ...ref('roleId'), description: 'A role id.' })],
          },
          ['lead'],
        ),
      ],
      phases: [
        'Phases in order: pilot phases first, then rollout waves.',
        arr(
          obj(
            'A phase.',
            {
              id: ['Phase id: ^[a-z][a-z0-9-]*$, e.g. pilot-sc.', ref('id')],
              type: ['pilot (trial in a few regions) or rollout (a wave).', { type: 'string', enum: ['pilot', 'rollout'] }],
              regions: ['Region codes covered by the phase.', arr({ ...ref('regionCode'), description: 'A region code.' }, { minItems: 1, uniqueItems: true })],
              start: ['First day of the phase, YYYY-MM-DD.', ref('date')],
              end: ['Last day of the phase, YYYY-MM-DD; not before start.', ref('date')],
              owner: ['Role id that owns the phase.', ref('roleId')],
              resources: ['Resources needed, free text, e.g. 系统权限开通.', arr({ type: 'string', minLength: 1, description: 'A resource.' })],
              exitCriteria: ['Conditions to leave the phase, free text.', arr({ type: 'string', minLength: 1, description: 'A criterion.' }), ],
            },
            ['id', 'type', 'regions', 'start', 'end'],
          ),
          { minItems: 1 },
        ),
      ],
      training: [
        'Training that accompanies the rollout.',
        obj(
          'Training settings.',
          {
            assessment: ['The assessment people take, e.g. 订单流程操作测试.', text()],
            required: ['Whether the training is mandatory.', { type: 'boolean' }],
          },
        ),
      ],
    },
    ['goal', 'phases'],
  ),
);
rollout.properties.spec.properties.phases.items.properties.exitCriteria.title = 'Exit criteria';

// ---------------------------------------------------------------------------------------------
// stdkit.yaml

const configRoot = obj(
  'Settings of the standards repository.',
  {
    $schema: ['Optional URL or path of this JSON Schema, for editors.', { type: 'string', title: 'Schema' }],
    manual: [
      'The manual: title, version, language and organization.',
      obj(
        'Manual settings.',
        {
          title: ['Title of the manual, any language, e.g. 跨区域业务运营标准化手册.', text()],
          version: ['Semantic version of the manual, e.g. 1.3.0; bumped by `stdkit release`.', ref('semver')],
          language: ['Language of the labels of the rendered manual: zh-CN or en.', { type: 'string', enum: ['zh-CN', 'en'] }],
          organization: ['Id of the Organization document.', ref('id')],
        },
        ['title', 'version'],
      ),
    ],
    include: [
      'Glob patterns of the YAML files read as documents, relative to the repository root.',
      arr({ type: 'string', minLength: 1, description: 'A glob, e.g. **/*.yaml.' }, { default: ['**/*.yaml', '**/*.yml'] }),
    ],
    exclude: [
      'Glob patterns of files never read as documents.',
      arr({ type: 'string', minLength: 1, description: 'A glob, e.g. dist/**.' }, { default: ['node_modules/**', 'dist/**'] }),
    ],
    render: [
      'Settings of `stdkit render`.',
      obj(
        'Render settings.',
        {
          out: ['Output folder of the rendered manual, relative to the repository root. Default dist/manual.', { type: 'string', minLength: 1, default: 'dist/manual' }],
          formats: [
            'Formats rendered: markdown and/or html.',
            arr({ type: 'string', enum: ['markdown', 'html'], description: 'markdown or html.' }, { minItems: 1, uniqueItems: true, default: ['markdown', 'html'] }),
          ],
        },
      ),
    ],
    release: [
      'Settings of `stdkit release`.',
      obj(
        'Release settings.',
        {
          tagPrefix: ['Prefix of release tags: v gives tags like v1.3.0. Default v.', { type: 'string', default: 'v' }],
          changelog: ['Path of the changelog file, relative to the repository root. Default CHANGELOG.md.', { type: 'string', minLength: 1, default: 'CHANGELOG.md' }],
        },
      ),
    ],
    rules: [
      'Severity per lint rule id: error, warn or off (see `stdkit lint --list-rules`).',
      {
        type: 'object',
        propertyNames: { type: 'string', pattern: ID, description: 'A lint rule id, e.g. raci-single-accountable.' },
        additionalProperties: {
          type: 'string',
          enum: ['error', 'warn', 'off'],
          title: 'Severity',
          description: 'error (fails lint), warn (reported) or off (not checked).',
        },
      },
    ],
    review: [
      'Periodic review of documents.',
      obj(
        'Review settings.',
        {
          interval: [
            `Maximum time between reviews of a document (metadata.reviewed). ${DURATION_TEXT}, e.g. 90d.`,
            { type: 'string', pattern: '^[1-9][0-9]*(h|d|bd|w)$' },
          ],
        },
      ),
    ],
  },
  ['manual'],
);
delete configRoot.description;
const config = schemaFile(
  'stdkit-config.schema.json',
  'stdkit.yaml',
  'Settings of an stdkit standards repository (stdkit.yaml at its root): the manual, which files are documents, rendering, releases, lint rule severities and reviews.',
  configRoot,
);

// ---------------------------------------------------------------------------------------------

export const SCHEMAS = {
  'organization.schema.json': organization,
  'standard.schema.json': standard,
  'responsibility-matrix.schema.json': matrix,
  'data-dictionary.schema.json': dictionary,
  'rollout-plan.schema.json': rollout,
  'stdkit-config.schema.json': config,
};

function main() {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
  const check = process.argv.includes('--check');
  let stale = 0;
  if (!check) mkdirSync(dir, { recursive: true });
  for (const [file, schema] of Object.entries(SCHEMAS)) {
    const path = join(dir, file);
    const content = JSON.stringify(schema, null, 2) + '\n';
    if (check) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== content) {
        console.error(`schemas/${file} is not up to date: run node scripts/gen-schemas.mjs`);
        stale++;
      }
    } else {
      writeFileSync(path, content);
      console.log(`wrote schemas/${file}`);
    }
  }
  if (stale) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
