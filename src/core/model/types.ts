// The document model of MODEL.md as TypeScript types. Field names are a contract.

export const KINDS = ['Organization', 'Standard', 'ResponsibilityMatrix', 'DataDictionary', 'RolloutPlan'] as const;
export type Kind = (typeof KINDS)[number];
export const API_VERSION = 'stdkit/v1';

export type Status = 'draft' | 'pilot' | 'active' | 'deprecated';

/** A path into a document: property names and list indexes, e.g. ['spec', 'steps', 2, 'responsible']. */
export type DocPath = ReadonlyArray<string | number>;

export interface Position {
  line: number; // 1-based
  column: number; // 1-based, in UTF-16 code units of the line (BOM removed)
  endLine?: number;
  endColumn?: number;
}

export interface Metadata {
  id: string;
  title: string;
  version: string;
  owner?: string;
  status?: Status;
  effective?: string;
  supersedes?: string;
  reviewed?: string;
  tags?: string[];
  description?: string;
}

export interface Region { code: string; name: string; status?: 'active' | 'planned'; notes?: string }
export interface Role { id: string; name: string; level: 'hq' | 'region'; description?: string }
export interface NamedItem { id: string; name: string; description?: string }

export interface OrganizationSpec {
  regions: Region[];
  roles: Role[];
  systems?: NamedItem[];
  forms?: NamedItem[];
}

export interface Step {
  id: string;
  name: string;
  action?: string;
  responsible: string;
  inputs?: string[];
  outputs?: string[];
  sla?: string;
  next?: string[];
}

export interface Variant {
  region: string;
  reason?: string;
  until?: string;
  steps?: Array<Partial<Step> & { id: string }>;
}

export interface StandardSpec {
  purpose?: string;
  regions?: 'all' | string[];
  steps: Step[];
  kpis?: string[];
  variants?: Variant[];
  faq?: Array<{ q: string; a: string }>;
}

export interface Activity {
  id: string;
  name: string;
  standard?: string;
  step?: string;
  raci: Record<string, string>;
  sla?: string;
}

export interface MatrixSpec {
  roles: string[];
  activities: Activity[];
  boundaries?: Array<{ topic: string; owner: string; notes?: string }>;
}

export interface Field {
  id: string;
  name: string;
  type: 'string' | 'integer' | 'decimal' | 'currency' | 'date' | 'datetime' | 'boolean' | 'enum';
  pattern?: string;
  example?: unknown;
  values?: string[];
  definition?: string;
  source?: string;
}

export interface Kpi { target: number; alertBelow?: number; weight?: number }

export interface Metric {
  id: string;
  name: string;
  unit: string;
  period: 'day' | 'week' | 'month' | 'quarter' | 'year';
  definition?: string;
  taxIncluded?: boolean;
  returnsDeducted?: boolean;
  kpi?: Kpi;
}

export interface Report {
  id: string;
  name: string;
  metrics: string[];
  frequency: 'daily' | 'weekly' | 'monthly' | 'quarterly';
  due?: string;
  submittedBy?: string;
  receivedBy?: string;
}

export interface Interface {
  id: string;
  from: string;
  to: string;
  format?: string;
  fields?: string[];
  schedule?: string;
}

export interface DictionarySpec {
  fields?: Field[];
  metrics?: Metric[];
  reports?: Report[];
  interfaces?: Interface[];
}

export interface Phase {
  id: string;
  type: 'pilot' | 'rollout';
  regions: string[];
  start: string;
  end: string;
  owner?: string;
  resources?: string[];
  exitCriteria?: string[];
}

export interface RolloutSpec {
  goal: string;
  objectives?: Array<{ metric: string; target: number; by?: string }>;
  standards?: string[];
  team?: { lead: string; members?: string[] };
  phases: Phase[];
  training?: { assessment?: string; required?: boolean };
}

export interface SpecByKind {
  Organization: OrganizationSpec;
  Standard: StandardSpec;
  ResponsibilityMatrix: MatrixSpec;
  DataDictionary: DictionarySpec;
  RolloutPlan: RolloutSpec;
}

/** A document as written, after it passed its kind's schema. */
export interface Doc<K extends Kind = Kind> {
  apiVersion: typeof API_VERSION;
  kind: K;
  metadata: Metadata;
  spec: SpecByKind[K];
}

export interface StdkitConfig {
  manual: { title: string; version: string; language?: 'zh-CN' | 'en'; organization?: string };
  include: string[];
  exclude: string[];
  render: { out: string; formats: Array<'markdown' | 'html'> };
  release: { tagPrefix: string; changelog: string };
  rules: Record<string, 'error' | 'warn' | 'off'>;
  review?: { interval?: string };
}
