// Loading a whole repository as data, for render, diff and the programmatic API.
import { join } from 'node:path';
import { findRoot, loadConfig } from '../adapters/config.js';
import { listDocumentFiles } from '../adapters/files.js';
import { parseFiles, type Progress } from '../adapters/parse-pool.js';
import { parseConfig } from '../core/model/config.js';
import { processFile, type FileResult } from '../core/model/document.js';
import { documentMatcher } from '../core/model/globs.js';
import { RepoIndex } from '../core/model/index-repo.js';
import type { StdkitConfig } from '../core/model/types.js';
import { validators } from '../core/model/validators.js';
import { ConfigError } from '../errors.js';

export interface LoadedRepository {
  /** absolute folder of stdkit.yaml (for a git revision: the folder it was read for) */
  root: string;
  config: StdkitConfig;
  configText: string;
  files: FileResult[];
  index: RepoIndex;
}

/** The repository in the working tree, from `cwd` upward. */
export async function loadRepository(cwd: string, opts: { onProgress?: Progress; skip?: ReadonlySet<string> } = {}): Promise<LoadedRepository> {
  const root = findRoot(cwd);
  const { config, text } = loadConfig(root);
  const listed = listDocumentFiles(root, config.include, config.exclude);
  // `skip`: files known to be unchanged elsewhere (a diff leaves them out of both sides)
  const files = await parseFiles(root, opts.skip ? listed.filter((f) => !opts.skip!.has(f)) : listed, { onProgress: opts.onProgress });
  return { root, config, configText: text, files, index: new RepoIndex(files.flatMap((f) => f.docs), config) };
}

/** A repository from a list of files, e.g. read in bulk from a git revision. */
export function loadFromFiles(root: string, configText: string, files: Iterable<{ path: string; bytes: Uint8Array }>, label = join(root, 'stdkit.yaml')): LoadedRepository {
  const parsed = parseConfig(configText);
  if ('problems' in parsed) {
    const p = parsed.problems[0]!;
    throw new ConfigError(`${p.message}`, { location: { file: label, line: p.line, column: p.column } });
  }
  const match = documentMatcher(parsed.config.include, parsed.config.exclude);
  const results: FileResult[] = [];
  for (const f of files) if (match.file(f.path)) results.push(processFile(f.path, f.bytes, validators));
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { root, config: parsed.config, configText, files: results, index: new RepoIndex(results.flatMap((f) => f.docs), parsed.config) };
}
