import { isCalendarDay } from './calendar-date.ts';

/**
 * 居民身份证号 — the 18-character citizen ID number of GB 11643-1999: a 6-digit region code,
 * an 8-digit birth date, a 3-digit sequence (odd for men, even for women) and a check character
 * computed with ISO 7064 MOD 11-2 (X stands for 10).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** Province-level codes of GB/T 2260 (the first two digits of every division code). */
const PROVINCE_CODES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

export type IdNumberErrorCode =
  | 'length'
  | 'characters'
  | 'region'
  | 'birthDate'
  | 'birthInFuture'
  | 'checkDigit';

export type IdNumberCheck =
  | { ok: true; idNumber: string; regionCode: string; birthDate: string; sex: 'male' | 'female' }
  | { ok: false; code: IdNumberErrorCode; message: string };

/** The check character (0–9 or X) for the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/**
 * Validates an ID number. `today` (YYYY-MM-DD) bounds the birth date; pass the capture date so
 * the function stays pure. A lowercase x is accepted and normalised to X.
 */
export function checkIdNumber(input: string, today: string): IdNumberCheck {
  const idNumber = input.trim().toUpperCase();
  if (idNumber.length !== 18) {
    return { ok: false, code: 'length', message: `身份证号应为 18 位，实为 ${idNumber.length} 位` };
  }
  if (!/^\d{17}[\dX]$/.test(idNumber)) {
    return { ok: false, code: 'characters', message: '身份证号前 17 位应为数字，末位为数字或 X' };
  }
  const regionCode = idNumber.slice(0, 6);
  if (!PROVINCE_CODES.has(regionCode.slice(0, 2))) {
    return {
      ok: false,
      code: 'region',
      message: `身份证号地址码 ${regionCode} 不是有效的行政区划`,
    };
  }
  const year = Number(idNumber.slice(6, 10));
  const month = Number(idNumber.slice(10, 12));
  const day = Number(idNumber.slice(12, 14));
  if (year < 1900 || !isCalendarDay(year, month, day)) {
    return {
      ok: false,
      code: 'birthDate',
      message: `身份证号出生日期 ${idNumber.slice(6, 14)} 无效`,
    };
  }
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (birthDate > today) {
    return { ok: false, code: 'birthInFuture', message: `身份证号出生日期 ${birthDate} 晚于今天` };
  }
  const expected = idCheckCharacter(idNumber.slice(0, 17));
  if (idNumber[17] !== expected) {
    return { ok: false, code: 'checkDigit', message: '身份证号校验位不正确' };
  }
  const sex = Number(idNumber[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, idNumber, regionCode, birthDate, sex };
}

/** Shows the first 4 and last 4 characters only: 6531**********1234. */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 8) return '*'.repeat(idNumber.length);
  return `${idNumber.slice(0, 4)}${'*'.repeat(idNumber.length - 8)}${idNumber.slice(-4)}`;
}

/** Shows the family name only: 艾麦提·玉苏甫 → 艾**, 罗平 → 罗*. */
export function maskName(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= 1) return '*';
  return `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 2))}`;
}
