// Words and symbols shared by the output formats.
import type { Status, Trend } from './types.js';

export const STATUS_LABEL: Record<Status, string> = {
  ok: 'ok',
  'below-target': 'below target',
  alert: 'ALERT',
  missing: 'no data',
};

export const TREND_ARROW: Record<Trend, string> = { up: '↑', down: '↓', flat: '→', none: ' ' };

export const scoreText = (score: number | null): string => (score === null ? '–' : `${score.toFixed(1)}%`);

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
