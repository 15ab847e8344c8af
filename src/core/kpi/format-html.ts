// The offline dashboard page: a region × KPI heat table, the alerts and a trend chart per KPI,
// in the look of the manual (its stylesheet inlined, plus the dashboard's additions) and its
// language. One file, inline CSS and SVG, no script and no network; every user text escaped.
import { escapeHtml as e } from '../render/text.js';
import { PALETTE, trendChart } from './html-chart.js';
import { DASHBOARD_CSS } from './html-style.js';
import { kpiLabels, named, periodWord, scoreText, TREND_ARROW, type KpiLabels, type Lang } from './labels.js';
import type { Dashboard, KpiColumn } from './types.js';
import { formatValue } from './value.js';

export interface HtmlOptions {
  title: string;
  lang?: Lang;
  /** the manual's version, shown next to the title */
  version?: string;
  /** the manual's stylesheet (templates/html/manual.css, or the repository's override) */
  css?: string;
  /** the manual's page, linked from the sidebar, e.g. "index.html" when written next to it */
  manualHref?: string;
  /** shown in the footer, e.g. the generation date; left out for reproducible output */
  generated?: string;
}

/** the id of a KPI's figure: the metric id itself, so the manual links to `kpi.html#order-sla-rate` */
export const kpiAnchor = (metric: string): string => metric;

/** a stylesheet cannot end the <style> element it is inlined in */
const inlineCss = (css: string): string => css.replace(/<\/(style)/gi, '<\\/$1');

function limits(k: KpiColumn, L: KpiLabels): string {
  const fmt = (v: number) => formatValue(v, k.unit, L.lang);
  const parts = [`${L.target} ${fmt(k.target)}`];
  if (k.alertBelow !== null) parts.push(`${L.alertBelow} ${fmt(k.alertBelow)}`);
  parts.push(`${L.weight} ${k.weight}`);
  return parts.join(' · ');
}

function sidebar(d: Dashboard, opts: HtmlOptions, L: KpiLabels): string {
  const title = opts.manualHref ? `<a href="${e(opts.manualHref)}">${e(opts.title)}</a>` : e(opts.title);
  const version = opts.version ? ` <span class="version">${e(opts.version)}</span>` : '';
  const back = opts.manualHref ? `<li><a href="${e(opts.manualHref)}" rel="up">← ${e(L.manual)}</a></li>\n` : '';
  const kpis = d.kpis.map((k) => `<li><a href="#${e(kpiAnchor(k.metric))}">${e(k.name)}</a></li>`).join('');
  return `<nav class="sidebar" aria-label="${e(L.dashboard)}">
<div class="brand">${title}${version}</div>
<ul class="toc">
${back}<li><a href="#section.heat">${e(L.heat)}</a></li>
<li><a href="#section.alerts">${e(L.alerts)} (${d.alerts.length})</a></li>
<li><a href="#section.trends">${e(L.trends)}</a>
<ul>${kpis}</ul></li>
</ul>
</nav>`;
}

function heatTable(d: Dashboard, L: KpiLabels): string {
  const head = d.kpis
    .map((k) => `<th title="${e(`${named(k.name, k.metric)}: ${limits(k, L)}`)}"><a href="#${e(kpiAnchor(k.metric))}">${e(k.name)}</a><small><code>${e(k.metric)}</code> ${e(k.period ?? '–')}</small></th>`)
    .join('');
  const rows = d.regions.map((r) => {
    const cells = r.kpis.map((k, i) => {
      const unit = d.kpis[i]!.unit;
      const previous = k.previous === null ? '' : `${L.comma}${L.previous} ${formatValue(k.previous, unit, L.lang)}`;
      const tip = `${named(r.name, r.code)} · ${named(k.name, k.metric)} ${k.period ?? ''}${L.colon}${L.status[k.status]}${previous}`;
      return `<td class="${k.status}" title="${e(tip)}">${e(formatValue(k.value, unit, L.lang))} ${TREND_ARROW[k.trend]}</td>`;
    });
    return `<tr><td class="region">${e(named(r.name, r.code))}</td><td class="score">${scoreText(r.score)}</td>${cells.join('')}</tr>`;
  });
  return `<div class="wide"><table class="heat">
<thead><tr><th class="region">${e(L.region)}</th><th>${e(L.score)}</th>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></div>`;
}

