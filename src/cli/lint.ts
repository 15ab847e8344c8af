import { appendFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { lintRepository } from '../app/lint.js';
import { rules } from '../core/lint/rules/index.js';
import type { Severity } from '../core/lint/types.js';
import { UsageError } from '../errors.js';
import { formatters } from '../formatters/index.js';
import { stepSummary } from '../formatters/step-summary.js';
import type { Format } from '../formatters/types.js';
import { useColor, type IO } from './io.js';
import { progressLine } from './progress.js';
import type { GlobalOptions } from './main.js';
import { version } from './main.js';
import { makeDirs } from '../adapters/make-dirs.js';

export interface LintFlags {
  format?: Format;
  outputFile?: string;
  maxWarnings?: number;
  rule?: string[];
  listRules?: boolean;
  cache?: boolean;
  cacheLocation?: string;
}

export function parseRuleFlags(values: string[] = []): Record<string, Severity> {
  const out: Record<string, Severity> = {};
  for (const v of values) {
    const m = /^([a-z][a-z0-9-]*)=(error|warn|warning|off)$/.exec(v.trim());
    if (!m) throw new UsageError(`--rule takes <rule-id>=error|warn|off, got "${v}"`, 'e.g. --rule variant-stale=off');
    out[m[1]!] = m[2] === 'warning' ? 'warn' : (m[2] as Severity);
  }
  return out;
}

export function listRules(): string {
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  return `${rules.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.defaultSeverity.padEnd(5)}  ${r.meta.description}`).join('\n')}\n`;
}

export async function lintCommand(io: IO, globals: GlobalOptions, paths: string[], flags: LintFlags): Promise<number> {
  if (flags.listRules) {
    io.stdout(listRules());
    return 0;
  }
  const cwd = resolve(io.cwd, globals.cwd ?? '.');
  const overrides = parseRuleFlags(flags.rule);
  const progress = progressLine(io, 'stdkit lint: reading', globals.quiet);
  const { root, result } = await lintRepository({
    cwd,
    paths,
    rules: overrides,
    cache: flags.cache,
    cacheLocation: flags.cacheLocation && resolve(io.cwd, flags.cacheLocation),
    onProgress: (done, total) => progress.update(done, total),
  }).finally(() => progress.end());
  // in GitHub Actions, annotations by default, with paths from the checkout's root
  const inActions = io.env.GITHUB_ACTIONS === 'true';
  const format: Format = flags.format ?? (inActions ? 'github' : 'stylish');
  let shown = globals.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') } : result;
  const prefix = format === 'github' ? workspacePrefix(io.env.GITHUB_WORKSPACE, root) : '';
  if (prefix) shown = { ...shown, findings: shown.findings.map((f) => ({ ...f, file: prefix + f.file })) };
  const color = flags.outputFile ? false : useColor(io, globals.color);
  const text = formatters[format](shown, { root, rules: rules.map((r) => r.meta), color, version: version() });
  if (flags.outputFile) {
    const out = resolve(io.cwd, flags.outputFile);
    makeDirs(dirname(out));
    writeFileSync(out, text);
  } else {
    io.stdout(text);
  }
  if (io.env.GITHUB_STEP_SUMMARY) {
    try {
      appendFileSync(io.env.GITHUB_STEP_SUMMARY, stepSummary(result));
    } catch {
      io.stderr(`stdkit: could not write the step summary to ${io.env.GITHUB_STEP_SUMMARY}\n`);
    }
  }
  if (result.summary.errors > 0) return 1;
  if (flags.maxWarnings !== undefined && result.summary.warnings > flags.maxWarnings) {
    io.stderr(`stdkit found too many warnings (maximum: ${flags.maxWarnings}, found: ${result.summary.warnings}).\n`);
    return 1;
  }
  return 0;
}

/** `standards/` when the standards repository is a sub-folder of the checkout */
function workspacePrefix(workspace: string | undefined, root: string): string {
  if (!workspace) return '';
  const rel = relative(resolve(workspace), root);
  if (rel === '' || rel.startsWith('..')) return '';
  return `${rel.split(sep).join('/')}/`;
}
