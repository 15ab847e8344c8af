// JUnit XML for Jenkins and other CI servers: a suite per file, a failing test case per finding.
import type { Finding } from '../core/lint/types.js';
import type { Formatter } from './types.js';

// Characters XML 1.0 does not allow at all, even escaped.
const ILLEGAL = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Parsers turn raw line breaks and tabs in attributes into spaces; character references survive.
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

export function escapeXml(text: string): string {
  return text.replace(ILLEGAL, '').replace(/[&<>"'\n\r\t]/g, (ch) => ENTITIES[ch] ?? ch);
}

function attrs(pairs: Record<string, string | number>): string {
  return Object.entries(pairs)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
}

function testcase(f: Finding): string {
  const where = `${f.file}:${f.line}:${f.column}`;
  const detail = `${where}  ${f.severity}  ${f.message}${f.path ? `  (${f.path})` : ''}`;
  return (
    `    <testcase${attrs({ name: `${f.rule} ${f.line}:${f.column}`, classname: f.file })}>\n` +
    `      <failure${attrs({ message: f.message, type: f.rule })}>${escapeXml(detail)}</failure>\n` +
    `    </testcase>\n`
  );
}

export const junit: Formatter = (result) => {
  const header = '<?xml version="1.0" encoding="UTF-8"?>\n';
  const total = result.findings.length;
  if (total === 0) {
    return (
      header +
      `<testsuites${attrs({ name: 'stdkit', tests: 1, failures: 0 })}>\n` +
      `  <testsuite${attrs({ name: 'stdkit', tests: 1, failures: 0, errors: 0 })}>\n` +
      `    <testcase${attrs({ name: 'stdkit lint', classname: 'stdkit' })}/>\n` +
      '  </testsuite>\n</testsuites>\n'
    );
  }
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  let out = header + `<testsuites${attrs({ name: 'stdkit', tests: total, failures: total })}>\n`;
  for (const [file, group] of byFile) {
    const n = group.length;
    out += `  <testsuite${attrs({ name: file, tests: n, failures: n, errors: 0 })}>\n`;
    out += group.map(testcase).join('');
    out += '  </testsuite>\n';
  }
  return `${out}</testsuites>\n`;
};
