import { describe, expect, it } from 'vitest';
import { amountForForm, formatFen, toFen } from './labels.ts';

describe('amounts', () => {
  it.each([
    ['203.80', '203.80'],
    ['203.8', '203.80'],
    ['203.800', '203.80'],
    ['150', '150'],
    ['0150.00', '150'],
    ['1.005', ''],
    ['abc', ''],
  ])('shows the Decimal %s in the form as %j', (decimal, shown) => {
    expect(amountForForm(decimal)).toBe(shown);
  });

  it('computes in fen, without floating point', () => {
    expect(toFen('203.8')).toBe(20380);
    expect(toFen('0.1')).toBe(10);
    expect(toFen('-1')).toBeNull();
    expect(formatFen(-5380)).toBe('-53.80');
    expect(formatFen(5)).toBe('0.05');
  });
});
