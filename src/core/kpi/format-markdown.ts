// The dashboard as Markdown: a region × KPI table for a wiki page, an issue or a CI summary.
import { markdownCell } from '../render/text.js';
import { plural, scoreText, TREND_ARROW } from './labels.js';
import type { Dashboard, Status } from './types.js';
import { formatValue } from './value.js';

const MARK: Record<Status, string> = { ok: '🟢', 'below-target': '🟡', alert: '🔴', missing: '⚪' };

export function formatMarkdown(d: Dashboard): string {
  const out: string[] = [`# KPI dashboard as of ${d.period ?? '–'}`, ''];
  out.push('| Region | Score | ' + d.kpis.map((k) => markdownCell(k.name)).join(' | ') + ' |');
  out.push('| --- | ---: | ' + d.kpis.map(() => '---:').join(' | ') + ' |');
  for (const r of d.regions) {
    const cells = r.kpis.map((k, i) => `${MARK[k.status]} ${formatValue(k.value, d.kpis[i]!.unit)} ${TREND_ARROW[k.trend]}`.trim());
    out.push(`| ${markdownCell(`${r.code} ${r.name}`)} | ${scoreText(r.score)} | ${cells.join(' | ')} |`);
  }
  out.push('', '🟢 at or above target · 🟡 below target · 🔴 alert (below the alert threshold) · ⚪ no data · ↑↓→ against the previous period', '');
  out.push('## KPIs', '', '| Metric | Name | Period | Target | Alert below | Weight |', '| --- | --- | --- | ---: | ---: | ---: |');
  for (const k of d.kpis) {
    const alert = k.alertBelow === null ? '–' : formatValue(k.alertBelow, k.unit);
    out.push(`| \`${k.metric}\` | ${markdownCell(k.name)} | ${k.period ?? '–'} | ${formatValue(k.target, k.unit)} | ${alert} | ${k.weight} |`);
  }
  out.push('', `## Alerts (${d.alerts.length})`, '');
  if (d.alerts.length === 0) out.push('No alerts.');
  const units = new Map(d.kpis.map((k) => [k.metric, k.unit]));
  for (const a of d.alerts) {
    const unit = units.get(a.metric) ?? '';
    out.push(`- **${markdownCell(`${a.region} ${a.regionName}`)}**: ${markdownCell(a.name)} (\`${a.metric}\`, ${a.period}) ${formatValue(a.value, unit)} < ${formatValue(a.alertBelow, unit)}`);
  }
  out.push('', `_${plural(d.regions.length, 'region')}, ${plural(d.kpis.length, 'KPI')}._`);
  return `${out.join('\n')}\n`;
}
