// A small trend chart per KPI as inline SVG: one line per region, target and alert lines dashed.
import { escapeHtml } from '../render/text.js';
import { named, type KpiLabels } from './labels.js';
import type { KpiColumn } from './types.js';
import { formatValue } from './value.js';

const W = 320;
const H = 140;
const PAD = { left: 48, right: 10, top: 10, bottom: 22 };
export const PALETTE = ['#2563eb', '#d97706', '#059669', '#7c3aed', '#db2777', '#0891b2', '#65a30d', '#dc2626', '#4b5563', '#ca8a04'];

const f = (n: number): string => String(Math.round(n * 10) / 10);

export function trendChart(k: KpiColumn, regionNames: Map<string, string>, L: KpiLabels): string {
  const fmt = (v: number) => formatValue(v, k.unit, L.lang);
  const all: number[] = [k.target, ...(k.alertBelow === null ? [] : [k.alertBelow])];
  for (const s of k.series.values()) for (const v of s) if (v !== null) all.push(v);
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (hi === lo) [lo, hi] = [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.08;
  lo -= pad;
  hi += pad;
  const n = k.history.length;
  const x = (i: number): number => PAD.left + (n <= 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (v: number): number => PAD.top + ((hi - v) * (H - PAD.top - PAD.bottom)) / (hi - lo);
  const title = `${named(k.name, k.metric)}${L.comma}${k.history[0] ?? ''} – ${k.period ?? ''}`;
  const parts: string[] = [
    `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg">`,
    `<title>${escapeHtml(title)}</title>`,
    `<line x1="${PAD.left}" y1="${H - PAD.bottom}" x2="${W - PAD.right}" y2="${H - PAD.bottom}" class="axis"/>`,
    hline(y(k.target), 'target', `${L.target} ${fmt(k.target)}`),
  ];
  if (k.alertBelow !== null) parts.push(hline(y(k.alertBelow), 'alert-line', `${L.alertBelow} ${fmt(k.alertBelow)}`));
  parts.push(label(PAD.left - 4, y(hi - pad) + 4, fmt(hi - pad), 'end'), label(PAD.left - 4, y(lo + pad) + 4, fmt(lo + pad), 'end'));
  if (n > 0) {
    parts.push(label(x(0), H - 6, k.history[0]!, n === 1 ? 'middle' : 'start'));
    if (n > 1) parts.push(label(x(n - 1), H - 6, k.history[n - 1]!, 'end'));
  }
  let i = 0;
  for (const [region, values] of k.series) {
    const color = PALETTE[i++ % PALETTE.length]!;
    const name = named(regionNames.get(region) ?? region, region);
    const points = values.map((v, j) => (v === null ? null : `${f(x(j))},${f(y(v))}`));
    const segments: string[][] = [[]];
    for (const p of points) {
      if (p !== null) segments[segments.length - 1]!.push(p);
      else if (segments[segments.length - 1]!.length > 0) segments.push([]);
    }
    const dots = points.flatMap((p, j) => (p === null ? [] : [`<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="2"><title>${escapeHtml(`${name} ${k.history[j]}: ${fmt(values[j]!)}`)}</title></circle>`]));
    parts.push(`<g class="series" stroke="${color}" fill="${color}"><title>${escapeHtml(name)}</title>${segments.filter((g) => g.length > 1).map((g) => `<polyline points="${g.join(' ')}" fill="none"/>`).join('')}${dots.join('')}</g>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

function hline(yy: number, cls: string, text: string): string {
  return `<line x1="${PAD.left}" y1="${f(yy)}" x2="${W - PAD.right}" y2="${f(yy)}" class="${cls}"><title>${escapeHtml(text)}</title></line>`;
}

function label(xx: number, yy: number, text: string, anchor: 'start' | 'middle' | 'end'): string {
  return `<text x="${f(xx)}" y="${f(yy)}" text-anchor="${anchor}">${escapeHtml(text)}</text>`;
}
