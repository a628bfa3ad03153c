import type { Scheme } from '@jixiao/domain';
import { idCheckCharacter } from '@jixiao/domain';
import type { DemoCountyCode, Division, TownshipKind, VillageKind } from './divisions.ts';
import { townshipKindOf, villageKindOf, villagesOfCounty } from './divisions.ts';
import type { Sex } from './person-names.ts';
import { personNameGenerator } from './person-names.ts';
import type { Random } from './random.ts';
import { createRandom, createWeightedPicker, seedFrom } from './random.ts';

/**
 * 待遇领取人员名册 — generated rosters of benefit recipients, the list a township worker
 * verifies (待遇领取资格认证). Every person is made up: ID numbers are valid GB 11643 numbers of
 * the county (region code = county code, a birth date that fits the scheme, a random sequence,
 * the right check character) but belong to nobody known; names come from person-names.ts.
 */
export type RosterScheme = Extract<Scheme, 'residentPension' | 'institutionPension'>;

/** 发放状态 — active, or payment suspended (暂停发放). */
export type RosterStatus = 'active' | 'suspended';

export interface RosterEntry {
  /** Stable id: r-<county>-<rp|ip>-<6-digit number>, e.g. r-653125-rp-000001. */
  id: string;
  scheme: RosterScheme;
  /** 居民身份证号, 18 characters. */
  idNumber: string;
  /** 姓名. */
  name: string;
  /** 性别, agreeing with the 17th digit of the ID number (odd = male). */
  sex: Sex;
  /** 出生日期 YYYY-MM-DD, as in the ID number. */
  birthDate: string;
  townshipCode: string;
  villageCode: string;
  /** 月应发金额 (元), a decimal string with two decimals, e.g. "155.00". */
  monthlyAmountDueYuan: string;
  status: RosterStatus;
}

export interface GenerateRosterOptions {
  countyCode: DemoCountyCode;
  scheme: RosterScheme;
  /** How many people. */
  count: number;
  seed: number;
  /** The year of the roster: ages are counted on 31 December of it. */
  year: number;
}

/**
 * Roster sizes of the demo, from the seeds: 莎车县 每月保险待遇发放人数 56798 (resident pension
 * self-evaluation) and 享受保险基金补助人数 5218 (institution pension, actual of r01); 和硕县
 * 城乡居民 / 机关事业单位 年末领取待遇人数 2931 and 1573.
 */
export const DEMO_ROSTER_SIZES: Readonly<
  Record<DemoCountyCode, Readonly<Record<RosterScheme, number>>>
> = {
  '653125': { residentPension: 56798, institutionPension: 5218 },
  '652828': { residentPension: 2931, institutionPension: 1573 },
};

/** The seed the demo database uses. */
export const DEMO_ROSTER_SEED = 2020;

/**
 * 城乡居民基础养老金 (元/人/月) by year: 150 = 中央 88 + 自治区 52 + 县级 10 (莎车县 2019
 * declaration; the 2020 self-evaluation keeps 中央 88).
 */
export const RESIDENT_PENSION_BASE_YUAN: Readonly<Record<number, number>> = {
  2019: 150,
  2020: 150,
};

/**
 * 高龄补贴 (新人社发〔2018〕43号, as the 和硕县 report cites it): +5 元 a month at 70–79,
 * +10 元 at 80 and over.
 */
export function residentPensionAgeSupplementYuan(age: number): number {
  if (age >= 80) return 10;
  if (age >= 70) return 5;
  return 0;
}

/** The monthly amount due to a resident pensioner of `age` (on 31 December of `year`). */
export function residentPensionMonthlyYuan(age: number, year: number): string {
  const base = RESIDENT_PENSION_BASE_YUAN[year];
  if (base === undefined) {
    throw new RangeError(`no 城乡居民基础养老金 standard known for ${year}`);
  }
  return `${base + residentPensionAgeSupplementYuan(age)}.00`;
}

/** Institution pensions lie in this range (分): 2800.00–7500.00 元. */
export const INSTITUTION_PENSION_RANGE_FEN = { min: 280000, max: 750000 } as const;

