// Periods as integers: each period type maps its labels onto consecutive ordinals, so that
// "previous" is ordinal - 1 and ordering is numeric. ISO 8601 weeks (Monday first, week 1
// holds the year's first Thursday), so 2027-W01 follows 2026-W53.
import type { PeriodType } from './types.js';

const DAY_MS = 86_400_000;

const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;
const dateOf = (day: number): Date => new Date(day * DAY_MS);
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Monday of ISO week 1 of a year, as a day ordinal (days since 1970-01-01). */
function week1Monday(year: number): number {
  const jan4 = dayOf(year, 1, 4);
  return jan4 - ((dateOf(jan4).getUTCDay() + 6) % 7);
}

/** 52 or 53: a year has 53 ISO weeks when it starts on a Thursday, or on a Wednesday in a leap year. */
export function isoWeeksInYear(year: number): number {
  return (week1Monday(year + 1) - week1Monday(year)) / 7;
}

/** a week's ordinal: its Monday's day ordinal + 3 (1970-01-01 is a Thursday) over 7 */
const weekOrdinal = (year: number, week: number): number => (week1Monday(year) + 7 * (week - 1) + 3) / 7;

export const PERIOD_EXAMPLES: Record<PeriodType, string> = {
  day: '2027-02-03',
  week: '2027-W05',
  month: '2027-02',
  quarter: '2027-Q1',
  year: '2027',
};

const PATTERNS: Record<PeriodType, RegExp> = {
  day: /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/,
  week: /^(\d{4})-?W(\d{1,2})$/i,
  month: /^(\d{4})[-/.](\d{1,2})$/,
  quarter: /^(\d{4})[- ]?Q([1-4])$/i,
  year: /^(\d{4})$/,
};

/** The ordinal of a period label of the given type, or undefined when it is not one. */
export function parsePeriod(type: PeriodType, text: string): number | undefined {
  const m = PATTERNS[type].exec(text.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const a = Number(m[2]);
  switch (type) {
    case 'year':
      return y;
    case 'quarter':
      return y * 4 + a - 1;
    case 'month':
      return a >= 1 && a <= 12 ? y * 12 + a - 1 : undefined;
    case 'week':
      return a >= 1 && a <= isoWeeksInYear(y) ? weekOrdinal(y, a) : undefined;
    case 'day': {
      const d = Number(m[3]);
      const day = dayOf(y, a, d);
      const date = dateOf(day);
      return date.getUTCMonth() === a - 1 && date.getUTCDate() === d ? day : undefined;
    }
  }
}

/** The canonical label of a period: 2027-02-03, 2027-W05, 2027-02, 2027-Q1, 2027. */
export function formatPeriod(type: PeriodType, ord: number): string {
  switch (type) {
    case 'year':
      return String(ord);
    case 'quarter':
      return `${Math.floor(ord / 4)}-Q${(((ord % 4) + 4) % 4) + 1}`;
    case 'month':
      return `${Math.floor(ord / 12)}-${pad((((ord % 12) + 12) % 12) + 1)}`;
    case 'day':
      return dateOf(ord).toISOString().slice(0, 10);
    case 'week': {
      const thursday = dateOf(ord * 7);
      const year = thursday.getUTCFullYear();
      return `${year}-W${pad((ord * 7 - 3 - week1Monday(year)) / 7 + 1)}`;
    }
  }
}

export function previousPeriod(type: PeriodType, text: string): string | undefined {
  const ord = parsePeriod(type, text);
  return ord === undefined ? undefined : formatPeriod(type, ord - 1);
}

/** first and last day (day ordinals, inclusive) of a period */
export function periodDays(type: PeriodType, ord: number): [number, number] {
  switch (type) {
    case 'day':
      return [ord, ord];
    case 'week':
      return [ord * 7 - 3, ord * 7 + 3];
    case 'month': {
      const y = Math.floor(ord / 12);
      const m = ord - y * 12 + 1;
      return [dayOf(y, m, 1), dayOf(y, m + 1, 1) - 1];
    }
    case 'quarter': {
      const y = Math.floor(ord / 4);
      const q = ord - y * 4;
      return [dayOf(y, q * 3 + 1, 1), dayOf(y, q * 3 + 4, 1) - 1];
    }
    case 'year':
      return [dayOf(ord, 1, 1), dayOf(ord + 1, 1, 1) - 1];
  }
}

const ORDER: PeriodType[] = ['day', 'week', 'month', 'quarter', 'year'];

/** The type a label looks like, for messages and for --period; the first type that parses it. */
export function detectPeriod(text: string): { type: PeriodType; ord: number } | undefined {
  for (const type of ORDER) {
    const ord = parsePeriod(type, text);
    if (ord !== undefined) return { type, ord };
  }
  return undefined;
}
