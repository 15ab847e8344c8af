// The dashboard on a terminal: one block per region, alerts in red.
import { Chalk } from 'chalk';
import { plural, scoreText, STATUS_LABEL, TREND_ARROW } from './labels.js';
import type { Dashboard } from './types.js';
import { formatValue } from './value.js';

export function formatText(d: Dashboard, opts: { color: boolean }): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const units = new Map(d.kpis.map((k) => [k.metric, k.unit]));
  const idWidth = Math.max(6, ...d.kpis.map((k) => k.metric.length));
  const out: string[] = [c.bold(`KPI dashboard as of ${d.period ?? '–'}: ${plural(d.regions.length, 'region')}, ${plural(d.kpis.length, 'KPI')}`), ''];
  for (const r of d.regions) {
    out.push(`${c.bold(r.code)} ${r.name}  score ${c.bold(scoreText(r.score))}`);
    for (const k of r.kpis) {
      const unit = units.get(k.metric) ?? '';
      const value = formatValue(k.value, unit).padStart(9);
      const limits = `target ${formatValue(k.target, unit)}${k.alertBelow === null ? '' : `, alert < ${formatValue(k.alertBelow, unit)}`}`;
      const prev = k.previous === null ? '' : ` (was ${formatValue(k.previous, unit)})`;
      const status = STATUS_LABEL[k.status];
      const paint = k.status === 'alert' ? c.red.bold : k.status === 'below-target' ? c.yellow : k.status === 'ok' ? c.green : c.dim;
      out.push(`  ${k.metric.padEnd(idWidth)}  ${(k.period ?? '–').padEnd(10)} ${value} ${TREND_ARROW[k.trend]}  ${paint(status.padEnd(12))}  ${c.dim(limits + prev)}`);
    }
    out.push('');
  }
  if (d.alerts.length === 0) out.push(c.green('no alerts'));
  else {
    out.push(c.red.bold(`${plural(d.alerts.length, 'alert')}:`));
    for (const a of d.alerts) {
      const unit = units.get(a.metric) ?? '';
      out.push(c.red(`  ${a.region} ${a.regionName}  ${a.metric} ${a.period}  ${formatValue(a.value, unit)} < ${formatValue(a.alertBelow, unit)}  ${a.name}`));
    }
  }
  return `${out.join('\n')}\n`;
}
