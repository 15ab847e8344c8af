// Reads and checks many files at once: in this thread for small repositories, spread
// over worker threads for large ones (YAML parsing is the bulk of a lint run).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { processFile, type FileResult } from '../core/model/document.js';
import { validators } from '../core/model/validators.js';
import { hashBytes } from './cache.js';
import { readFailure, readSource } from './read-failure.js';

const BATCH = 40;
const WORKER_THRESHOLD = 150;

function workerUrl(): URL {
  const sibling = new URL('./parse-worker.js', import.meta.url);
  // under the test runner this module is TypeScript source; the worker runs from the build
  return existsSync(fileURLToPath(sibling)) ? sibling : new URL('../../dist/adapters/parse-worker.js', import.meta.url);
}

export function parseInThread(root: string, files: string[], onProgress?: Progress): FileResult[] {
  return files.map((file, i) => {
    if (onProgress && i % BATCH === 0) onProgress(i, files.length);
    try {
      const bytes = readSource(join(root, file));
      return { ...processFile(file, bytes, validators), hash: hashBytes(bytes) };
    } catch (e) {
      return readFailure(file, e);
    }
  });
}

/** files done so far, of how many */
export type Progress = (done: number, total: number) => void;

export interface ParseOptions {
  threads?: number;
  onProgress?: Progress;
  /** also return each file's cache entry as JSON text, made by the workers (see LintCache.saveFileChunks) */
  cacheText?: boolean;
}

export interface Parsed {
  results: FileResult[];
  /** UTF-8 `"file":{"hash","result"}` entries joined by commas, one chunk per batch; absent when parsed in this thread */
  cacheChunks?: Uint8Array[];
}

export async function parseFiles(root: string, files: string[], opts: ParseOptions = {}): Promise<FileResult[]> {
  return (await parseFilesWithCache(root, files, opts)).results;
}

export async function parseFilesWithCache(root: string, files: string[], opts: ParseOptions = {}): Promise<Parsed> {
  const threads = Math.min(opts.threads ?? availableParallelism(), Math.ceil(files.length / BATCH), 8);
  if (files.length < WORKER_THRESHOLD || threads < 2) return { results: parseInThread(root, files, opts.onProgress) };
  const results = new Map<string, FileResult>();
  const cacheChunks: Uint8Array[] = [];
  let next = 0;
  const url = workerUrl();
  await Promise.all(
    Array.from({ length: threads }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(url, { workerData: { root, cacheText: opts.cacheText === true } });
        const feed = () => {
          if (next >= files.length) {
            worker.postMessage(null);
            return;
          }
          const batch = files.slice(next, next + BATCH);
          next += BATCH;
          worker.postMessage(batch);
        };
        worker.on('message', ({ batch, cache }: { batch: FileResult[]; cache?: Uint8Array }) => {
          for (const r of batch) results.set(r.file, r);
          if (cache) cacheChunks.push(cache);
          opts.onProgress?.(results.size, files.length);
          feed();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a lint worker stopped with code ${code}`))));
        feed();
      }),
    ),
  );
  const ordered = files.map((f) => results.get(f)!);
  return opts.cacheText ? { results: ordered, cacheChunks } : { results: ordered };
}
