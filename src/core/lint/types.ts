import type { DocPath, Kind } from '../model/types.js';
import type { RepoIndex } from '../model/index-repo.js';
import type { LoadedDoc } from '../model/source.js';

export type Severity = 'error' | 'warn' | 'off';
export type FindingSeverity = 'error' | 'warning';

/** One problem, as every formatter and the JSON contract of CLI.md see it. */
export interface Finding {
  rule: string;
  severity: FindingSeverity;
  message: string;
  /** repository-relative, '/' separators */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** document path, e.g. spec.steps[2].responsible; '' for the file itself */
  path: string;
}

export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Exclude<Severity, 'off'> | 'off';
  /** kinds the rule looks at; informative, for --list-rules and docs */
  kinds?: Kind[];
}

export interface Report {
  doc: LoadedDoc;
  path: DocPath;
  message: string;
  /** point at the property key instead of its value (unknown or misplaced keys) */
  atKey?: boolean;
}

export interface RuleContext {
  index: RepoIndex;
  /** today, as YYYY-MM-DD, so that date rules stay pure */
  today: string;
  report(r: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  /** absent for the rules the engine applies while reading files (yaml-syntax, document-kind, schema) */
  check?(ctx: RuleContext): void;
}

export interface LintSummary { errors: number; warnings: number; files: number; documents: number }
export interface LintResult { findings: Finding[]; summary: LintSummary }
