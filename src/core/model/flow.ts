// The flow of a standard's steps: `next` when present, else the following step; [] ends it.
import type { Step } from './types.js';

/** successors[i] = indexes of the steps that follow step i (unknown `next` targets are left out) */
export function successors(steps: readonly Pick<Step, 'id' | 'next'>[]): number[][] {
  const at = new Map<string, number>();
  steps.forEach((s, i) => at.has(s.id) || at.set(s.id, i));
  return steps.map((s, i) => (s.next ? s.next.flatMap((id) => at.get(id) ?? []) : i + 1 < steps.length ? [i + 1] : []));
}
