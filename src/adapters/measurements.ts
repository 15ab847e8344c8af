// Reading measurement files: CSV streamed line by line (UTF-8, or GB18030 as older Chinese
// Excel versions save it), JSON arrays whole. Parsing and mapping live in core/kpi.
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Transform, type Readable } from 'node:stream';
import { CsvRecordReader, sniffDelimiter } from '../core/kpi/csv.js';
import { HEADER_HINT, mapHeader, toRow, type Column } from '../core/kpi/headers.js';
import { jsonRows } from '../core/kpi/json-rows.js';
import type { KpiProblem, RawRow } from '../core/kpi/types.js';

export interface ReadResult {
  rows: RawRow[];
  problems: KpiProblem[];
}

/** Reads one file; `label` is how messages name it (e.g. relative to the working folder). */
export async function readMeasurements(path: string, label = path): Promise<ReadResult> {
  try {
    if (/\.json$/i.test(path)) return jsonRows(await readFile(path, 'utf8'), label);
    return await readCsv(path, label);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a measurements file' : `cannot be read: ${(err as Error).message}`;
    return { rows: [], problems: [{ file: label, message }] };
  }
}

async function isUtf8(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(65_536), 0, 65_536, 0);
    new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, bytesRead), { stream: true });
    return true;
  } catch {
    return false;
  } finally {
    await fh.close();
  }
}

function textStream(path: string, utf8: boolean): Readable {
  if (utf8) return createReadStream(path, { encoding: 'utf8' });
  const decoder = new TextDecoder('gb18030');
  const decode = new Transform({
    transform(chunk: Buffer, _enc, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
  return createReadStream(path).pipe(decode);
}

async function readCsv(path: string, label: string): Promise<ReadResult> {
  const rows: RawRow[] = [];
  const problems: KpiProblem[] = [];
  const input = textStream(path, await isUtf8(path));
  const lines = createInterface({ input, crlfDelay: Infinity });
  let reader: CsvRecordReader | undefined;
  let map: Record<Column, number> | undefined;
  let lineNo = 0;
  for await (const text of lines) {
    lineNo++;
    const line = lineNo === 1 ? text.replace(/^\uFEFF/, '') : text;
    if (!reader) {
      if (line.trim() === '') continue;
      reader = new CsvRecordReader(sniffDelimiter(line));
    }
    const record = reader.push(line, lineNo);
    if (!record) continue;
    if (!map) {
      const header = mapHeader(record.fields);
      if ('error' in header) {
        problems.push({ file: label, line: record.line, message: `${header.error}: ${HEADER_HINT}` });
        lines.close();
        input.destroy();
        return { rows, problems };
      }
      map = header.map;
      continue;
    }
    const row = toRow(record.fields, map, label, record.line);
    if (row) rows.push(row);
  }
  const unclosed = reader?.unterminated();
  if (unclosed !== undefined) problems.push({ file: label, line: unclosed, message: 'a quoted field is not closed: a " is missing' });
  if (!map && problems.length === 0) problems.push({ file: label, line: 1, message: `the file is empty: ${HEADER_HINT}` });
  return { rows, problems };
}
