import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readMeasurements } from '../../src/adapters/measurements.js';
import { CsvRecordReader } from '../../src/core/kpi/csv.js';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/kpi');
const dir = mkdtempSync(join(tmpdir(), 'stdkit-kpi-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('CsvRecordReader', () => {
  it('joins quoted fields across lines and undoubles quotes', () => {
    const r = new CsvRecordReader();
    expect(r.push('a,"b, ""c""",d', 1)).toEqual({ fields: ['a', 'b, "c"', 'd'], line: 1 });
    expect(r.push('x,"two', 2)).toBeUndefined();
    expect(r.unterminated()).toBe(2);
    expect(r.push('lines",y', 3)).toEqual({ fields: ['x', 'two\nlines', 'y'], line: 2 });
    expect(r.push('', 4)).toEqual({ fields: [''], line: 4 });
  });
});

describe('readMeasurements', () => {
  it('reads an Excel export: BOM, CRLF, Chinese headers, quoted line breaks, extra columns, blank rows', async () => {
    const { rows, problems } = await readMeasurements(join(FIXTURES, 'excel-zh.csv'), 'excel-zh.csv');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { region: 'EC', metric: 'order-sla-rate', period: '2027-W05', value: '96.5%', file: 'excel-zh.csv', line: 2 },
      { region: 'SC', metric: 'order-sla-rate', period: '2027-W05', value: '0.93', file: 'excel-zh.csv', line: 3 },
      { region: 'WC', metric: 'monthly-sales', period: '2027-02', value: '1,234.5', file: 'excel-zh.csv', line: 5 },
    ]);
  });

  it('maps English headers in any case and order, with ; or tab delimiters', async () => {
    for (const [name, text] of [
      ['semi.csv', 'Value;PERIOD;Metric;Region\n0.9;2027-W05;sla;EC\n'],
      ['tab.tsv', '地区\t周期\t指标\t值\nEC\t2027-W05\tsla\t0.9\n'],
    ] as const) {
      const { rows, problems } = await readMeasurements(file(name, text), name);
      expect(problems).toEqual([]);
      expect(rows).toEqual([{ region: 'EC', metric: 'sla', period: '2027-W05', value: '0.9', file: name, line: 2 }]);
    }
  });

  it('decodes GB18030 exports of older Excel versions', async () => {
    const gb = Buffer.from([0xc7, 0xf8, 0xd3, 0xf2]); // 区域
    const p = file('gbk.csv', Buffer.concat([gb, Buffer.from(',metric,period,value\r\nEC,sla,2027-W05,90%\r\n')]));
    const { rows } = await readMeasurements(p, 'gbk.csv');
    expect(rows).toMatchObject([{ region: 'EC', value: '90%' }]);
  });

  it.each([
    ['nohead.csv', 'EC,sla,2027-W05,0.9\n', 1, 'no region, metric, period, value column in the header row'],
    ['dup.csv', 'region,区域,metric,period,value\n', 1, 'two columns are the region'],
    ['open.csv', 'region,metric,period,value\nEC,sla,2027-W05,"0.9\n', 2, 'a quoted field is not closed'],
    ['empty.csv', '', 1, 'the file is empty'],
  ])('%s: %s', async (name, text, line, message) => {
    const { problems } = await readMeasurements(file(name, text), name);
    expect(problems).toEqual([{ file: name, line, message: expect.stringContaining(message) }]);
  });

  it('reports a missing file', async () => {
    expect((await readMeasurements(join(dir, 'nope.csv'), 'nope.csv')).problems).toEqual([{ file: 'nope.csv', message: 'no such file' }]);
  });

  it('reads JSON arrays with the line of each element', async () => {
    const { rows, problems } = await readMeasurements(join(FIXTURES, 'measurements.json'), 'm.json');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { region: 'EC', metric: 'order-sla-rate', period: '2027-W05', value: '0.97', file: 'm.json', line: 2 },
      { region: 'SC', metric: 'lead-conversion-rate', period: '2027-02', value: '24%', file: 'm.json', line: 3 },
    ]);
  });

  it.each([
    ['obj.json', '{"region": "EC"}', 'holds an array'],
    ['bad.json', '[{"region": }]', 'not valid JSON'],
    ['keys.json', '[\n  {"region": "EC"}\n]', 'element 1: no metric, period, value column'],
  ])('%s: %s', async (name, text, message) => {
    const { problems } = await readMeasurements(file(name, text), name);
    expect(problems[0]?.message).toContain(message);
  });
});
