// SLA durations: <n>h, <n>d (calendar days), <n>bd (business days), <n>w.

export type DurationUnit = 'h' | 'd' | 'bd' | 'w';
export interface Duration {
  value: number;
  unit: DurationUnit;
  /** comparable length in hours; a business day counts 7/5 of a calendar day */
  hours: number;
}

const HOURS: Record<DurationUnit, number> = { h: 1, d: 24, bd: (24 * 7) / 5, w: 168 };
const RE = /^(\d+(?:\.\d+)?)\s*(h|d|bd|w)$/;

export function parseDuration(text: unknown): Duration | undefined {
  if (typeof text !== 'string') return undefined;
  const m = RE.exec(text.trim());
  if (!m) return undefined;
  const value = Number(m[1]);
  if (!(value > 0)) return undefined;
  const unit = m[2] as DurationUnit;
  return { value, unit, hours: value * HOURS[unit] };
}

/** negative when a is shorter (tighter) than b */
export function compareDurations(a: Duration, b: Duration): number {
  return a.hours - b.hours;
}
