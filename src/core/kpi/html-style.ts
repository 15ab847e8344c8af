// The dashboard's inline stylesheet: system fonts, print-friendly, no network.
export const DASHBOARD_CSS = `
:root { --fg: #1f2937; --muted: #6b7280; --line: #e5e7eb; --ok: #dcfce7; --ok-fg: #166534; --below: #fef3c7; --below-fg: #92400e; --alert: #fee2e2; --alert-fg: #991b1b; --missing: #f3f4f6; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: var(--fg); background: #fff; }
header { padding: 24px 32px; border-bottom: 1px solid var(--line); background: #f9fafb; }
header h1 { margin: 0 0 4px; font-size: 24px; }
header p { margin: 0; color: var(--muted); }
main { padding: 24px 32px; max-width: 1400px; }
h2 { font-size: 18px; margin: 32px 0 12px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.table-wrap { overflow-x: auto; }
table.heat { border-collapse: collapse; font-size: 14px; }
table.heat th, table.heat td { border: 1px solid var(--line); padding: 6px 10px; text-align: right; white-space: nowrap; }
table.heat th { background: #f9fafb; font-weight: 600; vertical-align: bottom; }
table.heat th.region, table.heat td.region { text-align: left; }
table.heat th small { display: block; color: var(--muted); font-weight: 400; }
td.ok { background: var(--ok); color: var(--ok-fg); }
td.below-target { background: var(--below); color: var(--below-fg); }
td.alert { background: var(--alert); color: var(--alert-fg); font-weight: 700; }
td.missing { background: var(--missing); color: var(--muted); }
td.score { font-weight: 600; }
.legend span { display: inline-block; padding: 1px 8px; margin-right: 8px; border-radius: 3px; font-size: 13px; }
ul.alerts li { color: var(--alert-fg); }
.charts { display: flex; flex-wrap: wrap; gap: 16px; }
figure.kpi { margin: 0; padding: 12px; border: 1px solid var(--line); border-radius: 6px; width: 346px; }
figure.kpi figcaption { font-weight: 600; margin-bottom: 6px; }
figure.kpi figcaption small { display: block; color: var(--muted); font-weight: 400; }
svg.chart { display: block; overflow: visible; }
svg.chart text { font-size: 10px; fill: var(--muted); }
svg.chart .axis { stroke: #9ca3af; stroke-width: 1; }
svg.chart .target { stroke: #16a34a; stroke-width: 1; stroke-dasharray: 4 3; }
svg.chart .alert-line { stroke: #dc2626; stroke-width: 1; stroke-dasharray: 2 3; }
svg.chart polyline { stroke-width: 1.6; }
.series-legend { font-size: 12px; color: var(--muted); margin-top: 4px; }
.series-legend i { display: inline-block; width: 10px; height: 3px; margin: 0 4px 2px 8px; vertical-align: middle; }
footer { padding: 16px 32px; color: var(--muted); font-size: 13px; }
@media print { header { background: none; } figure.kpi { break-inside: avoid; } td.ok, td.below-target, td.alert, td.missing { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;
