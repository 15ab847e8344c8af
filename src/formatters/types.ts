import type { LintResult, RuleMeta } from '../core/lint/types.js';

export const FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit', 'gitlab'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatContext {
  /** absolute path of the repository root (the folder holding stdkit.yaml) */
  root: string;
  /** metadata of every registered rule, sorted by id */
  rules: RuleMeta[];
  /** colours allowed (a TTY, no NO_COLOR, or FORCE_COLOR) */
  color: boolean;
  /** stdkit's own version, for tool metadata */
  version: string;
}

/** Turns a lint result into the text printed on stdout. Pure: no I/O. */
export type Formatter = (result: LintResult, ctx: FormatContext) => string;
