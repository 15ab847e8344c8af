// The lint use case: config → files → (cache) → parse → rules → findings.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { findRoot, loadConfig } from '../adapters/config.js';
import { LintCache, codeSalt, hashBytes, type FileEntry } from '../adapters/cache.js';
import { listDocumentFiles } from '../adapters/files.js';
import { parseFiles, parseFilesWithCache, type Progress } from '../adapters/parse-pool.js';
import { readSource } from '../adapters/read-failure.js';
import { finalize, runRules, summarize, suppressions, type Source } from '../core/lint/engine.js';
import { ruleById, rules } from '../core/lint/rules/index.js';
import type { LintResult, Severity } from '../core/lint/types.js';
import type { FileResult } from '../core/model/document.js';
import { RepoIndex } from '../core/model/index-repo.js';
import { createLocator, type Locate } from '../core/model/locate.js';
import type { StdkitConfig } from '../core/model/types.js';
import { didYouMean } from '../core/suggest.js';
import { ConfigError, StdkitError, UsageError } from '../errors.js';

export interface LintOptions {
  cwd: string;
  /** lint only these files or folders (the whole repository is still read for references) */
  paths?: string[];
  /** --rule overrides */
  rules?: Record<string, Severity>;
  cache?: boolean;
  cacheLocation?: string;
  /** YYYY-MM-DD; defaults to today's local date */
  today?: string;
  threads?: number;
  /** told how many files are read so far, for a progress line */
  onProgress?: Progress;
}

export interface LintOutcome {
  root: string;
  config: StdkitConfig;
  result: LintResult;
  index: RepoIndex;
}

export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function severityResolver(config: StdkitConfig, configText: string, overrides: Record<string, Severity> = {}): (rule: string) => Severity {
  for (const id of Object.keys(config.rules)) {
    if (!ruleById.has(id)) {
      const pos = createLocator(configText)(0, ['rules', id], true);
      throw new ConfigError(`unknown rule "${id}" in rules${didYouMean(id, ruleById.keys())}`, {
        location: { file: 'stdkit.yaml', line: pos.line, column: pos.column },
        hint: 'see `stdkit lint --list-rules` for the rule ids',
      });
    }
  }
  for (const id of Object.keys(overrides)) {
    if (!ruleById.has(id)) throw new UsageError(`unknown rule "${id}" in --rule${didYouMean(id, ruleById.keys())}`, 'see `stdkit lint --list-rules`');
  }
  const table = new Map<string, Severity>();
  for (const r of rules) table.set(r.meta.id, overrides[r.meta.id] ?? config.rules[r.meta.id] ?? r.meta.defaultSeverity);
  return (id) => table.get(id) ?? 'error';
}

