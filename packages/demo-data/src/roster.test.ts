import { checkIdNumber } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { divisionByCode } from './divisions.ts';
import type { RosterEntry } from './roster.ts';
import {
  DEMO_ROSTER_SEED,
  DEMO_ROSTER_SIZES,
  generateCountyRosters,
  generateRoster,
  INSTITUTION_PENSION_RANGE_FEN,
  residentPensionMonthlyYuan,
} from './roster.ts';

const YEAR = 2020;
const TODAY = '2020-12-31';

const startedAt = performance.now();
const shache = generateCountyRosters({ countyCode: '653125', seed: DEMO_ROSTER_SEED, year: YEAR });
const shacheMs = performance.now() - startedAt;
const heshuo = generateCountyRosters({ countyCode: '652828', seed: DEMO_ROSTER_SEED, year: YEAR });

function ageOf(entry: RosterEntry): number {
  return YEAR - Number(entry.birthDate.slice(0, 4));
}

function sample(entries: readonly RosterEntry[], every: number): RosterEntry[] {
  return entries.filter((_, index) => index % every === 0);
}

describe('demo roster sizes', () => {
  it('are the counts the seeds give', () => {
    expect(DEMO_ROSTER_SIZES).toEqual({
      '653125': { residentPension: 56798, institutionPension: 5218 },
      '652828': { residentPension: 2931, institutionPension: 1573 },
    });
    expect(shache.residentPension).toHaveLength(56798);
    expect(shache.institutionPension).toHaveLength(5218);
    expect(heshuo.residentPension).toHaveLength(2931);
    expect(heshuo.institutionPension).toHaveLength(1573);
  });

  it('generates the whole 莎车县 roster well within 2 s', () => {
    expect(shacheMs).toBeLessThan(2000);
  });
});

