// The flow of a standard's steps: `next` when present, else the following step; [] ends it.
import type { Step } from './types.js';

/** successors[i] = indexes of the steps that follow step i (unknown `next` targets are left out) */
export function successors(steps: readonly Pick<Step, 'id' | 'next'>[]): number[][] {
  const at = new Map<string, number>();
  steps.forEach((s, i) => at.has(s.id) || at.set(s.id, i));
  return steps.map((s, i) => (s.next ? s.next.flatMap((id) => at.get(id) ?? []) : i + 1 < steps.length ? [i + 1] : []));
}

/** Strongly connected components of the steps reachable from `start` (iterative Tarjan, linear time). */
export function componentsFrom(next: readonly number[][], start: number): number[][] {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const out: number[][] = [];
  let counter = 0;
  const work: Array<[node: number, edge: number]> = [[start, 0]];
  index.set(start, counter);
  low.set(start, counter++);
  stack.push(start);
  onStack.add(start);
  while (work.length > 0) {
    const top = work[work.length - 1]!;
    const [v, e] = top;
    const edges = next[v] ?? [];
    if (e < edges.length) {
      top[1]++;
      const w = edges[e]!;
      if (!index.has(w)) {
        index.set(w, counter);
        low.set(w, counter++);
        stack.push(w);
        onStack.add(w);
        work.push([w, 0]);
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
      continue;
    }
    work.pop();
    if (work.length > 0) {
      const parent = work[work.length - 1]![0];
      low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
    }
    if (low.get(v) === index.get(v)) {
      const comp: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      out.push(comp.sort((a, b) => a - b));
    }
  }
  return out;
}
