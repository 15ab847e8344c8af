import type { Field } from '../../model/types.js';
import type { Rule } from '../types.js';

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

function isDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function compiles(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined; // pattern-valid reports it
  }
}

/** what is wrong with the example, or undefined */
function problem(f: Field): string | undefined {
  const ex = f.example;
  const text = String(ex);
  const num = (typeof ex === 'number' && Number.isFinite(ex)) || (typeof ex === 'string' && NUMBER.test(ex.trim()));
  switch (f.type) {
    case 'enum':
      if (f.values && !f.values.includes(text)) return `is not one of its values (${f.values.join(', ')})`;
      break;
    case 'integer':
      if (!(typeof ex === 'number' ? Number.isInteger(ex) : typeof ex === 'string' && INTEGER.test(ex.trim()))) return 'is not a whole number';
      break;
    case 'decimal':
    case 'currency':
      if (!num) return 'is not a number (write it without currency signs or thousands separators, e.g. 1234.50)';
      break;
    case 'date':
      if (typeof ex !== 'string' || !isDate(ex)) return 'is not a date: write YYYY-MM-DD with a day that exists, e.g. 2026-01-15';
      break;
    case 'datetime':
      if (typeof ex !== 'string' || !DATETIME.test(ex) || !isDate(ex.slice(0, 10))) return 'is not a date and time: write e.g. 2026-01-15T09:30:00+08:00';
      break;
    case 'boolean':
      if (typeof ex !== 'boolean' && text !== 'true' && text !== 'false') return 'is not true or false';
      break;
  }
  const re = f.pattern === undefined ? undefined : compiles(f.pattern);
  if (re && !re.test(text)) return `does not match its pattern ${f.pattern}`;
  return undefined;
}

export const fieldExample: Rule = {
  meta: {
    id: 'field-example',
    defaultSeverity: 'error',
    kinds: ['DataDictionary'],
    description: "a field's example fits the field: it matches the pattern, is one of the enum values, and has the field's type",
  },
  check(ctx) {
    for (const doc of ctx.index.ofKind('DataDictionary')) {
      doc.data.spec.fields?.forEach((f, i) => {
        if (f.example === undefined || f.example === null) return;
        const what = problem(f);
        if (!what) return;
        ctx.report({
          doc,
          path: ['spec', 'fields', i, 'example'],
          message: `example ${JSON.stringify(f.example)} of ${f.type} field "${f.id}" ${what}: correct the example (or the field, if the example is right)`,
        });
      });
    }
  },
};
