// The whole manual as one view model: cover, what changed, contents, every document, the role index.
import type { RepoIndex } from '../model/index-repo.js';
import type { LoadedDoc } from '../model/source.js';
import type { Doc, Kind, StdkitConfig } from '../model/types.js';
import { UsageError } from '../../errors.js';
import { latestChanges } from './changelog.js';
import { labels, type Lang } from './i18n.js';
import { anchorOf, Resolver } from './refs.js';
import type { Manual, Ref } from './types.js';
import { viewContext } from './view-doc.js';
import { dictionaryView } from './view-dictionary.js';
import { matrixView, orgView, rolloutView, type Usage } from './view-org.js';
import { roleJobs } from './view-roles.js';
import { covers, standardView } from './view-standard.js';

export interface ManualOptions {
  lang?: Lang;
  /** region code: the manual as that region sees it */
  region?: string;
  /** cover date, YYYY-MM-DD */
  date: string;
  /** text of CHANGELOG.md, when there is one */
  changelog?: string;
  /** the KPI dashboard next to the HTML manual ("kpi.html"): KPI sections and the sidebar link to it */
  kpiDashboard?: string;
}

type Loaded<K extends Kind> = LoadedDoc & { data: Doc<K> };

const byFile = (a: LoadedDoc, b: LoadedDoc): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.index - b.index);

function push(m: Map<string, Ref[]>, key: string, ref: Ref): void {
  const list = m.get(key);
  if (!list) m.set(key, [ref]);
  else if (!list.includes(ref)) list.push(ref);
}

export function buildManual(index: RepoIndex, config: StdkitConfig, opts: ManualOptions): Manual {
  const lang: Lang = opts.lang ?? config.manual.language ?? 'zh-CN';
  const of = <K extends Kind>(k: K): Array<Loaded<K>> => index.ofKind(k).sort(byFile);
  const orgs = of('Organization');
  const region = opts.region;
  if (region !== undefined && !orgs.some((o) => o.data.spec.regions.some((r) => r.code === region))) {
    const known = orgs.flatMap((o) => o.data.spec.regions.map((r) => r.code));
    throw new UsageError(`unknown region "${region}"`, known.length ? `use one of: ${known.join(', ')}` : 'define regions in the Organization document');
  }
  const standards = of('Standard').filter((d) => region === undefined || covers(d.data, region));
  const matrices = of('ResponsibilityMatrix');
  const dictionaries = of('DataDictionary');
  const rollouts = of('RolloutPlan');
  const all: Array<Loaded<Kind>> = [...orgs, ...standards, ...matrices, ...dictionaries, ...rollouts];
  const res = new Resolver(all.map((d) => d.data));
  const ctx = { ...viewContext(lang, res, opts.date, region), dashboard: opts.kpiDashboard };
  const hasStandard = (id: string) => res.docs.has(`Standard/${id}`);

  const standardViews = standards.map((d) => standardView(ctx, d.data, d.file));
  const usage: Usage = new Map();
  const kpiUsers = new Map<string, Ref[]>();
  for (const [i, std] of standardViews.entries()) {
    for (const s of standards[i]!.data.spec.steps) for (const x of [...(s.inputs ?? []), ...(s.outputs ?? [])]) push(usage, String(x), res.step(std.id, s.id));
    for (const k of standards[i]!.data.spec.kpis ?? []) push(kpiUsers, k, std.ref);
  }
  const L = labels(lang);
  const manual: Manual = {
    lang,
    labels: L,
    title: config.manual.title,
    version: config.manual.version,
    date: opts.date,
    organization: config.manual.organization !== undefined && res.docs.has(`Organization/${config.manual.organization}`)
      ? res.doc('Organization', config.manual.organization)
      : orgs[0] && res.doc('Organization', orgs[0].data.metadata.id),
    region: region === undefined ? undefined : { code: region, name: res.region(region).name },
    changes: latestChanges(opts.changelog),
    dashboard: opts.kpiDashboard,
    toc: [],
    organizations: orgs.map((d) => orgView(ctx, d.data, d.file, usage)),
    standards: standardViews,
    matrices: matrices.map((d) => matrixView(ctx, d.data, d.file, hasStandard)),
    dictionaries: dictionaries.map((d) => dictionaryView(ctx, d.data, d.file, kpiUsers)),
    rollouts: rollouts.map((d) => rolloutView(ctx, d.data, d.file, hasStandard)),
    roles: [],
  };
  manual.roles = roleJobs(ctx, {
    organizations: orgs.map((d) => d.data),
    standards: standardViews,
    matrices: matrices.map((d) => d.data),
    dictionaries: dictionaries.map((d) => d.data),
    rollouts: rollouts.map((d) => d.data),
    all: all.map((d) => d.data),
  });
  const section = (title: string, key: string, items: Ref[]) => ({ title, anchor: anchorOf('section', key), items });
  manual.toc = [
    section(L.organization, 'organization', manual.organizations.map((d) => d.ref)),
    section(L.standards, 'standards', manual.standards.map((d) => d.ref)),
    section(L.matrices, 'matrices', manual.matrices.map((d) => d.ref)),
    section(L.dictionaries, 'dictionaries', manual.dictionaries.map((d) => d.ref)),
    section(L.rollouts, 'rollouts', manual.rollouts.map((d) => d.ref)),
  ].filter((s) => s.items.length > 0);
  return manual;
}