export async function lintRepository(opts: LintOptions): Promise<LintOutcome> {
  const root = findRoot(opts.cwd);
  const { config, text: configText } = loadConfig(root);
  const severity = severityResolver(config, configText, opts.rules);
  const today = opts.today ?? localToday();
  const files = listDocumentFiles(root, config.include, config.exclude);
  if (files.length === 0) {
    throw new StdkitError(`no documents found: the include globs (${config.include.join(', ')}) match no file in ${root}`, {
      hint: 'add YAML documents, or fix include/exclude in stdkit.yaml',
    });
  }
  const scope = scopeFilter(root, opts.cwd, opts.paths);
  for (const p of scope.prefixes) {
    if (!files.some((f) => p === '' || f === p || f.startsWith(`${p}/`))) {
      throw new UsageError(`no documents in ${p}: it is not matched by the include globs (${config.include.join(', ')}) or it is excluded`, 'pass YAML documents or folders that hold them, or adjust include/exclude in stdkit.yaml');
    }
  }

  const useCache = opts.cache !== false;
  const texts = new Map<string, Uint8Array>();
  let results: FileResult[];
  let runKey = '';
  const cache = useCache ? new LintCache(root, opts.cacheLocation) : undefined;
  const parse = (list: string[]) => parseFiles(root, list, { threads: opts.threads, onProgress: opts.onProgress });
  const keyOf = (hashes: string[]) => hashBytes(JSON.stringify([codeSalt(), configText, today, opts.rules ?? {}, opts.paths ?? [], scope.key, hashes]));
  if (cache) {
    if (!cache.hasFiles()) {
      // a first run: the workers read, hash and parse each file in one go
      const parsed = await parseFilesWithCache(root, files, { threads: opts.threads, onProgress: opts.onProgress, cacheText: true });
      results = parsed.results;
      runKey = keyOf(results.map((r) => `${r.file}\u0000${r.hash ?? ''}`));
      if (parsed.cacheChunks) cache.saveFileChunks(parsed.cacheChunks);
      else cache.saveFiles(Object.fromEntries(results.map((r) => [r.file, { hash: r.hash ?? '', result: r }])));
    } else {
      const hashes: string[] = [];
      for (const f of files) {
        let bytes: Uint8Array;
        try {
          bytes = readSource(join(root, f));
        } catch {
          bytes = new Uint8Array();
        }
        texts.set(f, bytes);
        hashes.push(`${f}\u0000${hashBytes(bytes)}`);
      }
      runKey = keyOf(hashes);
      const last = cache.run();
      if (last && last.key === runKey) {
        return { root, config, result: { findings: last.findings, summary: last.summary }, index: new RepoIndex([], config) };
      }
      const known = cache.files();
      const fresh: Record<string, FileEntry> = {};
      const todo: string[] = [];
      files.forEach((f, i) => {
        const hash = hashes[i]!.split('\u0000')[1]!;
        const hit = known[f];
        if (hit && hit.hash === hash && isFileResult(hit.result)) fresh[f] = hit;
        else {
          todo.push(f);
          fresh[f] = { hash, result: undefined as unknown as FileResult };
        }
      });
      for (const r of await parse(todo)) fresh[r.file]!.result = r;
      results = files.map((f) => fresh[f]!.result);
      if (todo.length > 0) cache.saveFiles(fresh);
    }
  } else {
    results = await parse(files);
  }

  const docs = results.flatMap((r) => r.docs);
  const index = new RepoIndex(docs, config);
  const raw = [...results.flatMap((r) => r.findings), ...runRules(index, rules, severity, today)].filter((f) => scope.has(f.file));
  const sources = new Map<string, Source | undefined>();
  const sourceOf = (file: string): Source | undefined => {
    if (!sources.has(file)) {
      let text: string | undefined;
      try {
        const bytes = texts.get(file) ?? readFileSync(join(root, file));
        text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
      } catch {
        text = undefined;
      }
      sources.set(file, text === undefined ? undefined : { locate: lazyLocator(text), suppressed: suppressions(text) });
    }
    return sources.get(file);
  };
  const findings = finalize(raw, severity, sourceOf);
  const inScope = results.filter((r) => scope.has(r.file));
  const summary = summarize(findings, inScope.length, inScope.reduce((n, r) => n + r.docs.length, 0));
  cache?.saveRun({ key: runKey, findings, summary });
  return { root, config, result: { findings, summary }, index };
}

function scopeFilter(root: string, cwd: string, paths: string[] | undefined): { has(file: string): boolean; key: string; prefixes: string[] } {
  if (!paths || paths.length === 0) return { has: () => true, key: '', prefixes: [] };
  const prefixes = paths.map((p) => {
    const abs = resolve(cwd, p);
    if (!existsSync(abs)) throw new UsageError(`path not found: ${p}`, 'pass files or folders inside the standards repository');
    const rel = relative(root, abs).split(sep).join('/');
    if (rel.startsWith('..')) throw new UsageError(`${p} is outside the standards repository ${root}`);
    return rel;
  });
  return {
    has: (file) => prefixes.some((p) => p === '' || file === p || file.startsWith(`${p}/`)),
    key: prefixes.join('|'),
    prefixes,
  };
}

/** parsing for positions is costly: only when a finding needs it */
function lazyLocator(text: string): Locate {
  let locate: Locate | undefined;
  return (...args) => (locate ??= createLocator(text))(...args);
}

/** a cache entry is trusted only in the shape this version writes */
function isFileResult(r: unknown): r is FileResult {
  const v = r as FileResult | undefined;
  return typeof v === 'object' && v !== null && Array.isArray(v.docs) && Array.isArray(v.findings) && typeof v.file === 'string';
}
