// SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers).
import { pathToFileURL } from 'node:url';
import type { Finding, RuleMeta } from '../core/lint/types.js';
import type { Formatter } from './types.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://www.npmjs.com/package/stdkit';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'none';

function ruleLevel(severity: RuleMeta['defaultSeverity']): Level {
  if (severity === 'error') return 'error';
  return severity === 'warn' ? 'warning' : 'none';
}

/** A repository-relative file as a relative URI reference: '/' separators, each segment percent-encoded. */
function fileUri(file: string): string {
  return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

function rootUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function region(f: Finding): Record<string, number> {
  const r: Record<string, number> = { startLine: f.line, startColumn: f.column };
  if (f.endLine !== undefined) r.endLine = f.endLine;
  if (f.endColumn !== undefined) r.endColumn = f.endColumn;
  return r;
}

export const sarif: Formatter = (result, ctx) => {
  const rules = ctx.rules.map((r) => ({
    id: r.id,
    shortDescription: { text: r.description },
    defaultConfiguration: { level: ruleLevel(r.defaultSeverity) },
  }));
  const indexOf = new Map(rules.map((r, i) => [r.id, i]));
  // A finding from a rule the context does not list still gets a descriptor, so ruleIndex stays valid.
  for (const f of result.findings) {
    if (indexOf.has(f.rule)) continue;
    indexOf.set(f.rule, rules.length);
    rules.push({ id: f.rule, shortDescription: { text: f.rule }, defaultConfiguration: { level: f.severity } });
  }
  const results = result.findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: indexOf.get(f.rule) ?? -1,
    level: f.severity,
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: fileUri(f.file), uriBaseId: SRCROOT },
          region: region(f),
        },
      },
    ],
  }));
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'stdkit', version: ctx.version, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri(ctx.root) } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
