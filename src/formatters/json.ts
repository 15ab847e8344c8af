// The stable JSON contract of CLI.md: exactly these keys, in this order.
import type { Formatter } from './types.js';

export const json: Formatter = (result) => {
  const findings = result.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    path: f.path,
  }));
  const { errors, warnings, files, documents } = result.summary;
  return `${JSON.stringify({ findings, summary: { errors, warnings, files, documents } })}\n`;
};
