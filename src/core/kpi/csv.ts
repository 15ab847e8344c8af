// CSV records from lines (RFC 4180 quoting), so that a line reader can stream a file:
// a quoted field may hold the delimiter, doubled quotes and line breaks.

export interface CsvRecord {
  fields: string[];
  /** 1-based line where the record starts */
  line: number;
}

/** Excel writes ";" or tabs in some locales: the delimiter is the one the header row uses. */
export function sniffDelimiter(headerLine: string): string {
  if (headerLine.includes(',')) return ',';
  if (headerLine.includes('\t')) return '\t';
  if (headerLine.includes(';')) return ';';
  return ',';
}

export class CsvRecordReader {
  private fields: string[] = [];
  private field = '';
  private quoted = false;
  private start = 0;
  constructor(private readonly delimiter = ',') {}

  /** Feeds one line (without its line break); returns the record it completes, if any. */
  push(line: string, lineNo: number): CsvRecord | undefined {
    if (!this.quoted) this.start = lineNo;
    else this.field += '\n';
    const d = this.delimiter;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (this.quoted) {
        if (c !== '"') this.field += c;
        else if (line[i + 1] === '"') {
          this.field += '"';
          i++;
        } else this.quoted = false;
      } else if (c === '"' && this.field.trim() === '') {
        this.quoted = true;
        this.field = '';
      } else if (c === d) {
        this.fields.push(this.field);
        this.field = '';
      } else this.field += c;
    }
    if (this.quoted) return undefined;
    this.fields.push(this.field);
    const record = { fields: this.fields, line: this.start };
    this.fields = [];
    this.field = '';
    return record;
  }

  /** a quoted field still open at the end of the input: the line it started on */
  unterminated(): number | undefined {
    return this.quoted ? this.start : undefined;
  }
}
