import { describe, it, expect } from 'vitest';
import { json } from '../../src/formatters/json.js';
import { ctx, empty, result } from './fixture.js';

describe('json', () => {
  it('prints one object and a newline', () => {
    const out = json(result, ctx());
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.trimEnd().split('\n')).toHaveLength(1);
  });

  it('has exactly the keys of the contract, in order', () => {
    const parsed = JSON.parse(json(result, ctx()));
    expect(Object.keys(parsed)).toEqual(['findings', 'summary']);
    for (const f of parsed.findings) {
      expect(Object.keys(f)).toEqual(['rule', 'severity', 'message', 'file', 'line', 'column', 'path']);
    }
    expect(Object.keys(parsed.summary)).toEqual(['errors', 'warnings', 'files', 'documents']);
  });

  it('keeps values as they are, hostile text included', () => {
    const parsed = JSON.parse(json(result, ctx()));
    expect(parsed.findings).toHaveLength(4);
    expect(parsed.findings[1]).toEqual({
      rule: 'sla-format', severity: 'warning', message: result.findings[1]!.message,
      file: 'standards/order.yaml', line: 7, column: 3, path: 'spec.sla',
    });
    expect(parsed.summary).toEqual({ errors: 3, warnings: 1, files: 2, documents: 5 });
  });

  it('prints an empty list with the summary when there are no findings', () => {
    expect(JSON.parse(json(empty, ctx()))).toEqual({
      findings: [], summary: { errors: 0, warnings: 0, files: 3, documents: 4 },
    });
  });
});
