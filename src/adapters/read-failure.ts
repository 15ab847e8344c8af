// Reading one document file, with the failures that become findings rather than crashes.
import { readFileSync, statSync } from 'node:fs';
import type { FileResult } from '../core/model/document.js';

/** larger files are refused: a standards document is kilobytes, and memory is finite */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

class TooLarge extends Error {
  constructor(readonly size: number) {
    super('too large');
  }
}

export function readSource(abs: string): Buffer {
  const size = statSync(abs).size;
  if (size > MAX_FILE_BYTES) throw new TooLarge(size);
  return readFileSync(abs);
}

/** A file that could not be read at all becomes a finding, not a crash. */
export function readFailure(file: string, e: unknown): FileResult {
  const code = (e as NodeJS.ErrnoException).code;
  const message =
    e instanceof TooLarge
      ? `file of ${(e.size / 1024 / 1024).toFixed(0)} MB: larger than stdkit reads (${MAX_FILE_BYTES / 1024 / 1024} MB); split it into several files or exclude it`
      : code === 'EACCES'
        ? 'permission denied: stdkit cannot read this file'
        : `cannot read this file: ${e instanceof Error ? e.message : String(e)}`;
  return { file, docs: [], findings: [{ rule: 'yaml-syntax', file, path: [], line: 1, column: 1, message }] };
}
