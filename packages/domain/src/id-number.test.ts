import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIdNumber, idCheckCharacter, maskIdNumber, maskName } from './id-number.ts';

const TODAY = '2026-11-22';

describe('checkIdNumber (GB 11643)', () => {
  it('accepts the standard’s worked example and tells birth date and sex', () => {
    // The example of GB 11643-1999 appendix: 11010519491231002X.
    expect(checkIdNumber('11010519491231002X', TODAY)).toEqual({
      ok: true,
      idNumber: '11010519491231002X',
      regionCode: '110105',
      birthDate: '1949-12-31',
      sex: 'female',
    });
  });

  it('normalises a lowercase x and surrounding spaces', () => {
    expect(checkIdNumber(' 11010519491231002x ', TODAY).ok).toBe(true);
  });

  it.each([
    ['1101051949123100', 'length'],
    ['1101051949123100AB', 'characters'],
    ['00010519491231002X', 'region'],
    ['99010519491231002X', 'region'],
    ['11010519490231002X', 'birthDate'],
    ['11010518991231002X', 'birthDate'],
    ['110105203012310026', 'birthInFuture'],
    ['110105194912310021', 'checkDigit'],
  ] as const)('%s is rejected: %s', (idNumber, code) => {
    const result = checkIdNumber(idNumber, TODAY);
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.message).toMatch(/身份证号/);
  });

  const validId = fc
    .record({
      region: fc.constantFrom('653125', '652828', '650102', '110105'),
      date: fc.date({
        min: new Date('1920-01-01'),
        max: new Date('2010-12-31'),
        noInvalidDate: true,
      }),
      sequence: fc.integer({ min: 0, max: 999 }),
    })
    .map(({ region, date, sequence }) => {
      const birth = date.toISOString().slice(0, 10).replace(/-/g, '');
      const first17 = `${region}${birth}${String(sequence).padStart(3, '0')}`;
      return `${first17}${idCheckCharacter(first17)}`;
    });

  it('every number built with the check character is valid', () => {
    fc.assert(
      fc.property(validId, (idNumber) => {
        expect(checkIdNumber(idNumber, TODAY).ok).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('changing any one character of a valid number is caught (MOD 11-2 detects single errors)', () => {
    fc.assert(
      fc.property(
        validId,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 10 }),
        (idNumber, position, shift) => {
          const alphabet = '0123456789X';
          const current = alphabet.indexOf(idNumber[position] ?? '0');
          const replacement = alphabet[(current + shift) % 11] ?? '0';
          if (position < 17 && replacement === 'X') return;
          const changed = idNumber.slice(0, position) + replacement + idNumber.slice(position + 1);
          expect(checkIdNumber(changed, TODAY).ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('masking personal data', () => {
  it('keeps the first and last four characters of an ID number', () => {
    expect(maskIdNumber('653125194912311234')).toBe('6531**********1234');
  });

  it('keeps the family name only', () => {
    expect(maskName('艾麦提·玉苏甫')).toBe('艾**');
    expect(maskName('罗平')).toBe('罗*');
    expect(maskName('李')).toBe('*');
  });
});
