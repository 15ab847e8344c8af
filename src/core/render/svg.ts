// Diagrams of the HTML manual as inline SVG: a standard's flowchart and a rollout plan's timeline.
import { layoutFlow, NODE_W, wrap } from './flow-layout.js';
import type { Labels } from './i18n.js';
import type { RolloutView, StandardView } from './types.js';

export function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function flowchartSvg(std: StandardView, L: Labels): string {
  const nodes = std.steps.map((s) => ({
    id: s.id,
    lines: wrap(s.name, NODE_W - 20, 2),
    sub: wrap([s.responsible.name, s.slaText].filter(Boolean).join(' · '), NODE_W - 20, 2),
    terminal: s.nextIds.length === 0,
  }));
  const edges = std.steps.flatMap((s) => s.nextIds.map((t): [string, string] => [s.id, t]));
  const lay = layoutFlow(nodes, edges);
  const marker = `arrow-${std.anchor}`;
  const anchors = new Map(std.steps.map((s) => [s.id, s.anchor]));
  const out: string[] = [
    `<svg class="flowchart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${lay.width} ${lay.height}" width="${lay.width}" height="${lay.height}" role="img" aria-label="${xml(`${L.flowchart}: ${std.title}`)}">`,
    `<defs><marker id="${xml(marker)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker></defs>`,
  ];
  for (const e of lay.edges) {
    out.push(`<path class="edge${e.back ? ' back' : ''}" d="${e.path}" marker-end="url(#${xml(marker)})"/>`);
  }
  for (const n of lay.nodes) {
    const cx = n.x + n.w / 2;
    out.push(`<a href="#${xml(anchors.get(n.id)!)}" class="node${n.terminal ? ' terminal' : ''}"><title>${xml(n.lines.join(''))}</title>`);
    out.push(`<rect x="${n.x}" y="${n.y}" width="${n.w}" height="${n.h}" rx="8"/>`);
    n.lines.forEach((line, i) => out.push(`<text x="${cx}" y="${n.y + 24 + i * 18}" class="label">${xml(line)}</text>`));
    n.sub.forEach((line, i) => out.push(`<text x="${cx}" y="${n.y + 24 + (n.lines.length + i) * 18}" class="sub">${xml(line)}</text>`));
    out.push('</a>');
  }
  out.push('</svg>');
  return out.join('\n');
}

const DAY = 86_400_000;
const day = (iso: string): number => {
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) ? 0 : t / DAY;
};

export function timelineSvg(plan: RolloutView, L: Labels): string {
  const phases = plan.phases.filter((p) => day(p.start) > 0 && day(p.end) > 0);
  if (phases.length === 0) return '';
  const first = Math.min(...phases.map((p) => day(p.start)));
  const last = Math.max(...phases.map((p) => day(p.end))) + 1;
  const labelW = 200;
  const chartW = 560;
  const rowH = 30;
  const top = 28;
  const x = (d: number) => Math.round((labelW + ((d - first) / Math.max(1, last - first)) * chartW) * 10) / 10;
  const height = top + phases.length * rowH + 10;
  const out: string[] = [
    `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${labelW + chartW + 20} ${height}" width="${labelW + chartW + 20}" height="${height}" role="img" aria-label="${xml(`${L.timeline}: ${plan.title}`)}">`,
  ];
  // a tick at the first of every month
  const start = new Date(first * DAY);
  for (let m = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)); m.getTime() / DAY < last; m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))) {
    const tx = x(m.getTime() / DAY);
    out.push(`<line class="tick" x1="${tx}" y1="${top - 6}" x2="${tx}" y2="${height - 6}"/><text class="tick-label" x="${tx + 3}" y="${top - 10}">${m.toISOString().slice(0, 7)}</text>`);
  }
  phases.forEach((p, i) => {
    const y = top + i * rowH;
    const label = `${p.id} · ${p.regions.map((r) => r.name).join('、')}`;
    const x1 = x(day(p.start));
    const w = Math.max(3, x(day(p.end) + 1) - x1);
    out.push(`<a href="#${xml(p.anchor)}"><title>${xml(`${p.typeLabel} ${p.id}: ${p.start} – ${p.end}`)}</title>`);
    out.push(`<text class="phase-label" x="4" y="${y + 19}">${xml(wrap(label, labelW - 10, 1)[0]!)}</text>`);
    out.push(`<rect class="bar ${p.type === 'pilot' ? 'pilot' : 'rollout'}" x="${x1}" y="${y + 6}" width="${Math.round(w * 10) / 10}" height="${rowH - 12}" rx="4"/></a>`);
  });
  out.push('</svg>');
  return out.join('\n');
}
