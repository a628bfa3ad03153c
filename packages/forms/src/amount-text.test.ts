import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAmount, sumAmounts } from './amount-text.ts';

/** Amounts typed in any of the ways counties type them read back exactly, as 万元. */
const decimal = fc
  .tuple(
    fc.bigInt({ min: 0n, max: 10n ** 12n }),
    fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }),
  )
  .map(([whole, fraction]) => ({ whole: whole.toString(), fraction }));

function canonical({ whole, fraction }: { whole: string; fraction: string | undefined }): string {
  const trimmed = fraction?.replace(/0+$/, '') ?? '';
  return trimmed === '' ? whole : `${whole}.${trimmed}`;
}

describe('readAmount (properties)', () => {
  it('reads a decimal with or without 万元 and thousands separators exactly', () => {
    fc.assert(
      fc.property(decimal, fc.boolean(), fc.boolean(), (amount, unit, grouped) => {
        const whole = grouped ? amount.whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : amount.whole;
        const text = `${whole}${amount.fraction === undefined ? '' : `.${amount.fraction}`}${unit ? '万元' : ''}`;
        expect(readAmount(text)).toEqual({ ok: true, value: canonical(amount) });
      }),
      { numRuns: 1000 },
    );
  });

  it('gives a value or its own message for any text, never throws', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const reading = readAmount(text);
        if (!reading.ok) expect(reading.message).toContain('应为金额');
      }),
      { numRuns: 1000 },
    );
  });

  it('sums exactly: 7227.9 + 6074.71 + 1395.84 = 14698.45', () => {
    expect(sumAmounts(['7227.9', '6074.71', '1395.84'])).toBe('14698.45');
    expect(sumAmounts(['0.1', '0.2', null])).toBe('0.3');
  });
});
