// One file's bytes → recognised, schema-checked documents and located findings.
import type { ErrorObject } from 'ajv';
import { didYouMean } from '../suggest.js';
import { createLocator } from './locate.js';
import { schemaProblems } from './schema-messages.js';
import { decode, parseText, type LoadedDoc, type RawFinding } from './source.js';
import { API_VERSION, KINDS, type Kind } from './types.js';
import { isRec } from '../guards.js';

export interface ValidateFn {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export type Validators = Record<Kind, ValidateFn>;

export interface FileResult {
  file: string;
  docs: LoadedDoc[];
  /** every finding located (line and column set) */
  findings: RawFinding[];
  /** content hash of the file's bytes, set by the reader (for the lint cache) */
  hash?: string;
}


export function processFile(file: string, bytes: Uint8Array, validators: Validators): FileResult {
  const decoded = decode(file, bytes);
  if ('finding' in decoded) return { file, docs: [], findings: [decoded.finding] };
  return processText(file, decoded.text, validators);
}

export function processText(file: string, text: string, validators: Validators): FileResult {
  const parsed = parseText(file, text);
  const findings = parsed.findings;
  const docs: LoadedDoc[] = [];
  if (parsed.docs.length === 0 && findings.length === 0) {
    findings.push({
      rule: 'document-kind',
      file,
      path: [],
      line: 1,
      column: 1,
      message: 'empty file: it matches the include globs but holds no document; write a document or exclude the file in stdkit.yaml',
    });
  }
  parsed.docs.forEach((data, index) => {
    const doc: LoadedDoc = { file, index, data, valid: false };
    docs.push(doc);
    const problem = classify(doc);
    if (problem) {
      findings.push({ rule: 'document-kind', file, docIndex: index, ...problem });
      return;
    }
    const validate = validators[doc.kind!];
    if (validate(data)) {
      doc.valid = true;
      return;
    }
    for (const p of schemaProblems(validate.errors ?? [], data)) {
      findings.push({ rule: 'schema', file, docIndex: index, path: p.path, atKey: p.atKey, message: p.message });
    }
  });
  if (findings.some((f) => f.line === undefined)) {
    const locate = createLocator(text);
    for (const f of findings) {
      if (f.line !== undefined) continue;
      Object.assign(f, locate(f.docIndex ?? 0, f.path, f.atKey));
    }
  }
  return { file, docs, findings };
}

/** Recognises apiVersion and kind; sets doc.kind and doc.id, or says what is wrong. */
export function classify(doc: LoadedDoc): { path: Array<string | number>; message: string; atKey?: boolean } | undefined {
  const d = doc.data;
  if (!isRec(d)) {
    return {
      path: [],
      message: `a document must be a mapping with apiVersion, kind, metadata and spec, found ${Array.isArray(d) ? 'a list' : typeof d === 'string' ? 'text' : typeof d}; exclude the file in stdkit.yaml if it is not a stdkit document`,
    };
  }
  if (d.apiVersion !== API_VERSION) {
    return d.apiVersion === undefined
      ? { path: [], message: `missing "apiVersion: ${API_VERSION}": every stdkit document starts with it (exclude the file in stdkit.yaml if it is not a stdkit document)` }
      : { path: ['apiVersion'], message: `unknown apiVersion ${JSON.stringify(d.apiVersion)}: use "${API_VERSION}"` };
  }
  if (typeof d.kind !== 'string' || !(KINDS as readonly string[]).includes(d.kind)) {
    return d.kind === undefined
      ? { path: [], message: `missing "kind": use one of ${KINDS.join(', ')}` }
      : { path: ['kind'], message: `unknown kind ${JSON.stringify(d.kind)}${typeof d.kind === 'string' ? didYouMean(d.kind, KINDS) : ''}: use one of ${KINDS.join(', ')}` };
  }
  doc.kind = d.kind as Kind;
  const id = isRec(d.metadata) ? d.metadata.id : undefined;
  if (typeof id === 'string') doc.id = id;
  return undefined;
}
