// The markdown written to $GITHUB_STEP_SUMMARY: counts, then the findings as a table.
import type { LintResult } from '../core/lint/types.js';

const MAX_ROWS = 100;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function stepSummary(result: LintResult): string {
  const { errors, warnings, files, documents } = result.summary;
  const head = `## stdkit lint\n\n${errors === 0 && warnings === 0 ? '✅ no problems' : `${errors > 0 ? '❌' : '⚠️'} ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`} in ${files} files (${documents} documents)\n`;
  if (result.findings.length === 0) return `${head}\n`;
  const rows = result.findings
    .slice(0, MAX_ROWS)
    .map((f) => `| \`${cell(f.file)}:${f.line}:${f.column}\` | ${f.severity} | ${cell(f.message)} | \`${f.rule}\` |`);
  const more = result.findings.length > MAX_ROWS ? `\n… and ${result.findings.length - MAX_ROWS} more\n` : '';
  return `${head}\n| Where | Severity | Problem | Rule |\n|---|---|---|---|\n${rows.join('\n')}\n${more}\n`;
}
