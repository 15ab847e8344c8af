// The repository as rules see it: documents by kind and every id that can be referenced.
// Built defensively: a document that failed its schema still lends the ids it has,
// so one typo in the organization does not turn every role reference red.
import type { LoadedDoc } from './source.js';
import type { Doc, DocPath, Kind, StdkitConfig } from './types.js';
import { isRec, type Rec } from '../guards.js';

export interface Defined<T = unknown> {
  doc: LoadedDoc;
  path: DocPath;
  value: T;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export class RepoIndex {
  readonly docs: LoadedDoc[];
  readonly config?: StdkitConfig;
  readonly roles = new Map<string, Defined>();
  readonly regions = new Map<string, Defined>();
  readonly systems = new Map<string, Defined>();
  readonly forms = new Map<string, Defined>();
  readonly fields = new Map<string, Defined>();
  readonly metrics = new Map<string, Defined>();
  /** documents by kind, then id (the first one when ids repeat) */
  private readonly byKindId = new Map<Kind, Map<string, LoadedDoc>>();

  constructor(docs: LoadedDoc[], config?: StdkitConfig) {
    this.docs = docs;
    this.config = config;
    for (const doc of docs) {
      if (!doc.kind) continue;
      let m = this.byKindId.get(doc.kind);
      if (!m) this.byKindId.set(doc.kind, (m = new Map()));
      if (doc.id !== undefined && !m.has(doc.id)) m.set(doc.id, doc);
      const spec = isRec(doc.data) ? doc.data.spec : undefined;
      if (!isRec(spec)) continue;
      if (doc.kind === 'Organization') {
        this.collect(doc, spec, 'regions', 'code', this.regions);
        this.collect(doc, spec, 'roles', 'id', this.roles);
        this.collect(doc, spec, 'systems', 'id', this.systems);
        this.collect(doc, spec, 'forms', 'id', this.forms);
      } else if (doc.kind === 'DataDictionary') {
        this.collect(doc, spec, 'fields', 'id', this.fields);
        this.collect(doc, spec, 'metrics', 'id', this.metrics);
      }
    }
  }

  private collect(doc: LoadedDoc, spec: Rec, key: string, idKey: string, into: Map<string, Defined>): void {
    list(spec[key]).forEach((item, i) => {
      const id = isRec(item) ? item[idKey] : undefined;
      if (typeof id === 'string' && !into.has(id)) into.set(id, { doc, path: ['spec', key, i], value: item });
    });
  }

  /** valid documents of a kind, typed */
  ofKind<K extends Kind>(kind: K): Array<LoadedDoc & { data: Doc<K> }> {
    return this.docs.filter((d) => d.valid && d.kind === kind) as Array<LoadedDoc & { data: Doc<K> }>;
  }

  /** every valid document */
  valid(): Array<LoadedDoc & { data: Doc }> {
    return this.docs.filter((d) => d.valid) as Array<LoadedDoc & { data: Doc }>;
  }

  document(kind: Kind, id: string): LoadedDoc | undefined {
    return this.byKindId.get(kind)?.get(id);
  }

  ids(kind: Kind): string[] {
    return [...(this.byKindId.get(kind)?.keys() ?? [])];
  }

  /** step ids of a standard, when it is known */
  steps(standardId: string): Map<string, number> | undefined {
    const doc = this.document('Standard', standardId);
    const spec = doc && isRec(doc.data) ? doc.data.spec : undefined;
    if (!isRec(spec)) return undefined;
    const out = new Map<string, number>();
    list(spec.steps).forEach((s, i) => {
      if (isRec(s) && typeof s.id === 'string' && !out.has(s.id)) out.set(s.id, i);
    });
    return out;
  }
}
