import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDay } from './calendar-date.ts';

describe('isCalendarDay', () => {
  it('knows month lengths and leap years', () => {
    expect(isCalendarDay(2020, 2, 29)).toBe(true);
    expect(isCalendarDay(2021, 2, 29)).toBe(false);
    expect(isCalendarDay(1900, 2, 29)).toBe(false);
    expect(isCalendarDay(2000, 2, 29)).toBe(true);
    expect(isCalendarDay(2020, 4, 31)).toBe(false);
    expect(isCalendarDay(2020, 12, 31)).toBe(true);
    expect(isCalendarDay(2020, 13, 1)).toBe(false);
    expect(isCalendarDay(2020, 0, 1)).toBe(false);
    expect(isCalendarDay(2020, 1, 0)).toBe(false);
    expect(isCalendarDay(2020, 1.5, 1)).toBe(false);
  });

  it('agrees with the Date object for years 1000–9999', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const date = new Date(Date.UTC(year, month - 1, day));
          const real =
            date.getUTCFullYear() === year &&
            date.getUTCMonth() === month - 1 &&
            date.getUTCDate() === day;
          expect(isCalendarDay(year, month, day)).toBe(real);
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
