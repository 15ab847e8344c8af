import { describe, it, expect } from 'vitest';
import { gitlab } from '../../src/formatters/gitlab.js';
import { ctx, empty, result } from './fixture.js';

type Issue = { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } };

describe('gitlab', () => {
  it('prints an array of Code Quality issues', () => {
    const issues: Issue[] = JSON.parse(gitlab(result, ctx()));
    expect(issues).toHaveLength(4);
    for (const i of issues) {
      expect(Object.keys(i)).toEqual(['description', 'check_name', 'fingerprint', 'severity', 'location']);
      expect(i.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(issues[2]).toMatchObject({
      description: 'step has two accountable roles',
      check_name: 'raci-single-accountable',
      location: { path: 'raci/sub dir/raci.yaml', lines: { begin: 12 } },
    });
    expect(issues[1]!.description).toBe(result.findings[1]!.message);
  });

  it('maps errors to major and warnings to minor', () => {
    const issues: Issue[] = JSON.parse(gitlab(result, ctx()));
    expect(issues.map((i) => i.severity)).toEqual(['major', 'minor', 'major', 'major']);
  });

  it('gives every finding its own fingerprint, near-duplicates too, and the same one each run', () => {
    const issues: Issue[] = JSON.parse(gitlab(result, ctx()));
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(4);
    expect(gitlab(result, ctx())).toBe(gitlab(result, ctx()));
  });

  it('keeps a fingerprint when the finding moves to another line', () => {
    const moved = { ...result, findings: result.findings.map((f) => ({ ...f, line: f.line + 3 })) };
    const a: Issue[] = JSON.parse(gitlab(result, ctx()));
    const b: Issue[] = JSON.parse(gitlab(moved, ctx()));
    expect(b.map((i) => i.fingerprint)).toEqual(a.map((i) => i.fingerprint));
  });

  it('prints an empty array without findings', () => {
    expect(JSON.parse(gitlab(empty, ctx()))).toEqual([]);
  });
});
