import { describe, expect, it } from 'vitest';
import { exact } from './exact-decimal.ts';
import { formatPercent, matchPrintedRate, readPrintedPercent } from './printed-rate.ts';

const pct = (numerator: number, denominator: number) =>
  exact(numerator).div(exact(denominator)).times(100);

describe('matchPrintedRate tells rounded, truncated and wrong apart', () => {
  it.each([
    ['102.85%', pct(371029, 360736), 'rounded'],
    ['81.78%', pct(11616, 14204), 'rounded'],
    ['99.58%', pct(5218, 5240), 'rounded'],
    ['100.0%', pct(1, 1), 'rounded'],
    ['176.44%', pct(17.52, 9.93), 'rounded'],
    ['4.78%', pct(34, 711), 'rounded'],
    // 和硕县: 10471 / 10526 = 99.4775…%, printed 99.47%
    ['99.47%', pct(10471, 10526), 'truncated'],
    ['93.3%', pct(745, 798), 'truncated'],
    ['7.07%', pct(692, 9779), 'truncated'],
    // 莎车县 monitoring form: 56968 / 68446 printed 0.00%
    ['0.00%', pct(56968, 68446), 'wrong'],
    ['100%', pct(41.34, 100), 'wrong'],
    ['abc', pct(1, 1), 'wrong'],
  ] as const)('%s', (printed, value, match) => {
    expect(matchPrintedRate(printed, value)).toBe(match);
  });

  it('rounds half up exactly where floats would not (0.125 → 0.13)', () => {
    expect(matchPrintedRate('0.13%', exact('0.125'))).toBe('rounded');
    expect(matchPrintedRate('1.01%', exact('1.005'))).toBe('rounded');
  });

  it('reads printed percentages with or without the sign', () => {
    expect(readPrintedPercent('81.78%')?.toString()).toBe('81.78');
    expect(readPrintedPercent(' 81.78 ')?.toString()).toBe('81.78');
    expect(readPrintedPercent('81.78％')?.toString()).toBe('81.78');
    expect(readPrintedPercent('/')).toBeNull();
  });

  it('formats with the requested decimals', () => {
    expect(formatPercent(pct(56968, 68446))).toBe('83.23%');
    expect(formatPercent(pct(10471, 10526), 4)).toBe('99.4775%');
  });
});
