// A small layered (Sugiyama-style) top-down layout of a standard's steps and `next` edges.
// Back edges (loops) are found by depth-first search and drawn on the right, so layers stay acyclic.

export interface FlowNode { id: string; lines: string[]; sub: string[]; terminal: boolean }
export interface PlacedNode extends FlowNode { x: number; y: number; w: number; h: number; layer: number }
export interface PlacedEdge { from: string; to: string; back: boolean; path: string }
export interface FlowLayout { width: number; height: number; nodes: PlacedNode[]; edges: PlacedEdge[] }

export const NODE_W = 200;
const GAP_X = 30;
const GAP_Y = 46;
const LINE_H = 18;
const PAD = 20;
const BACK_LANE = 40;

/** width of text in px at 14px: CJK and other wide characters count double */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) > 0x2e80 ? 14 : 7.7;
  return w;
}

/** Wraps text into lines no wider than `max` px (breaks anywhere: CJK has no spaces). */
export function wrap(text: string, max: number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  let truncated = false;
  for (const ch of text.replace(/\s+/g, ' ').trim()) {
    if (line && textWidth(line + ch) > max) {
      lines.push(line);
      line = '';
      if (lines.length === maxLines) {
        truncated = true;
        break;
      }
    }
    line += ch;
  }
  if (truncated) lines[maxLines - 1] = `${lines[maxLines - 1]!.slice(0, -1)}…`;
  else if (line) lines.push(line);
  return lines.length ? lines : [''];
}

export function layoutFlow(nodes: FlowNode[], edges: Array<[string, string]>): FlowLayout {
  const ids = new Set(nodes.map((n) => n.id));
  const out = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  const valid = edges.filter(([a, b]) => ids.has(a) && ids.has(b));
  for (const [a, b] of valid) out.get(a)!.push(b);

  // depth-first from the first step, then from anything it does not reach
  const state = new Map<string, 1 | 2>();
  const back = new Set<string>();
  const visit = (id: string): void => {
    state.set(id, 1);
    for (const t of out.get(id)!) {
      if (state.get(t) === 1) back.add(`${id}\u0000${t}`);
      else if (!state.has(t)) visit(t);
    }
    state.set(id, 2);
  };
  for (const n of nodes) if (!state.has(n.id)) visit(n.id);

  // longest-path layers over the forward edges, in topological order
  const layer = new Map<string, number>(nodes.map((n) => [n.id, 0]));
  const indeg = new Map<string, number>(nodes.map((n) => [n.id, 0]));
  const forward = valid.filter(([a, b]) => !back.has(`${a}\u0000${b}`) && a !== b);
  for (const [, b] of forward) indeg.set(b, indeg.get(b)! + 1);
  const queue = nodes.filter((n) => indeg.get(n.id) === 0).map((n) => n.id);
  for (let i = 0; i < queue.length; i++) {
    const a = queue[i]!;
    for (const [x, b] of forward) {
      if (x !== a) continue;
      layer.set(b, Math.max(layer.get(b)!, layer.get(a)! + 1));
      indeg.set(b, indeg.get(b)! - 1);
      if (indeg.get(b) === 0) queue.push(b);
    }
  }

  // order within a layer: barycentre of the predecessors, ties in document order
  const layers: PlacedNode[][] = [];
  const order = new Map<string, number>();
  nodes.forEach((n, i) => {
    const l = layer.get(n.id)!;
    (layers[l] ??= []).push({ ...n, x: 0, y: 0, w: NODE_W, h: PAD + LINE_H * (n.lines.length + n.sub.length), layer: l });
    order.set(n.id, i);
  });
  const pos = new Map<string, number>();
  for (const row of layers) {
    const bary = (n: PlacedNode): number => {
      const preds = forward.filter(([, b]) => b === n.id).map(([a]) => pos.get(a)).filter((p): p is number => p !== undefined);
      return preds.length ? preds.reduce((s, p) => s + p, 0) / preds.length : order.get(n.id)!;
    };
    const keyed = (row ?? []).map((n) => ({ n, k: bary(n) }));
    keyed.sort((a, b) => a.k - b.k || order.get(a.n.id)! - order.get(b.n.id)!);
    row?.splice(0, row.length, ...keyed.map((e) => e.n));
    row?.forEach((n, i) => pos.set(n.id, i));
  }

  const widest = Math.max(1, ...layers.map((r) => r?.length ?? 0));
  const inner = widest * NODE_W + (widest - 1) * GAP_X;
  let y = PAD;
  const placed = new Map<string, PlacedNode>();
  for (const row of layers) {
    if (!row) continue;
    const rowW = row.length * NODE_W + (row.length - 1) * GAP_X;
    let x = PAD + (inner - rowW) / 2;
    const h = Math.max(...row.map((n) => n.h));
    for (const n of row) {
      Object.assign(n, { x, y: y + (h - n.h) / 2 });
      placed.set(n.id, n);
      x += NODE_W + GAP_X;
    }
    y += h + GAP_Y;
  }
  const right = PAD + inner;
  const placedEdges: PlacedEdge[] = valid.map(([a, b]) => {
    const s = placed.get(a)!;
    const t = placed.get(b)!;
    const isBack = back.has(`${a}\u0000${b}`) || t.layer <= s.layer;
    if (isBack) {
      const x1 = s.x + s.w;
      const y1 = s.y + s.h / 2;
      const x2 = t.x + t.w;
      const y2 = t.y + t.h / 2;
      const lane = right + BACK_LANE;
      return { from: a, to: b, back: true, path: `M${r(x1)},${r(y1)} C${r(lane)},${r(y1)} ${r(lane)},${r(y2)} ${r(x2 + 2)},${r(y2)}` };
    }
    const x1 = s.x + s.w / 2;
    const y1 = s.y + s.h;
    const x2 = t.x + t.w / 2;
    const y2 = t.y - 2;
    const dy = (y2 - y1) / 2;
    return { from: a, to: b, back: false, path: `M${r(x1)},${r(y1)} C${r(x1)},${r(y1 + dy)} ${r(x2)},${r(y2 - dy)} ${r(x2)},${r(y2)}` };
  });
  const lane = placedEdges.some((e) => e.back) ? BACK_LANE + 10 : 0;
  return { width: r(right + PAD + lane), height: r(y - GAP_Y + PAD), nodes: [...placed.values()], edges: placedEdges };
}

const r = (n: number): number => Math.round(n * 10) / 10;
