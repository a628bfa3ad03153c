import { describe, expect, it } from 'vitest';
import { checkDivisionCode, isWithin, parentDivisionCode } from './administrative-division.ts';

describe('administrative division codes', () => {
  it.each([
    ['650000', 'region'],
    ['653100', 'prefecture'],
    ['653125', 'county'],
    ['652828', 'county'],
    ['653125100', 'township'],
    ['653125100201', 'village'],
  ] as const)('%s is a %s', (code, level) => {
    expect(checkDivisionCode(code)).toEqual({ ok: true, level, code });
  });

  it.each(['65312', '6531250', 'abcdef', '000000', '653125000', '653125100000'])(
    '%s is rejected with a reason',
    (code) => {
      const result = checkDivisionCode(code);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/代码/);
    },
  );

  it('walks up the hierarchy: village → township → county → prefecture → region', () => {
    expect(parentDivisionCode('653125100201')).toBe('653125100');
    expect(parentDivisionCode('653125100')).toBe('653125');
    expect(parentDivisionCode('653125')).toBe('653100');
    expect(parentDivisionCode('653100')).toBe('650000');
    expect(parentDivisionCode('650000')).toBeNull();
  });

  it('tells whether a unit lies inside another', () => {
    expect(isWithin('653125100201', '653100')).toBe(true);
    expect(isWithin('653125100201', '652800')).toBe(false);
    expect(isWithin('653125', '653125')).toBe(true);
  });
});
