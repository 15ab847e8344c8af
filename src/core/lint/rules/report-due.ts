import { parseDue } from '../../model/due.js';
import type { Rule } from '../types.js';

export const reportDue: Rule = {
  meta: {
    id: 'report-due',
    defaultSeverity: 'error',
    kinds: ['DataDictionary'],
    description: "a report's due time parses for its frequency (daily HH:MM, weekly MON 12:00, monthly/quarterly 5, L or 5 10:00)",
  },
  check(ctx) {
    for (const doc of ctx.index.ofKind('DataDictionary')) {
      doc.data.spec.reports?.forEach((r, i) => {
        // YAML reads `due: 5` as a number: accept it like the text "5"
        const due: unknown = r.due;
        if (due === undefined || due === null) return;
        const parsed = parseDue(r.frequency, due);
        if (typeof parsed !== 'string') return;
        ctx.report({ doc, path: ['spec', 'reports', i, 'due'], message: `report "${r.id}": ${parsed}` });
      });
    }
  },
};
