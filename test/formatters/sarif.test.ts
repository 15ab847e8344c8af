import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { sarif } from '../../src/formatters/sarif.js';
import { ctx, empty, result, rules } from './fixture.js';

// ajv-formats is CommonJS: its default export arrives wrapped under NodeNext.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function check(text: string) {
  const log = JSON.parse(text);
  const ok = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  return log;
}

describe('sarif', () => {
  it('is valid SARIF 2.1.0 with findings and without', () => {
    check(sarif(result, ctx()));
    check(sarif(empty, ctx()));
  });

  it('describes the tool and every rule with its default level', () => {
    const run = check(sarif(result, ctx())).runs[0];
    expect(run.tool.driver.name).toBe('stdkit');
    expect(run.tool.driver.version).toBe('1.2.3');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.id));
    expect(run.tool.driver.rules.map((r: { defaultConfiguration: { level: string } }) => r.defaultConfiguration.level))
      .toEqual(['error', 'error', 'warning', 'none']);
    expect(run.tool.driver.rules[2].shortDescription.text).toBe('SLAs are durations like 24h');
  });

  it('points ruleIndex at the right rule', () => {
    const run = check(sarif(result, ctx())).runs[0];
    expect(run.results).toHaveLength(4);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['error', 'warning', 'error', 'error']);
  });

  it('uses repository-relative URIs against %SRCROOT%', () => {
    const run = check(sarif(result, ctx())).runs[0];
    const locs = run.results.map((r: any) => r.locations[0].physicalLocation);
    expect(locs[0].artifactLocation).toEqual({ uri: 'standards/order.yaml', uriBaseId: '%SRCROOT%' });
    expect(locs[2].artifactLocation.uri).toBe('raci/sub%20dir/raci.yaml');
    expect(locs[0].region).toEqual({ startLine: 31, startColumn: 20, endLine: 31, endColumn: 36 });
    expect(locs[1].region).toEqual({ startLine: 7, startColumn: 3 });
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///home/ops/standards%20repo/');
  });

  it('keeps hostile messages intact', () => {
    const run = check(sarif(result, ctx())).runs[0];
    expect(run.results[1].message.text).toBe(result.findings[1]!.message);
  });

  it('adds a descriptor for a rule the context does not list', () => {
    const f = { ...result.findings[0]!, rule: 'yaml-syntax' };
    const run = check(sarif({ ...result, findings: [f] }, ctx())).runs[0];
    expect(run.tool.driver.rules[run.results[0].ruleIndex].id).toBe('yaml-syntax');
  });
});
