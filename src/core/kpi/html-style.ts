// The dashboard's additions to the manual's stylesheet (templates/html/manual.css, inlined before
// these): status colours, the heat table and the trend charts. Fallbacks keep it readable when a
// templates/ override of manual.css leaves out the manual's variables.
export const DASHBOARD_CSS = `
/* stdkit kpi: the dashboard's additions to the manual's stylesheet */
.kpi-dashboard { --ok-bg: #e3f9e5; --ok-fg: #207227; --below-bg: #fff4e5; --below-fg: #8d5a12; --alert-bg: #ffe3e3; --alert-fg: #a61b1b; --missing-bg: #f4f6f8; }
.kpi-head { padding: 2rem 0 1rem; border-bottom: 3px solid var(--accent, #2f5fb3); margin-bottom: 1rem; }
.kpi-head h1 { margin: .25rem 0 .5rem; font-size: 2rem; }
.kpi-head .kicker { color: var(--muted, #616e7c); letter-spacing: .1em; margin: 0; }
.kpi-dashboard section.doc { margin: 1.5rem 0 2.5rem; }
.kpi-dashboard .wide { overflow-x: auto; }
table.heat { width: auto; }
table.heat th, table.heat td { text-align: right; white-space: nowrap; vertical-align: bottom; }
table.heat th.region, table.heat td.region { text-align: left; }
table.heat th small { display: block; color: var(--muted, #616e7c); font-weight: 400; }
table.heat td.ok { background: var(--ok-bg); color: var(--ok-fg); }
table.heat td.below-target { background: var(--below-bg); color: var(--below-fg); }
table.heat td.alert { background: var(--alert-bg); color: var(--alert-fg); font-weight: 700; }
table.heat td.missing { background: var(--missing-bg); color: var(--muted, #616e7c); }
table.heat td.score { font-weight: 600; }
.legend span { display: inline-block; padding: 0 .5em; margin-right: .5em; border-radius: 3px; font-size: .9em; }
.legend .ok { background: var(--ok-bg); color: var(--ok-fg); }
.legend .below-target { background: var(--below-bg); color: var(--below-fg); }
.legend .alert { background: var(--alert-bg); color: var(--alert-fg); }
.legend .missing { background: var(--missing-bg); }
ul.alerts li { color: var(--alert-fg); }
.charts { display: flex; flex-wrap: wrap; gap: 16px; }
figure.kpi { margin: 0; padding: 12px; border: 1px solid var(--line, #d9e2ec); border-radius: 6px; width: 346px; scroll-margin-top: 1rem; }
figure.kpi:target { outline: 2px solid var(--accent, #2f5fb3); }
figure.kpi figcaption { font-weight: 600; margin-bottom: 6px; }
figure.kpi figcaption small { display: block; color: var(--muted, #616e7c); font-weight: 400; }
figure.kpi .no-data { color: var(--muted, #616e7c); }
svg.chart { display: block; overflow: visible; }
svg.chart text { font-size: 10px; fill: var(--muted, #616e7c); }
svg.chart .axis { stroke: #9aa5b1; stroke-width: 1; }
svg.chart .target { stroke: #207227; stroke-width: 1; stroke-dasharray: 4 3; }
svg.chart .alert-line { stroke: #a61b1b; stroke-width: 1; stroke-dasharray: 2 3; }
svg.chart polyline { stroke-width: 1.6; }
.series-legend { font-size: 12px; color: var(--muted, #616e7c); margin-top: 4px; }
.series-legend i { display: inline-block; width: 10px; height: 3px; margin: 0 4px 2px 8px; vertical-align: middle; }
.kpi-foot { color: var(--muted, #616e7c); font-size: .85em; border-top: 1px solid var(--line, #d9e2ec); padding-top: .5rem; }
@media print {
  figure.kpi { break-inside: avoid; }
  table.heat td, .legend span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
