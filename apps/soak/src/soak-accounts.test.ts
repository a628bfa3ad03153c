import { describe, expect, it } from 'vitest';
import { assignTownships } from './soak-accounts.ts';

const TOWNSHIPS = Array.from({ length: 34 }, (_, at) => `653125${String(100 + at)}`);

function workersPerTownship(assignment: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const codes of assignment) {
    for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

describe('assignTownships', () => {
  it.each([8, 50])('gives each of %i workers one or two townships, some shared', (workers) => {
    const assignment = assignTownships(workers, TOWNSHIPS);
    expect(assignment).toHaveLength(workers);
    for (const codes of assignment) {
      expect(codes.length).toBeGreaterThanOrEqual(1);
      expect(new Set(codes).size).toBe(codes.length);
    }
    const shared = [...workersPerTownship(assignment).values()].filter((count) => count > 1);
    expect(shared.length).toBeGreaterThan(0);
  });

  it('gives a lone worker its own township', () => {
    expect(assignTownships(1, TOWNSHIPS)).toEqual([[TOWNSHIPS[0]]]);
  });
});
