// A hand-made lint result with the text formatters find hardest: CJK, escapes, markup, near-duplicates.
import type { LintResult, RuleMeta } from '../../src/core/lint/types.js';
import type { FormatContext } from '../../src/formatters/types.js';

export const HOSTILE = 'bad "value" <b> & \'x\': 100%, a,b\nnext line\u0000\u0007';

export const result: LintResult = {
  findings: [
    { rule: 'ref-role', severity: 'error', message: '未知角色 "仓库主管"（您是指 "warehouse-lead" 吗？）', file: 'standards/order.yaml', line: 31, column: 20, endLine: 31, endColumn: 36, path: 'spec.steps[2].responsible' },
    { rule: 'sla-format', severity: 'warning', message: HOSTILE, file: 'standards/order.yaml', line: 7, column: 3, path: 'spec.sla' },
    { rule: 'raci-single-accountable', severity: 'error', message: 'step has two accountable roles', file: 'raci/sub dir/raci.yaml', line: 12, column: 5, path: 'spec.matrix[0]' },
    { rule: 'raci-single-accountable', severity: 'error', message: 'step has two accountable roles', file: 'raci/sub dir/raci.yaml', line: 140, column: 5, path: 'spec.matrix[0]' },
  ],
  summary: { errors: 3, warnings: 1, files: 2, documents: 5 },
};

export const empty: LintResult = { findings: [], summary: { errors: 0, warnings: 0, files: 3, documents: 4 } };

export const rules: RuleMeta[] = [
  { id: 'raci-single-accountable', description: 'Every step has exactly one accountable role', defaultSeverity: 'error' },
  { id: 'ref-role', description: 'Roles referenced exist', defaultSeverity: 'error' },
  { id: 'sla-format', description: 'SLAs are durations like 24h', defaultSeverity: 'warn' },
  { id: 'unused-role', description: 'Every role is used somewhere', defaultSeverity: 'off' },
];

export function ctx(over: Partial<FormatContext> = {}): FormatContext {
  return { root: '/home/ops/standards repo', rules, color: false, version: '1.2.3', ...over };
}
