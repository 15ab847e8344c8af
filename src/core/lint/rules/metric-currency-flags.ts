import type { Rule } from '../types.js';

// Common ISO 4217 codes; a metric with one of them as its unit is a money amount.
const CURRENCIES = new Set(
  ('CNY USD EUR JPY HKD GBP TWD SGD KRW AUD CAD CHF INR MOP NZD SEK NOK DKK PLN CZK HUF RUB TRY BRL MXN ARS CLP COP PEN ' +
    'ZAR EGP NGN KES MAD AED SAR QAR KWD ILS THB MYR IDR PHP VND PKR BDT LKR KZT UAH RON')
    .split(' '),
);

export const metricCurrencyFlags: Rule = {
  meta: {
    id: 'metric-currency-flags',
    defaultSeverity: 'error',
    kinds: ['DataDictionary'],
    description: 'a currency metric (unit is an ISO 4217 code) states taxIncluded and returnsDeducted',
  },
  check(ctx) {
    for (const doc of ctx.index.ofKind('DataDictionary')) {
      doc.data.spec.metrics?.forEach((m, i) => {
        if (!CURRENCIES.has(m.unit)) return;
        const missing = [
          ...(m.taxIncluded === undefined ? ['taxIncluded (are amounts with or without tax?)'] : []),
          ...(m.returnsDeducted === undefined ? ['returnsDeducted (are returns subtracted?)'] : []),
        ];
        if (missing.length === 0) return;
        ctx.report({
          doc,
          path: ['spec', 'metrics', i],
          message: `currency metric "${m.id}" (${m.unit}) does not state ${missing.join(' and ')}: add ${missing.length > 1 ? 'both flags' : 'it'} as true or false, so that every region computes the figure by the same definition`,
        });
      });
    }
  },
};
