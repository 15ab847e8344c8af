import type { Rule } from '../types.js';

function isDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const notADate = (what: string, value: string) => `${what} ${value} is not a calendar date: write YYYY-MM-DD with a month from 01 to 12 and a day that exists in that month`;

export const rolloutDates: Rule = {
  meta: {
    id: 'rollout-dates',
    defaultSeverity: 'error',
    kinds: ['RolloutPlan'],
    description: 'rollout dates are real calendar dates and every phase starts on or before its end',
  },
  check(ctx) {
    for (const doc of ctx.index.ofKind('RolloutPlan')) {
      const spec = doc.data.spec;
      spec.phases.forEach((p, i) => {
        const at = ['spec', 'phases', i];
        const start = isDate(p.start);
        const end = isDate(p.end);
        if (!start) ctx.report({ doc, path: [...at, 'start'], message: notADate(`start of phase "${p.id}"`, p.start) });
        if (!end) ctx.report({ doc, path: [...at, 'end'], message: notADate(`end of phase "${p.id}"`, p.end) });
        if (start && end && p.start > p.end) {
          ctx.report({ doc, path: [...at, 'end'], message: `phase "${p.id}" ends on ${p.end}, before it starts on ${p.start}: swap or correct the dates` });
        }
      });
      spec.objectives?.forEach((o, i) => {
        if (o.by !== undefined && !isDate(o.by)) ctx.report({ doc, path: ['spec', 'objectives', i, 'by'], message: notADate(`date of objective "${o.metric}"`, o.by) });
      });
    }
  },
};
