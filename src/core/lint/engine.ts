// Runs the rules over the repository index and turns raw reports into findings:
// positions resolved, suppressions and configured severities applied, sorted.
import type { RepoIndex } from '../model/index-repo.js';
import type { Locate } from '../model/locate.js';
import { pathToString } from '../model/locate.js';
import type { RawFinding } from '../model/source.js';
import type { Position } from '../model/types.js';
import type { Finding, LintSummary, Rule, Severity } from './types.js';

export function runRules(index: RepoIndex, rules: readonly Rule[], severity: (rule: string) => Severity, today: string): RawFinding[] {
  const out: RawFinding[] = [];
  for (const rule of rules) {
    if (!rule.check || severity(rule.meta.id) === 'off') continue;
    rule.check({
      index,
      today,
      report: (r) => out.push({ rule: rule.meta.id, message: r.message, file: r.doc.file, docIndex: r.doc.index, path: r.path, atKey: r.atKey }),
    });
  }
  return out;
}

export interface Source {
  locate: Locate;
  /** lines (1-based) → rule ids suppressed there; '*' for all */
  suppressed: Map<number, Set<string>>;
}

const DISABLE = /#\s*stdkit-disable-next-line\b([^\n#]*)/;

export function suppressions(text: string): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  if (!text.includes('stdkit-disable')) return out;
  text.split(/\r?\n/).forEach((line, i) => {
    const m = DISABLE.exec(line);
    if (!m) return;
    const ids = (m[1] ?? '').split(/[\s,]+/).filter(Boolean);
    out.set(i + 2, new Set(ids.length ? ids : ['*']));
  });
  return out;
}

export function finalize(raw: RawFinding[], severity: (rule: string) => Severity, sourceOf: (file: string) => Source | undefined): Finding[] {
  const findings: Finding[] = [];
  for (const r of raw) {
    const sev = severity(r.rule);
    if (sev === 'off') continue;
    const src = sourceOf(r.file);
    let pos: Partial<Position> = { line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn };
    if (pos.line === undefined) pos = src ? src.locate(r.docIndex ?? 0, r.path, r.atKey) : { line: 1, column: 1 };
    const line = pos.line ?? 1;
    const sup = src?.suppressed.get(line);
    if (sup && (sup.has('*') || sup.has(r.rule))) continue;
    const f: Finding = { rule: r.rule, severity: sev === 'error' ? 'error' : 'warning', message: r.message, file: r.file, line, column: pos.column ?? 1, path: pathToString(r.path) };
    if (pos.endLine !== undefined) f.endLine = pos.endLine;
    if (pos.endColumn !== undefined) f.endColumn = pos.endColumn;
    findings.push(f);
  }
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)));
  return findings;
}

export function summarize(findings: Finding[], files: number, documents: number): LintSummary {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors, files, documents };
}