interface SchemeProfile {
  abbreviation: string;
  femaleShare: number;
  /** Possible ages (on 31 December) and their relative weights, by sex. */
  ageWeights: Record<Sex, (age: number) => number>;
  ageRange: Record<Sex, readonly [min: number, max: number]>;
  /**
   * The hundreds digit of the ID sequence: the two schemes use disjoint ranges, so rosters of
   * one county never share an ID number even when generated apart.
   */
  sequenceHundreds: readonly [min: number, max: number];
  /** How many recipients a village of a kind holds, relative to an ordinary village. */
  placeWeight: (township: TownshipKind, village: VillageKind) => number;
  monthlyAmount: (random: Random, age: number, year: number) => string;
}

function fenToYuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/**
 * Around 4,300 元, most between 3,400 and 5,200, a tail of higher pensions (about 8% with
 * 1,500 元 more); drawn again when outside 2800.00–7500.00 so the bounds hold no pile-up.
 */
function institutionPension(random: Random): string {
  const { min, max } = INSTITUTION_PENSION_RANGE_FEN;
  for (;;) {
    const irwinHall = random.next() + random.next() + random.next() + random.next() - 2;
    const yuan = 4300 + irwinHall * 1560 + (random.chance(0.08) ? 1500 : 0);
    const fen = Math.round(yuan) * 100 + random.int(0, 99);
    if (fen >= min && fen <= max) return fenToYuan(fen);
  }
}

const PROFILES: Record<RosterScheme, SchemeProfile> = {
  residentPension: {
    abbreviation: 'rp',
    femaleShare: 0.53,
    ageRange: { male: [60, 99], female: [60, 99] },
    ageWeights: {
      male: (age) => Math.exp(-(age - 60) / 10),
      female: (age) => Math.exp(-(age - 60) / 12),
    },
    sequenceHundreds: [0, 6],
    placeWeight: (township, village) => {
      if (village === 'community') return township === 'subdistrict' ? 0.6 : 0.8;
      return township === 'town' ? 1.15 : 1;
    },
    monthlyAmount: (_random, age, year) => residentPensionMonthlyYuan(age, year),
  },
  institutionPension: {
    abbreviation: 'ip',
    femaleShare: 0.45,
    ageRange: { male: [55, 95], female: [50, 95] },
    ageWeights: {
      male: (age) => (age < 60 ? 0.3 : Math.exp(-(age - 60) / 13)),
      female: (age) => (age < 55 ? 0.5 : Math.exp(-(age - 55) / 15)),
    },
    sequenceHundreds: [7, 9],
    placeWeight: (township, village) => {
      if (village === 'community') return township === 'subdistrict' ? 4 : 2.5;
      return township === 'town' ? 0.5 : 0.25;
    },
    monthlyAmount: (random) => institutionPension(random),
  },
};

function agePicker(range: readonly [number, number], weight: (age: number) => number) {
  const ages: number[] = [];
  for (let age = range[0]; age <= range[1]; age++) ages.push(age);
  return createWeightedPicker(ages, ages.map(weight));
}

/** Village sizes: a property of the village, the same for every roster and seed. */
function villageSizes(villages: readonly Division[], countyCode: string): number[] {
  const random = createRandom(seedFrom('village-size', countyCode));
  return villages.map(() => {
    const r = random.next();
    return 0.4 + 1.6 * r * r;
  });
}

const DAY_MS = 86_400_000;

/** A random date in `year`, as YYYYMMDD. */
function birthDigits(random: Random, year: number): string {
  const days = Date.UTC(year + 1, 0, 1) / DAY_MS - Date.UTC(year, 0, 1) / DAY_MS;
  return new Date(Date.UTC(year, 0, 1) + random.int(0, days - 1) * DAY_MS)
    .toISOString()
    .slice(0, 10)
    .replaceAll('-', '');
}

