// Measured values as people type them into spreadsheets: "95%", "0.95", "1,234.5", "¥1,234".
import { enumWord, type Lang } from '../render/i18n.js';

export type UnitKind = 'ratio' | 'currency' | 'count' | 'duration' | 'other';

const RATIO = new Set(['ratio', 'rate', '%', 'percent', 'percentage']);
const COUNT = new Set(['count', 'number', 'pcs', 'orders', 'items', '个', '次', '件', '单']);
const DURATION = new Set(['hours', 'hour', 'h', 'days', 'day', 'd', 'minutes', 'min', 'bd', '小时', '天']);

export function unitKind(unit: string): UnitKind {
  if (/^[A-Z]{3}$/.test(unit)) return 'currency'; // an ISO 4217 code, per MODEL.md
  const u = unit.trim().toLowerCase();
  if (RATIO.has(u)) return 'ratio';
  if (COUNT.has(u)) return 'count';
  if (DURATION.has(u)) return 'duration';
  return 'other';
}

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;
const GROUPED = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** The number in a cell for a metric of this unit, or why it does not fit. */
export function parseValue(raw: string, unit: string): { value: number } | { error: string } {
  const kind = unitKind(unit);
  let s = raw.trim().replace(/\u00a0/g, '');
  if (s === '') return { error: 'no value' };
  const percent = /[%％]$/.test(s);
  if (percent) s = s.slice(0, -1).trim();
  if (kind === 'currency') s = s.replace(/^([-+]?)[¥￥$€£]\s*/, '$1');
  if (GROUPED.test(s)) s = s.replace(/,/g, '');
  if (!NUMBER.test(s)) return { error: `value "${raw.trim()}" is not a number` };
  if (percent && kind !== 'ratio') return { error: `value "${raw.trim()}" is a percentage, but the metric is measured in ${unit}` };
  // "95.5e-2" is parsed as the decimal 0.955 itself: 95.5% equals a target written as 0.955 exactly
  const value = Number(percent ? `${s}e-2` : s);
  if (!Number.isFinite(value)) return { error: `value "${raw.trim()}" is not a number` };
  if (kind === 'ratio' && (value < 0 || value > 1)) {
    const hint = !percent && value > 1 && value <= 100 ? ` (write ${value / 100} or ${value}%)` : '';
    return { error: `value ${raw.trim()} is outside 0..1 for a ratio${hint}` };
  }
  if (kind === 'count' && (value < 0 || !Number.isInteger(value))) return { error: `value ${raw.trim()} is not a whole number ≥ 0 for a count` };
  if (kind === 'duration' && value < 0) return { error: `value ${raw.trim()} is negative for a duration in ${unit}` };
  return { value };
}

/** A value for people: ratios as percentages, currencies grouped with two decimals; unit words in `lang` ("12 小时"). */
export function formatValue(value: number | null, unit: string, lang?: Lang): string {
  if (value === null) return '–';
  const kind = unitKind(unit);
  if (kind === 'ratio') return `${trim(value * 100, 1)}%`;
  if (kind === 'currency') return `${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${unit}`;
  if (kind === 'count') return value.toLocaleString('en-US');
  return `${trim(value, 2)} ${lang === undefined ? unit : enumWord(lang, unit)}`;
}

function trim(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}
