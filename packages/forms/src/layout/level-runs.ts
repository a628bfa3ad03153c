/**
 * 指标分组 — the 一级 / 二级 groups of an indicator table: consecutive rows with the same
 * 一级指标 (and the same 二级指标 under it) print as one merged cell. Shared by the XLSX writer
 * and the printed page.
 */

/** Runs of equal keys: [start, end) index pairs. */
export function runs<T>(items: readonly T[], key: (item: T) => string | null): [number, number][] {
  const found: [number, number][] = [];
  let start = 0;
  for (let index = 1; index <= items.length; index++) {
    const previous = items[index - 1];
    const current = items[index];
    if (
      index === items.length ||
      (previous !== undefined && current !== undefined && key(previous) !== key(current))
    ) {
      found.push([start, index]);
      start = index;
    }
  }
  return items.length === 0 ? [] : found;
}

export interface IndicatorLevels {
  level1: string;
  level2: string | null;
}

/** The rows each 一级指标 spans. */
export function level1Runs(rows: readonly IndicatorLevels[]): [number, number][] {
  return runs(rows, (row) => row.level1);
}

/** The rows each 二级指标 spans, within its 一级指标. */
export function level2Runs(rows: readonly IndicatorLevels[]): [number, number][] {
  return runs(rows, (row) => `${row.level1}\u0000${row.level2 ?? ''}`);
}