/**
 * Generates a roster of `count` recipients of one scheme in one county. Pure: the same options
 * give the same roster. Ages on 31 December of `year`: resident pension 60–99 (养老金 from 60),
 * institution pension 50–95 (women from 50, men from 55). People are spread over the county's
 * villages by village size, towns' villages weighing more for the resident pension, 街道
 * communities far more for institution retirees. About 0.5% are suspended (暂停发放).
 */
export function generateRoster(options: GenerateRosterOptions): RosterEntry[] {
  const { countyCode, scheme, count, seed, year } = options;
  if (!Number.isInteger(count) || count < 0 || count > 999_999) {
    throw new RangeError(`count must be an integer from 0 to 999999, got ${count}`);
  }
  const profile = PROFILES[scheme];
  const villages = villagesOfCounty(countyCode);
  if (villages.length === 0) throw new RangeError(`no demo villages in county ${countyCode}`);
  const sizes = villageSizes(villages, countyCode);
  const pickVillage = createWeightedPicker(
    villages,
    villages.map((village, index) => {
      const weight = profile.placeWeight(townshipKindOf(village.code), villageKindOf(village.code));
      return weight * (sizes[index] ?? 1);
    }),
  );
  const pickAge: Record<Sex, (random: Random) => number> = {
    male: agePicker(profile.ageRange.male, profile.ageWeights.male),
    female: agePicker(profile.ageRange.female, profile.ageWeights.female),
  };
  const nameOf = personNameGenerator(countyCode);
  const random = createRandom(seedFrom(seed, countyCode, scheme, year));
  const [hundredsMin, hundredsMax] = profile.sequenceHundreds;
  const taken = new Set<string>();
  const entries: RosterEntry[] = [];

  for (let n = 1; n <= count; n++) {
    const sex: Sex = random.chance(profile.femaleShare) ? 'female' : 'male';
    const age = pickAge[sex](random);
    const birth = birthDigits(random, year - age);
    let first17 = '';
    for (let attempt = 0; ; attempt++) {
      if (attempt === 1000) throw new Error(`no free ID sequence for birth date ${birth}`);
      const parity = sex === 'male' ? 1 : 0;
      const sequence =
        random.int(hundredsMin, hundredsMax) * 100 + random.int(0, 9) * 10 + random.int(0, 4) * 2;
      first17 = `${countyCode}${birth}${String(sequence + parity).padStart(3, '0')}`;
      if (!taken.has(first17)) break;
    }
    taken.add(first17);
    const village = pickVillage(random);
    entries.push({
      id: `r-${countyCode}-${profile.abbreviation}-${String(n).padStart(6, '0')}`,
      scheme,
      idNumber: `${first17}${idCheckCharacter(first17)}`,
      name: nameOf(random, sex),
      sex,
      birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
      townshipCode: village.code.slice(0, 9),
      villageCode: village.code,
      monthlyAmountDueYuan: profile.monthlyAmount(random, age, year),
      status: random.chance(0.005) ? 'suspended' : 'active',
    });
  }
  return entries;
}

export interface GenerateCountyRostersOptions {
  countyCode: DemoCountyCode;
  seed: number;
  year: number;
}

/**
 * Both rosters of a demo county at the DEMO_ROSTER_SIZES, checked to share no ID number.
 */
export function generateCountyRosters(
  options: GenerateCountyRostersOptions,
): Record<RosterScheme, RosterEntry[]> {
  const sizes = DEMO_ROSTER_SIZES[options.countyCode];
  const rosters: Record<RosterScheme, RosterEntry[]> = {
    residentPension: generateRoster({
      ...options,
      scheme: 'residentPension',
      count: sizes.residentPension,
    }),
    institutionPension: generateRoster({
      ...options,
      scheme: 'institutionPension',
      count: sizes.institutionPension,
    }),
  };
  const seen = new Set<string>();
  for (const entry of [...rosters.residentPension, ...rosters.institutionPension]) {
    if (seen.has(entry.idNumber)) throw new Error(`duplicate ID number ${entry.idNumber}`);
    seen.add(entry.idNumber);
  }
  return rosters;
}
