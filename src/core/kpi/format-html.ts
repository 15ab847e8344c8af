// The offline dashboard page: a region × KPI heat table, the alerts and a trend chart per KPI.
// One file, inline CSS and SVG, no script and no network; every user text escaped.
import { escapeHtml as e } from '../render/text.js';
import { PALETTE, trendChart } from './html-chart.js';
import { DASHBOARD_CSS } from './html-style.js';
import { plural, scoreText, STATUS_LABEL, TREND_ARROW } from './labels.js';
import type { Dashboard } from './types.js';
import { formatValue } from './value.js';

export interface HtmlOptions {
  title: string;
  lang?: string;
  /** shown in the footer, e.g. the generation date; left out for reproducible output */
  generated?: string;
}

export function formatHtml(d: Dashboard, opts: HtmlOptions): string {
  const names = new Map(d.regions.map((r) => [r.code, r.name]));
  const head = d.kpis
    .map((k) => `<th title="${e(`${k.metric}: target ${formatValue(k.target, k.unit)}${k.alertBelow === null ? '' : `, alert below ${formatValue(k.alertBelow, k.unit)}`}, weight ${k.weight}`)}">${e(k.name)}<small>${e(k.period ?? '–')}</small></th>`)
    .join('');
  const rows = d.regions
    .map((r) => {
      const cells = r.kpis.map((k, i) => {
        const unit = d.kpis[i]!.unit;
        const tip = `${r.code} ${r.name} · ${k.name} ${k.period ?? ''}: ${STATUS_LABEL[k.status]}${k.previous === null ? '' : `, previous ${formatValue(k.previous, unit)}`}`;
        return `<td class="${k.status}" title="${e(tip)}">${e(formatValue(k.value, unit))} ${TREND_ARROW[k.trend]}</td>`;
      });
      return `<tr><td class="region"><b>${e(r.code)}</b> ${e(r.name)}</td><td class="score">${scoreText(r.score)}</td>${cells.join('')}</tr>`;
    })
    .join('\n');
  const units = new Map(d.kpis.map((k) => [k.metric, k.unit]));
  const alerts = d.alerts.length === 0
    ? '<p>No alerts.</p>'
    : `<ul class="alerts">${d.alerts.map((a) => `<li><b>${e(`${a.region} ${a.regionName}`)}</b>: ${e(a.name)} (${e(a.metric)}, ${e(a.period)}) ${e(formatValue(a.value, units.get(a.metric) ?? ''))} &lt; ${e(formatValue(a.alertBelow, units.get(a.metric) ?? ''))}</li>`).join('')}</ul>`;
  const legend = [...names.keys()].slice(0, PALETTE.length * 2).map((code, i) => `<i style="background:${PALETTE[i % PALETTE.length]}"></i>${e(code)}`).join('');
  const charts = d.kpis
    .filter((k) => k.history.length > 0)
    .map((k) => `<figure class="kpi"><figcaption>${e(k.name)}<small>${e(k.metric)} · ${e(k.periodType)} · target ${e(formatValue(k.target, k.unit))}</small></figcaption>${trendChart(k, names)}<div class="series-legend">${legend}</div></figure>`)
    .join('\n');
  return `<!doctype html>
<html lang="${e(opts.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`${opts.title} · KPI ${d.period ?? ''}`)}</title>
<style>${DASHBOARD_CSS}</style>
</head>
<body>
<header><h1>${e(opts.title)}</h1><p>KPI dashboard as of <b>${e(d.period ?? '–')}</b> · ${plural(d.regions.length, 'region')} · ${plural(d.kpis.length, 'KPI')} · ${plural(d.alerts.length, 'alert')}</p></header>
<main>
<h2 id="heat">Regions × KPIs</h2>
<p class="legend"><span class="ok" style="background:var(--ok)">at or above target</span><span style="background:var(--below)">below target</span><span style="background:var(--alert)">alert</span><span style="background:var(--missing)">no data</span> ↑ ↓ → against the previous period; score = weighted attainment of the targets</p>
<div class="table-wrap"><table class="heat">
<thead><tr><th class="region">Region</th><th>Score</th>${head}</tr></thead>
<tbody>
${rows}
</tbody></table></div>
<h2 id="alerts">Alerts (${d.alerts.length})</h2>
${alerts}
<h2 id="trends">Trends</h2>
<div class="charts">
${charts}
</div>
</main>
<footer>stdkit kpi${opts.generated ? ` · ${e(opts.generated)}` : ''}</footer>
</body>
</html>
`;
}
