import { describe, it, expect } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { escapeXml, junit } from '../../src/formatters/junit.js';
import { HOSTILE, ctx, empty, result } from './fixture.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name) => ['testsuite', 'testcase'].includes(name),
});

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

describe('junit', () => {
  it('starts with the XML declaration', () => {
    expect(junit(result, ctx()).startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  });

  it('has a suite per file and a failing case per finding, warnings included', () => {
    const doc = parse(junit(result, ctx()));
    const top = doc.testsuites;
    expect(top).toMatchObject({ name: 'stdkit', tests: '4', failures: '4' });
    expect(top.testsuite.map((s: { name: string }) => s.name)).toEqual(['standards/order.yaml', 'raci/sub dir/raci.yaml']);
    expect(top.testsuite.map((s: { testcase: unknown[] }) => s.testcase.length)).toEqual([2, 2]);
    const first = top.testsuite[0].testcase[0];
    expect(first.name).toBe('ref-role 31:20');
    expect(first.classname).toBe('standards/order.yaml');
    expect(first.failure.type).toBe('ref-role');
    expect(top.testsuite[0].testcase[1].failure.type).toBe('sla-format');
  });

  it('escapes hostile text so that it round-trips, minus characters XML forbids', () => {
    const doc = parse(junit(result, ctx()));
    const failure = doc.testsuites.testsuite[0].testcase[1].failure;
    const legal = HOSTILE.replace(/[\u0000\u0007]/g, '');
    expect(failure.message).toBe(legal);
    expect(failure['#text']).toContain(legal);
    expect(doc.testsuites.testsuite[0].testcase[0].failure.message).toBe(result.findings[0]!.message);
  });

  it('reports a single passing case when there are no findings', () => {
    const doc = parse(junit(empty, ctx()));
    expect(doc.testsuites).toMatchObject({ tests: '1', failures: '0' });
    const cases = doc.testsuites.testsuite[0].testcase;
    expect(cases).toHaveLength(1);
    expect(cases[0].name).toBe('stdkit lint');
    expect(cases[0].failure).toBeUndefined();
  });

  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });
});