describe('generateRoster', () => {
  it('is deterministic: the same seed gives the same roster, another seed another', () => {
    const options = {
      countyCode: '652828',
      scheme: 'residentPension',
      count: 500,
      year: YEAR,
    } as const;
    const a = generateRoster({ ...options, seed: 7 });
    expect(generateRoster({ ...options, seed: 7 })).toEqual(a);
    expect(generateRoster({ ...options, seed: 8 })).not.toEqual(a);
    expect(heshuo.residentPension).toEqual(
      generateRoster({ ...options, count: 2931, seed: DEMO_ROSTER_SEED }),
    );
  });

  it('numbers entries with stable ids', () => {
    expect(shache.residentPension[0]?.id).toBe('r-653125-rp-000001');
    expect(shache.residentPension.at(-1)?.id).toBe('r-653125-rp-056798');
    expect(heshuo.institutionPension[0]?.id).toBe('r-652828-ip-000001');
    const ids = [...shache.residentPension, ...shache.institutionPension].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ['莎车县', shache],
    ['和硕县', heshuo],
  ] as const)('gives no two people of %s the same ID number', (_, rosters) => {
    const all = [...rosters.residentPension, ...rosters.institutionPension];
    expect(new Set(all.map((e) => e.idNumber)).size).toBe(all.length);
  });

  it('gives every 莎车县 resident pensioner a valid ID number that agrees with the entry', () => {
    for (const entry of shache.residentPension) {
      const check = checkIdNumber(entry.idNumber, TODAY);
      if (!check.ok) throw new Error(`${entry.id} ${entry.idNumber}: ${check.message}`);
      if (
        check.regionCode !== '653125' ||
        check.birthDate !== entry.birthDate ||
        check.sex !== entry.sex
      ) {
        throw new Error(`${entry.id} disagrees with its ID number ${entry.idNumber}`);
      }
    }
  });

  it('gives valid ID numbers of the county to a sample of the other rosters', () => {
    const rosters = [
      ['653125', shache.institutionPension],
      ['652828', heshuo.residentPension],
      ['652828', heshuo.institutionPension],
    ] as const;
    for (const [county, entries] of rosters) {
      for (const entry of sample(entries, 7)) {
        expect(checkIdNumber(entry.idNumber, TODAY)).toEqual({
          ok: true,
          idNumber: entry.idNumber,
          regionCode: county,
          birthDate: entry.birthDate,
          sex: entry.sex,
        });
      }
    }
  });

  it('keeps resident pensioners 60 or older on 2020-12-31 (born 1921–1960)', () => {
    const outside = [...shache.residentPension, ...heshuo.residentPension].filter(
      (e) => e.birthDate < '1921-01-01' || e.birthDate > '1960-12-31',
    );
    expect(outside).toEqual([]);
  });

  it('keeps institution retirees 50–95 (men from 55)', () => {
    const outside = [...shache.institutionPension, ...heshuo.institutionPension].filter(
      (e) => ageOf(e) < (e.sex === 'male' ? 55 : 50) || ageOf(e) > 95,
    );
    expect(outside).toEqual([]);
    const ages = shache.institutionPension.map(ageOf);
    expect(Math.min(...ages)).toBe(50);
    expect(Math.max(...ages)).toBeGreaterThan(90);
  });

  it('pays resident pensioners 150 元, +5 at 70–79 and +10 from 80', () => {
    const expected = (age: number) => (age >= 80 ? '160.00' : age >= 70 ? '155.00' : '150.00');
    const wrong = [...shache.residentPension, ...heshuo.residentPension].filter(
      (e) => e.monthlyAmountDueYuan !== expected(ageOf(e)),
    );
    expect(wrong).toEqual([]);
    const amounts = new Set(shache.residentPension.map((e) => e.monthlyAmountDueYuan));
    expect([...amounts].sort()).toEqual(['150.00', '155.00', '160.00']);
  });

  it('refuses a year without a known resident pension standard', () => {
    expect(residentPensionMonthlyYuan(72, 2020)).toBe('155.00');
    expect(() => residentPensionMonthlyYuan(65, 2031)).toThrow(/2031/);
  });

  it('pays institution retirees 2800.00–7500.00 元, spread out', () => {
    const entries = [...shache.institutionPension, ...heshuo.institutionPension];
    expect(entries.filter((e) => !/^\d{4}\.\d{2}$/.test(e.monthlyAmountDueYuan))).toEqual([]);
    const fen = entries.map((e) => Math.round(Number(e.monthlyAmountDueYuan) * 100));
    expect(Math.min(...fen)).toBeGreaterThanOrEqual(INSTITUTION_PENSION_RANGE_FEN.min);
    expect(Math.max(...fen)).toBeLessThanOrEqual(INSTITUTION_PENSION_RANGE_FEN.max);
    const mean = fen.reduce((sum, f) => sum + f, 0) / fen.length / 100;
    expect(mean).toBeGreaterThan(4000);
    expect(mean).toBeLessThan(5000);
    expect(new Set(fen).size).toBeGreaterThan(fen.length * 0.9);
  });

  it('suspends about 0.5% and keeps the rest active', () => {
    const suspended = shache.residentPension.filter((e) => e.status === 'suspended').length;
    expect(suspended / shache.residentPension.length).toBeGreaterThan(0.003);
    expect(suspended / shache.residentPension.length).toBeLessThan(0.007);
    const statuses = new Set(shache.residentPension.map((e) => e.status));
    expect([...statuses].sort()).toEqual(['active', 'suspended']);
  });

  it('places people in villages of their county, unevenly', () => {
    const perVillage = new Map<string, number>();
    const misplaced: RosterEntry[] = [];
    for (const entry of shache.residentPension) {
      const village = divisionByCode(entry.villageCode);
      if (
        village?.level !== 'village' ||
        village.parentCode !== entry.townshipCode ||
        divisionByCode(entry.townshipCode)?.parentCode !== '653125'
      ) {
        misplaced.push(entry);
      }
      perVillage.set(entry.villageCode, (perVillage.get(entry.villageCode) ?? 0) + 1);
    }
    expect(misplaced).toEqual([]);
    const counts = [...perVillage.values()];
    expect(perVillage.size).toBeGreaterThan(500);
    expect(Math.max(...counts)).toBeGreaterThan(3 * Math.min(...counts));
  });

  it('puts institution retirees mostly in the 街道 and town communities', () => {
    const inCommunities = shache.institutionPension.filter(
      (e) => Number(e.villageCode.slice(9)) < 200,
    ).length;
    expect(inCommunities / shache.institutionPension.length).toBeGreaterThan(0.5);
  });

  it('writes names on the rosters’ customs: mostly Uyghur with the middle dot in 莎车县', () => {
    const dotted = shache.residentPension.filter((e) =>
      /^\p{Script=Han}+·\p{Script=Han}+$/u.test(e.name),
    );
    expect(dotted.length / shache.residentPension.length).toBeGreaterThan(0.9);
    const heshuoDotted = heshuo.residentPension.filter((e) => e.name.includes('·')).length;
    expect(heshuoDotted / heshuo.residentPension.length).toBeLessThan(0.5);
  });

  it('refuses a count it cannot number', () => {
    const options = {
      countyCode: '653125',
      scheme: 'residentPension',
      seed: 1,
      year: YEAR,
    } as const;
    expect(() => generateRoster({ ...options, count: -1 })).toThrow(RangeError);
    expect(() => generateRoster({ ...options, count: 1.5 })).toThrow(RangeError);
    expect(generateRoster({ ...options, count: 0 })).toEqual([]);
  });
});
