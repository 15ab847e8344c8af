// `stdkit new <kind> <id>`: a skeleton document in the conventional folder, owner and region
// taken from the repository so that it lints clean as written.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { ID_PATTERN, KIND_INFO, parseKind, titleFromId } from '../core/scaffold/kinds.js';
import { SCHEMA_DIR } from '../core/scaffold/repo-files.js';
import { skeleton } from '../core/scaffold/skeleton.js';
import type { RepoIndex } from '../core/model/index-repo.js';
import { KINDS, type Kind } from '../core/model/types.js';
import { StdkitError, UsageError } from '../errors.js';
import { localToday } from './lint.js';
import { loadRepository } from './load.js';
import { makeDirs } from '../adapters/make-dirs.js';

export interface NewOptions {
  cwd: string;
  kind: string;
  id: string;
  title?: string;
  owner?: string;
  today?: string;
}

export interface NewResult {
  kind: Kind;
  /** absolute path of the new file */
  file: string;
  /** repository-relative, '/' separators */
  rel: string;
  owner: string;
}

type Rec = Record<string, unknown>;

/** the first hq role of the organization; else the owner most documents have */
export function defaultOwner(index: RepoIndex): string | undefined {
  for (const r of index.roles.values()) if ((r.value as Rec).level === 'hq') return (r.value as Rec).id as string;
  const counts = new Map<string, number>();
  for (const d of index.valid()) if (d.data.metadata.owner) counts.set(d.data.metadata.owner, (counts.get(d.data.metadata.owner) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? index.roles.keys().next().value;
}

function defaultRegion(index: RepoIndex): string | undefined {
  for (const r of index.regions.values()) if ((r.value as Rec).status !== 'planned') return (r.value as Rec).code as string;
  return index.regions.keys().next().value;
}

/** the repository's own copy of the schema, else the installed package's, else its published URL */
function schemaRef(root: string, fileDir: string, schema: string): string {
  for (const candidate of [join(root, SCHEMA_DIR, schema), join(root, 'node_modules/stdkit/schemas', schema)]) {
    if (existsSync(candidate)) return relative(fileDir, candidate).split(sep).join('/');
  }
  return `https://stdkit.dev/schemas/v1/${schema}`;
}

export async function newDocument(opts: NewOptions): Promise<NewResult> {
  const kind = parseKind(opts.kind);
  if (!kind) throw new UsageError(`unknown kind "${opts.kind}"`, `use one of ${KINDS.join(', ')} (or org, standard, matrix, dictionary, rollout)`);
  if (!ID_PATTERN.test(opts.id)) {
    throw new UsageError(`"${opts.id}" is not a valid id: ids are lowercase ASCII letters, digits and hyphens, starting with a letter (^[a-z][a-z0-9-]*$)`, `e.g. ${opts.id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^[^a-z]+/, '') || 'order-fulfilment'}`);
  }
  const repo = await loadRepository(opts.cwd);
  const { index, root, config } = repo;
  const taken = index.document(kind, opts.id);
  if (taken) throw new StdkitError(`${kind} "${opts.id}" already exists in ${taken.file}`, { hint: 'choose another id, or edit that document' });
  if (kind === 'Organization') {
    const org = index.docs.find((d) => d.kind === 'Organization');
    if (org) throw new StdkitError(`the repository already has an Organization ("${org.id ?? '?'}" in ${org.file})`, { hint: 'a repository has exactly one Organization: add regions and roles to it' });
    const named = config.manual.organization;
    if (named !== undefined && named !== opts.id) throw new UsageError(`stdkit.yaml names the organization "${named}", not "${opts.id}"`, `run stdkit new Organization ${named}, or change manual.organization`);
  }
  const info = KIND_INFO[kind];
  const rel = `${info.folder}/${opts.id}.yaml`;
  const file = join(root, info.folder, `${opts.id}.yaml`);
  if (existsSync(file)) throw new StdkitError(`${rel} already exists`, { hint: 'choose another id, or edit that file' });
  const owner = opts.owner ?? (kind === 'Organization' ? undefined : defaultOwner(index)) ?? 'hq-ops-director';
  const text = skeleton({
    kind,
    id: opts.id,
    title: opts.title ?? titleFromId(opts.id),
    owner,
    region: defaultRegion(index) ?? 'HQ',
    today: opts.today ?? localToday(),
    schemaRef: schemaRef(root, dirname(file), info.schema),
  });
  makeDirs(dirname(file));
  writeFileSync(file, text, { flag: 'wx' });
  return { kind, file, rel, owner };
}