function alertList(d: Dashboard, L: KpiLabels): string {
  if (d.alerts.length === 0) return `<p>${e(L.noAlerts)}</p>`;
  const units = new Map(d.kpis.map((k) => [k.metric, k.unit]));
  const fmt = (v: number, metric: string) => e(formatValue(v, units.get(metric) ?? '', L.lang));
  const items = d.alerts.map((a) => `<li><b>${e(named(a.regionName, a.region))}</b>${e(L.colon)}<a href="#${e(kpiAnchor(a.metric))}">${e(named(a.name, a.metric))}</a> ${e(a.period)} ${fmt(a.value, a.metric)} &lt; ${fmt(a.alertBelow, a.metric)}</li>`);
  return `<ul class="alerts">${items.join('')}</ul>`;
}

function charts(d: Dashboard, L: KpiLabels): string {
  const names = new Map(d.regions.map((r) => [r.code, r.name]));
  const legend = d.regions.slice(0, PALETTE.length * 2).map((r, i) => `<i style="background:${PALETTE[i % PALETTE.length]}"></i>${e(named(r.name, r.code))}`).join('');
  return d.kpis
    .map((k) => {
      const caption = `<figcaption>${e(k.name)} <code>${e(k.metric)}</code><small>${e(periodWord(L, k.periodType))} · ${e(limits(k, L))}</small></figcaption>`;
      const body = k.history.length > 0 ? `${trendChart(k, names, L)}<div class="series-legend">${legend}</div>` : `<p class="no-data">${e(L.status.missing)}</p>`;
      return `<figure class="kpi" id="${e(kpiAnchor(k.metric))}">${caption}${body}</figure>`;
    })
    .join('\n');
}

export function formatHtml(d: Dashboard, opts: HtmlOptions): string {
  const L = kpiLabels(opts.lang);
  const counts = [L.count(d.regions.length, 'region'), L.count(d.kpis.length, 'kpi'), L.count(d.alerts.length, 'alert')].join(' · ');
  const legend = [['ok', L.okNote], ['below-target', L.status['below-target']], ['alert', L.alertNote], ['missing', L.status.missing]]
    .map(([cls, text]) => `<span class="${cls}">${e(text!)}</span>`)
    .join('');
  return `<!doctype html>
<html lang="${e(L.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="generator" content="stdkit kpi">
<title>${e(`${opts.title} · ${L.dashboard} ${d.period ?? ''}`.trim())}</title>
<style>
${inlineCss(opts.css ?? '')}
${DASHBOARD_CSS}
</style>
</head>
<body class="kpi-dashboard">
${sidebar(d, opts, L)}
<main id="content">
<header class="kpi-head"><p class="kicker">${e(L.dashboard)}</p><h1>${e(opts.title)}</h1><p class="doc-meta">${e(L.asOf)} <b>${e(d.period ?? '–')}</b> · ${e(counts)}</p></header>
<section class="doc" id="section.heat">
<h2>${e(L.heat)}</h2>
<p class="legend">${legend} ${e(`${L.trend} ${L.trendNote}`)}${e(L.comma)}${e(L.scoreNote)}</p>
${heatTable(d, L)}
</section>
<section class="doc" id="section.alerts">
<h2>${e(L.alerts)} (${d.alerts.length})</h2>
${alertList(d, L)}
</section>
<section class="doc" id="section.trends">
<h2>${e(L.trends)}</h2>
<div class="charts">
${charts(d, L)}
</div>
</section>
<footer class="kpi-foot">stdkit kpi${opts.generated ? ` · ${e(opts.generated)}` : ''}</footer>
</main>
</body>
</html>
`;
}
