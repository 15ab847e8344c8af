import type { FileResult } from '../core/model/document.js';

/** A file that could not be read at all becomes a finding, not a crash. */
export function readFailure(file: string, e: unknown): FileResult {
  const code = (e as NodeJS.ErrnoException).code;
  const message =
    code === 'EACCES' ? 'permission denied: stdkit cannot read this file' : `cannot read this file: ${e instanceof Error ? e.message : String(e)}`;
  return { file, docs: [], findings: [{ rule: 'yaml-syntax', file, path: [], line: 1, column: 1, message }] };
}
