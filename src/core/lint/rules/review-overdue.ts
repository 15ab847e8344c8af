import { reviewDueDate } from '../../status/dates.js';
import type { Rule } from '../types.js';

export const reviewOverdue: Rule = {
  meta: {
    id: 'review-overdue',
    defaultSeverity: 'warn',
    description: 'a document whose metadata.reviewed date is older than review.interval of stdkit.yaml (default 90d) is due for review',
  },
  check(ctx) {
    const interval = ctx.index.config?.review?.interval;
    for (const doc of ctx.index.valid()) {
      const reviewed = doc.data.metadata.reviewed;
      if (reviewed === undefined) continue; // documents never reviewed are status's business, not a lint failure
      const due = reviewDueDate(reviewed, interval);
      if (due === undefined || due >= ctx.today) continue;
      ctx.report({
        doc,
        path: ['metadata', 'reviewed'],
        message: `last reviewed on ${reviewed}, due again by ${due} (review.interval ${interval ?? '90d'}): review it and set metadata.reviewed to the date of the review`,
      });
    }
  },
};
