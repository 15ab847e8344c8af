// The dashboard as Markdown, in the manual's language: a region × KPI table for a wiki page,
// an issue or a CI summary.
import { markdownCell } from '../render/text.js';
import { asOfText, kpiLabels, named, periodWord, scoreText, TREND_ARROW, type Lang } from './labels.js';
import type { Dashboard, Status } from './types.js';
import { formatValue } from './value.js';

const MARK: Record<Status, string> = { ok: '🟢', 'below-target': '🟡', alert: '🔴', missing: '⚪' };

export function formatMarkdown(d: Dashboard, opts: { lang?: Lang } = {}): string {
  const L = kpiLabels(opts.lang);
  const fmt = (v: number | null, unit: string) => formatValue(v, unit, L.lang);
  const out: string[] = [`# ${L.dashboard} ${asOfText(L, d.period)}`, ''];
  out.push(`| ${L.region} | ${L.score} | ` + d.kpis.map((k) => markdownCell(k.name)).join(' | ') + ' |');
  out.push('| --- | ---: | ' + d.kpis.map(() => '---:').join(' | ') + ' |');
  for (const r of d.regions) {
    const cells = r.kpis.map((k, i) => `${MARK[k.status]} ${fmt(k.value, d.kpis[i]!.unit)} ${TREND_ARROW[k.trend]}`.trim());
    out.push(`| ${markdownCell(named(r.name, r.code))} | ${scoreText(r.score)} | ${cells.join(' | ')} |`);
  }
  const legend = [`🟢 ${L.okNote}`, `🟡 ${L.status['below-target']}`, `🔴 ${L.alertNote}`, `⚪ ${L.status.missing}`, `${L.trend} ${L.trendNote}`];
  out.push('', legend.join(' · '), '');
  out.push(`## ${L.kpis}`, '', `| ${L.metric} | ${L.name} | ${L.period} | ${L.target} | ${L.alertBelow} | ${L.weight} |`, '| --- | --- | --- | ---: | ---: | ---: |');
  for (const k of d.kpis) {
    const alert = k.alertBelow === null ? '–' : fmt(k.alertBelow, k.unit);
    out.push(`| \`${k.metric}\` | ${markdownCell(k.name)} | ${k.period ?? '–'} (${periodWord(L, k.periodType)}) | ${fmt(k.target, k.unit)} | ${alert} | ${k.weight} |`);
  }
  out.push('', `## ${L.alerts} (${d.alerts.length})`, '');
  if (d.alerts.length === 0) out.push(L.noAlerts);
  const units = new Map(d.kpis.map((k) => [k.metric, k.unit]));
  for (const a of d.alerts) {
    const unit = units.get(a.metric) ?? '';
    out.push(`- **${markdownCell(named(a.regionName, a.region))}**${L.colon}${markdownCell(a.name)} (\`${a.metric}\`${L.comma}${a.period}) ${fmt(a.value, unit)} < ${fmt(a.alertBelow, unit)}`);
  }
  out.push('', `_${[L.count(d.regions.length, 'region'), L.count(d.kpis.length, 'kpi')].join(L.comma)}_`);
  return `${out.join('\n')}\n`;
}
