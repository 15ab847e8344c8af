// Ids → names and link targets. Only what the manual renders gets a target, so no link dangles.
import type { Doc, Kind, Metric } from '../model/types.js';
import type { Ref } from './types.js';

export const PAGE_DIR: Record<Kind, string> = {
  Organization: 'organization',
  Standard: 'standards',
  ResponsibilityMatrix: 'matrices',
  DataDictionary: 'dictionaries',
  RolloutPlan: 'rollouts',
};
const DOC_PREFIX: Record<Kind, string> = {
  Organization: 'org',
  Standard: 'standard',
  ResponsibilityMatrix: 'matrix',
  DataDictionary: 'dictionary',
  RolloutPlan: 'rollout',
};
export const ROLES_PAGE = 'roles';

/** An HTML id from ids: only safe characters; '.' joins parts (ids never contain it). */
/** the file `stdkit kpi --format html` writes into the manual's html folder, and the manual links to */
export const KPI_DASHBOARD_FILE = 'kpi.html';

export function anchorOf(prefix: string, ...ids: string[]): string {
  return [prefix, ...ids].map((s) => s.replace(/[^A-Za-z0-9_-]/g, '_')).join('.');
}

export function docPage(kind: Kind, id: string): string {
  return `${PAGE_DIR[kind]}/${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export function docAnchor(kind: Kind, id: string): string {
  return anchorOf(DOC_PREFIX[kind], id);
}

export class Resolver {
  readonly roles = new Map<string, Ref & { level?: string }>();
  readonly regions = new Map<string, Ref>();
  readonly systems = new Map<string, Ref>();
  readonly forms = new Map<string, Ref>();
  readonly fields = new Map<string, Ref>();
  readonly metrics = new Map<string, Ref & { data: Metric }>();
  readonly reports = new Map<string, Ref>();
  readonly docs = new Map<string, Ref>();
  readonly steps = new Map<string, Ref>();

  constructor(docs: readonly Doc[]) {
    for (const d of docs) {
      const page = docPage(d.kind, d.metadata.id);
      set(this.docs, `${d.kind}/${d.metadata.id}`, { name: d.metadata.title, page, anchor: docAnchor(d.kind, d.metadata.id) });
      if (d.kind === 'Organization') {
        const s = (d as Doc<'Organization'>).spec;
        for (const r of s.regions) set(this.regions, r.code, { name: r.name, page, anchor: anchorOf('region', r.code) });
        for (const r of s.roles) set(this.roles, r.id, { name: r.name, page, anchor: anchorOf('role', r.id), level: r.level });
        for (const x of s.systems ?? []) set(this.systems, x.id, { name: x.name, page, anchor: anchorOf('system', x.id) });
        for (const x of s.forms ?? []) set(this.forms, x.id, { name: x.name, page, anchor: anchorOf('form', x.id) });
      } else if (d.kind === 'DataDictionary') {
        const s = (d as Doc<'DataDictionary'>).spec;
        for (const x of s.fields ?? []) set(this.fields, x.id, { name: x.name, page, anchor: anchorOf('field', x.id) });
        for (const x of s.metrics ?? []) set(this.metrics, x.id, { name: x.name, page, anchor: anchorOf('metric', x.id), data: x });
        for (const x of s.reports ?? []) set(this.reports, x.id, { name: x.name, page, anchor: anchorOf('report', x.id) });
      } else if (d.kind === 'Standard') {
        for (const st of (d as Doc<'Standard'>).spec.steps) {
          set(this.steps, `${d.metadata.id}/${st.id}`, { name: st.name, page, anchor: anchorOf('step', d.metadata.id, st.id) });
        }
      }
    }
  }

  doc(kind: Kind, id: string): Ref {
    return this.docs.get(`${kind}/${id}`) ?? { name: id };
  }
  role(id: string): Ref {
    const r = this.roles.get(id);
    return r ? { name: r.name, page: r.page, anchor: r.anchor } : { name: id };
  }
  roleLevel(id: string): string | undefined {
    return this.roles.get(id)?.level;
  }
  /** the role's entry in the per-role index */
  job(id: string): Ref {
    return { name: this.roles.get(id)?.name ?? id, page: ROLES_PAGE, anchor: anchorOf('job', id) };
  }
  region(code: string): Ref {
    return this.regions.get(code) ?? { name: code };
  }
  system(id: string): Ref {
    return this.systems.get(id) ?? { name: id };
  }
  field(id: string): Ref {
    return this.fields.get(id) ?? { name: id };
  }
  metric(id: string): Ref {
    const m = this.metrics.get(id);
    return m ? { name: m.name, page: m.page, anchor: m.anchor } : { name: id };
  }
  metricData(id: string): Metric | undefined {
    return this.metrics.get(id)?.data;
  }
  report(id: string): Ref {
    return this.reports.get(id) ?? { name: id };
  }
  step(standard: string, step: string): Ref {
    return this.steps.get(`${standard}/${step}`) ?? { name: step };
  }
  /** a step input or output: a form, a system, or free text */
  io(text: string): Ref {
    return this.forms.get(text) ?? this.systems.get(text) ?? { name: text };
  }
}

function set<T>(m: Map<string, T>, key: string, value: T): void {
  if (!m.has(key)) m.set(key, value);
}
