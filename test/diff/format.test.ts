// Each format: text reads like a review, JSON follows the contract, markdown renders.
import { describe, expect, test } from 'vitest';
import { diffRepositories } from '../../src/core/diff/diff.js';
import { explainMarkdown, explainText } from '../../src/core/diff/explain.js';
import { RULES } from '../../src/core/diff/classify.js';
import { formatJson } from '../../src/core/diff/format-json.js';
import { formatMarkdown } from '../../src/core/diff/format-markdown.js';
import { formatText } from '../../src/core/diff/format-text.js';
import { flowsOf } from '../../src/core/diff/mermaid.js';
import { bumpOf, type DiffResult } from '../../src/core/diff/types.js';
import { BASE, index, repo } from './helpers.js';

const S = 'standards/order.yaml';
const edited = BASE[S]!
  .replace('sla: 24h', 'sla: 48h')
  .replace(/ {4}- \{ id: shipment.*\n/, '    - { id: packing, name: "Packing | <boxes>", responsible: warehouse-lead }\n');
const base = index(BASE);
const head = index(repo({ [S]: edited, 'dictionaries/sales.yaml': BASE['dictionaries/sales.yaml']!.replace('type: currency', 'type: decimal') }));
const changes = diffRepositories(base, head);
const result: DiffResult = { base: 'v1.0.0', head: 'working tree', bump: bumpOf(changes), changes };

describe('text', () => {
  test('one line per change, the example of CLI.md included', () => {
    const text = formatText({ ...result, changes: changes.filter((c) => c.path.endsWith('.sla')) }, { color: false });
    expect(text).toContain('standards/order.yaml  order-fulfilment › order-confirmation  sla 24h → 48h  (minor)');
    expect(text).not.toMatch(/\u001b\[/);
  });

  test('grouped by document with a summary; colours only when asked', () => {
    const text = formatText(result, { color: false });
    expect(text.split('\n')[0]).toBe('bump: major  v1.0.0 → working tree  (2 major, 2 minor, 0 patch)');
    expect(text).toContain('order-fulfilment › shipment  step removed  (major)');
    expect(text).toContain('order-fulfilment › packing  step added  (minor)');
    expect(text).toContain('sales-data › order-amount  type currency → decimal  (major)');
    expect(formatText(result, { color: true })).toMatch(/\u001b\[31m/);
  });

  test('no changes says so', () => {
    expect(formatText({ base: 'v1', head: 'v2', bump: 'none', changes: [] }, { color: false })).toBe('no changes to the standards: v1 → v2\n');
  });
});

describe('json', () => {
  test('the contract: keys, values and order', () => {
    const parsed = JSON.parse(formatJson(result)) as Record<string, unknown> & { changes: Array<Record<string, unknown>> };
    expect(Object.keys(parsed)).toEqual(['base', 'head', 'bump', 'changes']);
    expect(parsed.bump).toBe('major');
    for (const c of parsed.changes) {
      expect(Object.keys(c)).toEqual(['file', 'kind', 'document', 'path', 'change', 'class', 'before', 'after']);
      expect(['added', 'removed', 'changed', 'moved']).toContain(c.change);
      expect(['major', 'minor', 'patch']).toContain(c.class);
    }
    expect(parsed.changes).toContainEqual({
      file: S, kind: 'Standard', document: 'order-fulfilment', path: 'spec.steps[order-confirmation].sla',
      change: 'changed', class: 'minor', before: '24h', after: '48h',
    });
    expect(parsed.changes.find((c) => c.path === 'spec.steps[packing]')).toMatchObject({ change: 'added', before: null });
  });
});

describe('markdown', () => {
  const md = formatMarkdown(result, flowsOf(changes, base, head));
  test('a summary table and escaped details', () => {
    expect(md).toContain('| Document | Kind | File | Changes | Class |');
    expect(md).toMatch(/\| order-fulfilment \| Standard \| `standards\/order.yaml` \| 3 \| 🔴 major \|/);
    expect(md).toContain('**major** release');
    // every table row has the same number of cells as its header
    for (const row of md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Document'))) {
      expect(row.replace(/\\\|/g, '').split('|').length).toBeGreaterThanOrEqual(5);
    }
    expect(md).not.toContain('<boxes>');
  });

  test('a mermaid flowchart with added, removed and changed steps highlighted', () => {
    const block = /```mermaid\n([\s\S]*?)```/.exec(md)?.[1] ?? '';
    expect(block).toMatch(/^flowchart TD/);
    expect(block).toContain('s2["Packing | #lt;boxes#gt;"]');
    expect(block).toContain('classDef added');
    expect(block).toContain('class s2 added');
    expect(block).toContain('class s3 removed');
    expect(block).toContain('class s1 changed');
    expect(block).toContain('s1 -.-> s3');
    expect(md.match(/```mermaid/g)).toHaveLength(1); // the dictionary has no flow
  });
});

describe('--explain', () => {
  test('text and markdown print every rule', () => {
    expect(explainText().split('\n').filter((l) => /^(major|minor|patch) /.test(l))).toHaveLength(RULES.length);
    expect(explainMarkdown().split('\n').filter((l) => /^\| (major|minor|patch) \|/.test(l))).toHaveLength(RULES.length);
  });
});
