// Calendar arithmetic on YYYY-MM-DD dates (UTC, no time zone surprises) for reviews and ages.
import { parseDuration } from '../model/duration.js';

export const DEFAULT_REVIEW_INTERVAL = '90d';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isDate(s: unknown): s is string {
  return typeof s === 'string' && DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
}

const toMs = (d: string) => Date.parse(`${d}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromMs(toMs(date) + days * 86_400_000);
}

/** Monday to Friday only */
export function addBusinessDays(date: string, days: number): string {
  let ms = toMs(date);
  for (let left = days; left > 0; ) {
    ms += 86_400_000;
    const wd = new Date(ms).getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
  }
  return fromMs(ms);
}

/** whole days from a to b (negative when b is earlier) */
export function daysBetween(a: string, b: string): number {
  return Math.round((toMs(b) - toMs(a)) / 86_400_000);
}

/** the last day a review done on `reviewed` still holds, for an interval like 90d, 2bd, 13w, 720h */
export function reviewDueDate(reviewed: string, interval: string | undefined): string | undefined {
  const d = parseDuration(interval ?? DEFAULT_REVIEW_INTERVAL);
  if (!d || !isDate(reviewed)) return undefined;
  if (d.unit === 'bd') return addBusinessDays(reviewed, Math.ceil(d.value));
  return addDays(reviewed, Math.ceil(d.hours / 24));
}
