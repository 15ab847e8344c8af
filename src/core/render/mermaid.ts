// Diagrams of the Markdown manual as Mermaid source, which GitHub and MkDocs draw.
import type { RolloutView, StandardView } from './types.js';

/** text inside a quoted Mermaid label: entity codes for what would end or inject markup */
function label(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[#"<>&`]/g, (c) => `#${c.codePointAt(0)};`);
}

/** a Gantt task or title: no colons, semicolons or hashes, which are syntax there */
function plain(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[:;#`<>]/g, ' ').trim() || '-';
}

export function flowchartMermaid(std: StandardView): string {
  const id = new Map(std.steps.map((s, i) => [s.id, `s${i}`]));
  const lines = ['flowchart TD'];
  for (const s of std.steps) {
    const text = `${label(s.name)}<br/>${label([s.responsible.name, s.slaText].filter(Boolean).join(' · '))}`;
    lines.push(s.nextIds.length === 0 ? `  ${id.get(s.id)}(["${text}"])` : `  ${id.get(s.id)}["${text}"]`);
  }
  for (const s of std.steps) for (const t of s.nextIds) lines.push(`  ${id.get(s.id)} --> ${id.get(t)}`);
  return lines.join('\n');
}

export function timelineMermaid(plan: RolloutView): string {
  const lines = ['gantt', `  title ${plain(plan.title)}`, '  dateFormat YYYY-MM-DD', '  axisFormat %Y-%m-%d'];
  let section = '';
  plan.phases.forEach((p, i) => {
    if (p.typeLabel !== section) lines.push(`  section ${plain((section = p.typeLabel))}`);
    const regions = p.regions.map((r) => r.name).join(' ');
    lines.push(`  ${plain(`${p.id} ${regions}`)} :p${i}, ${p.start}, ${p.end}`);
  });
  return lines.join('\n');
}
