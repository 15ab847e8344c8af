// Which repository paths are documents, by the include/exclude globs of stdkit.yaml.
import picomatch from 'picomatch';
import { CONFIG_FILE } from './config.js';

export interface DocumentMatcher {
  /** a file path (repository-relative, '/') that should be read as documents */
  file(path: string): boolean;
  /** a folder that may hold documents (not excluded, not a dot-folder) */
  folder(path: string): boolean;
}

export function documentMatcher(include: string[], exclude: string[]): DocumentMatcher {
  const isIncluded = picomatch(include, { dot: false });
  const isExcluded = picomatch(exclude, { dot: true });
  const dotted = (p: string) => p.split('/').some((seg) => seg.startsWith('.'));
  return {
    file: (p) => p !== CONFIG_FILE && !dotted(p) && isIncluded(p) && !isExcluded(p),
    folder: (p) => !dotted(p) && !isExcluded(p),
  };
}
