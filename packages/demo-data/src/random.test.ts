import { describe, expect, it } from 'vitest';
import { createRandom, createWeightedPicker, seedFrom } from './random.ts';

describe('createRandom', () => {
  it('repeats its sequence for a seed and differs for another', () => {
    const a = createRandom(1);
    const b = createRandom(1);
    const c = createRandom(2);
    const first = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(first);
  });

  it('stays in [0, 1) and spreads evenly', () => {
    const random = createRandom(123);
    const buckets = Array.from({ length: 10 }, () => 0);
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = random.next();
      if (x < 0 || x >= 1) outside++;
      const bucket = Math.floor(x * 10);
      buckets[bucket] = (buckets[bucket] ?? 0) + 1;
    }
    expect(outside).toBe(0);
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('draws integers in a closed range, and picks from a list', () => {
    const random = createRandom(5);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(random.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
    expect(['a', 'b']).toContain(random.pick(['a', 'b']));
    expect(() => random.pick([])).toThrow(RangeError);
  });
});

describe('seedFrom', () => {
  it('derives stable, distinct 32-bit seeds', () => {
    expect(seedFrom(2020, '653125', 'rp')).toBe(seedFrom(2020, '653125', 'rp'));
    expect(seedFrom(2020, '653125', 'rp')).not.toBe(seedFrom(2020, '652828', 'rp'));
    expect(seedFrom('ab', 'c')).not.toBe(seedFrom('a', 'bc'));
    const seed = seedFrom('x');
    expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32).toBe(true);
  });
});

describe('createWeightedPicker', () => {
  it('draws in proportion to the weights and never a zero weight', () => {
    const pick = createWeightedPicker(['a', 'b', 'c'], [1, 0, 3]);
    const random = createRandom(77);
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 40_000; i++) {
      const item = pick(random);
      counts[item] = (counts[item] ?? 0) + 1;
    }
    expect(counts.b).toBe(0);
    expect((counts.c ?? 0) / (counts.a ?? 1)).toBeGreaterThan(2.8);
    expect((counts.c ?? 0) / (counts.a ?? 1)).toBeLessThan(3.2);
  });

  it('refuses unusable weights', () => {
    expect(() => createWeightedPicker([], [])).toThrow(RangeError);
    expect(() => createWeightedPicker(['a'], [1, 2])).toThrow(RangeError);
    expect(() => createWeightedPicker(['a'], [-1])).toThrow(RangeError);
    expect(() => createWeightedPicker(['a', 'b'], [0, 0])).toThrow(RangeError);
  });
});
