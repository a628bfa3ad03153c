/**
 * 行政区划 — the organisation hierarchy and its national division codes (GB/T 2260): six
 * digits down to the county (2 region + 2 prefecture + 2 county), nine for a township (乡镇,
 * 街道), twelve for a village or community (村/社区).
 */
export type AdministrativeLevel = 'region' | 'prefecture' | 'county' | 'township' | 'village';

export const LEVEL_NAMES: Record<AdministrativeLevel, string> = {
  region: '自治区',
  prefecture: '地区/州',
  county: '县',
  township: '乡镇',
  village: '村/社区',
};

export type DivisionCodeCheck =
  | { ok: true; level: AdministrativeLevel; code: string }
  | { ok: false; code: string; reason: string };

/**
 * Checks a division code and tells its level. Six-digit codes name a region (xx0000), a
 * prefecture (xxxx00) or a county; nine digits a township; twelve a village.
 */
export function checkDivisionCode(code: string): DivisionCodeCheck {
  if (!/^\d+$/.test(code)) return { ok: false, code, reason: '行政区划代码只能由数字组成' };
  if (code.length === 12) {
    if (code.endsWith('000')) return { ok: false, code, reason: '村级代码末三位不能为 000' };
    return { ok: true, level: 'village', code };
  }
  if (code.length === 9) {
    if (code.endsWith('000')) return { ok: false, code, reason: '乡级代码末三位不能为 000' };
    return { ok: true, level: 'township', code };
  }
  if (code.length !== 6) {
    return { ok: false, code, reason: `行政区划代码应为 6、9 或 12 位，实为 ${code.length} 位` };
  }
  if (code.startsWith('00')) return { ok: false, code, reason: '省级代码不能为 00' };
  if (code.endsWith('0000')) return { ok: true, level: 'region', code };
  if (code.endsWith('00')) return { ok: true, level: 'prefecture', code };
  return { ok: true, level: 'county', code };
}

/** The code of the unit one level up (653125 → 653100, 653125100 → 653125), or null at the top. */
export function parentDivisionCode(code: string): string | null {
  const check = checkDivisionCode(code);
  if (!check.ok) return null;
  switch (check.level) {
    case 'village':
      return code.slice(0, 9);
    case 'township':
      return code.slice(0, 6);
    case 'county':
      return `${code.slice(0, 4)}00`;
    case 'prefecture':
      return `${code.slice(0, 2)}0000`;
    case 'region':
      return null;
  }
}

/** Whether `code` lies inside (or is) the unit `ancestor`. */
export function isWithin(code: string, ancestor: string): boolean {
  let current: string | null = code;
  while (current !== null) {
    if (current === ancestor) return true;
    current = parentDivisionCode(current);
  }
  return false;
}
