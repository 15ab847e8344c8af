// A region's weighted score: how far it reaches its targets, each KPI capped at 100%.

/**
 * Σ weight × min(value / target, 1) / Σ weight over the KPIs the region has a value for,
 * in percent with one decimal; null when no weighted KPI has a value. A target of 0 or
 * less is reached (1) or not (0). Over-achieving one KPI never hides another's shortfall.
 */
export function regionScore(cells: ReadonlyArray<{ value: number | null; target: number }>, weights: readonly number[]): number | null {
  let sum = 0;
  let total = 0;
  cells.forEach((c, i) => {
    const w = weights[i] ?? 0;
    if (c.value === null || w <= 0) return;
    const reached = c.target > 0 ? Math.min(Math.max(c.value / c.target, 0), 1) : c.value >= c.target ? 1 : 0;
    sum += w * reached;
    total += w;
  });
  return total === 0 ? null : Math.round((sum / total) * 1000) / 10;
}
