import { describe, expect, it } from 'vitest';
import { captureYearOf } from './capture-year.ts';

const viewer = {
  id: 'u1',
  username: 'shache-worker',
  displayName: '外勤',
  role: 'FIELD_WORKER' as const,
  scopeCode: '653125',
  townshipCodes: ['653125100'],
};

describe('captureYearOf', () => {
  it('captures for the county’s evaluation year', () => {
    expect(captureYearOf({ ...viewer, evaluationYear: 2020 }, new Date('2026-11-22'))).toBe(2020);
  });

  it('falls back to the calendar year without one', () => {
    expect(captureYearOf({ ...viewer, evaluationYear: null }, new Date('2026-11-22'))).toBe(2026);
    expect(captureYearOf(viewer, new Date('2026-11-22'))).toBe(2026);
    expect(captureYearOf(null, new Date('2021-01-05'))).toBe(2021);
  });
});
