/**
 * 伪随机数 — a small seeded pseudo-random generator (mulberry32), so that every generator of
 * this package is pure: the same seed always gives the same demo data. Not for anything that
 * needs unpredictability.
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/** mulberry32: a 32-bit state, fast, good enough for demo data. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('cannot pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    chance: (p) => next() < p,
  };
}

/**
 * Derives a 32-bit seed from parts (FNV-1a over their text), so that independent streams
 * (one per county, scheme, purpose) do not share a sequence: seedFrom(7, '653125', 'names').
 */
export function seedFrom(...parts: readonly (string | number)[]): number {
  let hash = 0x811c9dc5;
  const text = parts.join('\u0000');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A picker that draws items in proportion to their weights (binary search over the running
 * sums, so drawing from thousands of villages stays fast).
 */
export function createWeightedPicker<T>(
  items: readonly T[],
  weights: readonly number[],
): (random: Random) => T {
  if (items.length === 0 || items.length !== weights.length) {
    throw new RangeError('a weighted picker needs as many weights as items, at least one');
  }
  const sums: number[] = [];
  let total = 0;
  for (const weight of weights) {
    if (!(weight >= 0)) throw new RangeError(`weights must not be negative, got ${weight}`);
    total += weight;
    sums.push(total);
  }
  if (total <= 0) throw new RangeError('weights must not all be zero');
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = sums.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((sums[mid] ?? 0) > target) high = mid;
      else low = mid + 1;
    }
    return items[low] as T;
  };
}
