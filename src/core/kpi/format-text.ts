// The dashboard on a terminal: one block per region, alerts in red, in the manual's language.
import { Chalk } from 'chalk';
import { displayWidth } from '../../formatters/stylish.js';
import { asOfText, kpiLabels, named, scoreText, TREND_ARROW, type Lang } from './labels.js';
import type { Dashboard } from './types.js';
import { formatValue } from './value.js';

const gap = (text: string, width: number): string => ' '.repeat(Math.max(0, width - displayWidth(text)));
const pad = (text: string, width: number): string => text + gap(text, width);

export function formatText(d: Dashboard, opts: { color: boolean; lang?: Lang }): string {
  const L = kpiLabels(opts.lang);
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const fmt = (v: number | null, unit: string) => formatValue(v, unit, L.lang);
  const units = new Map(d.kpis.map((k) => [k.metric, k.unit]));
  const kpiName = new Map(d.kpis.map((k) => [k.metric, named(k.name, k.metric)]));
  const nameWidth = Math.max(6, ...[...kpiName.values()].map(displayWidth));
  const statusWidth = Math.max(...Object.values(L.status).map(displayWidth));
  const counts = [L.count(d.regions.length, 'region'), L.count(d.kpis.length, 'kpi')].join(L.comma);
  const out: string[] = [c.bold(`${L.dashboard} ${asOfText(L, d.period)}${L.colon}${counts}`), ''];
  for (const r of d.regions) {
    out.push(`${c.bold(named(r.name, r.code))}  ${L.score.toLowerCase()} ${c.bold(scoreText(r.score))}`);
    for (const k of r.kpis) {
      const unit = units.get(k.metric) ?? '';
      const value = fmt(k.value, unit);
      const limits = `${L.targetWord} ${fmt(k.target, unit)}${k.alertBelow === null ? '' : `${L.comma}${L.alertWord} < ${fmt(k.alertBelow, unit)}`}`;
      const prev = k.previous === null ? '' : ` (${L.was} ${fmt(k.previous, unit)})`;
      const paint = k.status === 'alert' ? c.red.bold : k.status === 'below-target' ? c.yellow : k.status === 'ok' ? c.green : c.dim;
      const name = pad(kpiName.get(k.metric) ?? k.metric, nameWidth);
      out.push(`  ${name}  ${(k.period ?? '–').padEnd(10)} ${gap(value, 9)}${value} ${TREND_ARROW[k.trend]}  ${paint(pad(L.status[k.status], statusWidth))}  ${c.dim(limits + prev)}`);
    }
    out.push('');
  }
  if (d.alerts.length === 0) out.push(c.green(L.noAlerts));
  else {
    out.push(c.red.bold(`${L.count(d.alerts.length, 'alert')}${L.colon.trimEnd()}`));
    for (const a of d.alerts) {
      const unit = units.get(a.metric) ?? '';
      out.push(c.red(`  ${named(a.regionName, a.region)}  ${named(a.name, a.metric)}  ${a.period}  ${fmt(a.value, unit)} < ${fmt(a.alertBelow, unit)}`));
    }
  }
  return `${out.join('\n')}\n`;
}
