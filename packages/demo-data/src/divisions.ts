import type { AdministrativeLevel } from '@jixiao/domain';

/**
 * 行政区划 — the demo organisation tree: 新疆维吾尔自治区 → 喀什地区 → 莎车县 and
 * 新疆 → 巴音郭楞蒙古自治州 → 和硕县, their townships (乡镇/街道) and villages (村/社区).
 *
 * Real: the region, prefecture and county codes (GB/T 2260) and the township names (public
 * administrative lists, see shared/DOMAIN.md). Generated, and marked `generated: true`: every
 * township code (county code + 街道 001–, 镇 100–, 乡 200–, the usual GB/T 10114 pattern),
 * every village and community (names like 阿热勒乡1村 / 叶尔羌街道1社区, plainly not real
 * ones; codes = township code + 社区 001–199, 村 200–) and the number of villages per township
 * (莎车县 480 村 + 76 社区 as the public figures say, 和硕县 80 in all).
 */
export interface Division {
  /** 行政区划代码 — 6 digits to the county, 9 for a township, 12 for a village. */
  code: string;
  name: string;
  level: AdministrativeLevel;
  /** The unit one level up, null for the region. */
  parentCode: string | null;
  /** Whether the code (and, for a village, the name) was made up for the demo. */
  generated: boolean;
}

/** 莎车县 and 和硕县, the two seed counties. */
export const DEMO_COUNTY_CODES = ['653125', '652828'] as const;
export type DemoCountyCode = (typeof DEMO_COUNTY_CODES)[number];

/** 乡镇 kinds: 街道 subdistrict, 镇 town, 乡 township (incl. 民族乡). */
export type TownshipKind = 'subdistrict' | 'town' | 'township';

/** 村级 kinds: 社区 community (居委会), 村 administrative village (村委会). */
export type VillageKind = 'community' | 'village';

/** [name, number of 村, number of 社区] of one township. */
type TownshipSpec = readonly [name: string, villages: number, communities: number];

interface CountySpec {
  prefecture: { code: string; name: string };
  code: DemoCountyCode;
  name: string;
  subdistricts: readonly TownshipSpec[];
  towns: readonly TownshipSpec[];
  townships: readonly TownshipSpec[];
}

const REGION: Division = {
  code: '650000',
  name: '新疆维吾尔自治区',
  level: 'region',
  parentCode: null,
  generated: false,
};

/** The two seed counties; village and community counts per township are generated. */
const COUNTY_SPECS: readonly CountySpec[] = [
  {
    prefecture: { code: '653100', name: '喀什地区' },
    code: '653125',
    name: '莎车县',
    subdistricts: [
      ['叶尔羌街道', 0, 12],
      ['城中街道', 0, 10],
      ['城东街道', 0, 10],
      ['城西街道', 0, 9],
      ['城北街道', 0, 9],
    ],
    towns: [
      ['莎车镇', 12, 4],
      ['恰热克镇', 20, 2],
      ['艾力西湖镇', 22, 2],
      ['荒地镇', 20, 2],
      ['阿瓦提镇', 16, 2],
      ['白什坎特镇', 18, 2],
      ['依盖尔其镇', 14, 2],
      ['古勒巴格镇', 18, 1],
      ['米夏镇', 16, 2],
      ['托木吾斯塘镇', 24, 2],
      ['塔尕尔其镇', 12, 1],
      ['乌达力克镇', 15, 2],
      ['阿拉买提镇', 14, 1],
      ['阿扎特巴格镇', 13, 1],
    ],
    townships: [
      ['阿热勒乡', 20, 0],
      ['恰尔巴格乡', 22, 0],
      ['英吾斯塘乡', 17, 0],
      ['阿尔斯兰巴格乡', 21, 0],
      ['亚喀艾日克乡', 16, 0],
      ['伊什库力乡', 20, 0],
      ['拍克其乡', 15, 0],
      ['阔什艾日克乡', 17, 0],
      ['墩巴格乡', 16, 0],
      ['巴格阿瓦提乡', 21, 0],
      ['喀拉苏乡', 14, 0],
      ['霍什拉甫乡', 13, 0],
      ['喀群乡', 14, 0],
      ['达木斯乡', 12, 0],
      ['孜热甫夏提塔吉克族乡', 8, 0],
    ],
  },
  {
    prefecture: { code: '652800', name: '巴音郭楞蒙古自治州' },
    code: '652828',
    name: '和硕县',
    subdistricts: [],
    towns: [
      ['特吾里克镇', 10, 5],
      ['塔哈其镇', 12, 1],
      ['曲惠镇', 10, 1],
    ],
    townships: [
      ['乌什塔拉回族民族乡', 12, 0],
      ['苏哈特乡', 10, 0],
      ['乃仁克尔乡', 9, 0],
      ['新塔热乡', 10, 0],
    ],
  },
];

/** The first code suffix of each township kind (GB/T 10114: 街道 0xx, 镇 1xx, 乡 2xx). */
const TOWNSHIP_CODE_START: Record<TownshipKind, number> = {
  subdistrict: 1,
  town: 100,
  township: 200,
};

/** 社区 001–199, 村 200– (the usual pattern of 12-digit codes). */
const VILLAGE_CODE_START: Record<VillageKind, number> = { community: 1, village: 200 };

function suffix(value: number): string {
  return String(value).padStart(3, '0');
}

function buildDivisions(): Division[] {
  const divisions: Division[] = [REGION];
  const prefectures: Division[] = [];
  const counties: Division[] = [];
  const townships: Division[] = [];
  const villages: Division[] = [];
  for (const county of COUNTY_SPECS) {
    prefectures.push({
      code: county.prefecture.code,
      name: county.prefecture.name,
      level: 'prefecture',
      parentCode: REGION.code,
      generated: false,
    });
    counties.push({
      code: county.code,
      name: county.name,
      level: 'county',
      parentCode: county.prefecture.code,
      generated: false,
    });
    const groups: [TownshipKind, readonly TownshipSpec[]][] = [
      ['subdistrict', county.subdistricts],
      ['town', county.towns],
      ['township', county.townships],
    ];
    for (const [kind, specs] of groups) {
      specs.forEach(([name, villageCount, communityCount], index) => {
        const code = `${county.code}${suffix(TOWNSHIP_CODE_START[kind] + index)}`;
        townships.push({ code, name, level: 'township', parentCode: county.code, generated: true });
        for (let n = 1; n <= communityCount; n++) {
          villages.push({
            code: `${code}${suffix(VILLAGE_CODE_START.community + n - 1)}`,
            name: `${name}${n}社区`,
            level: 'village',
            parentCode: code,
            generated: true,
          });
        }
        for (let n = 1; n <= villageCount; n++) {
          villages.push({
            code: `${code}${suffix(VILLAGE_CODE_START.village + n - 1)}`,
            name: `${name}${n}村`,
            level: 'village',
            parentCode: code,
            generated: true,
          });
        }
      });
    }
  }
  divisions.push(...prefectures, ...counties, ...townships, ...villages);
  return divisions;
}

/**
 * Every demo division, parents before children (region, prefectures, counties, townships,
 * villages), so a seeder can insert them in this order.
 */
export const DEMO_DIVISIONS: readonly Division[] = Object.freeze(buildDivisions());

const BY_CODE = new Map(DEMO_DIVISIONS.map((division) => [division.code, division]));

const CHILDREN = new Map<string, Division[]>();
for (const division of DEMO_DIVISIONS) {
  if (division.parentCode === null) continue;
  const siblings = CHILDREN.get(division.parentCode);
  if (siblings) siblings.push(division);
  else CHILDREN.set(division.parentCode, [division]);
}

/** The demo division with this code, or undefined. */
export function divisionByCode(code: string): Division | undefined {
  return BY_CODE.get(code);
}

/** The townships (乡镇/街道) of a county, in code order; empty for an unknown county. */
export function townshipsOf(countyCode: string): readonly Division[] {
  return (CHILDREN.get(countyCode) ?? []).filter((division) => division.level === 'township');
}

/** The villages and communities (村/社区) of a township, in code order. */
export function villagesOf(townshipCode: string): readonly Division[] {
  return (CHILDREN.get(townshipCode) ?? []).filter((division) => division.level === 'village');
}

/** Every village and community of a county, township by township. */
export function villagesOfCounty(countyCode: string): readonly Division[] {
  return townshipsOf(countyCode).flatMap((township) => villagesOf(township.code));
}

/** The code of the township named `name` in the county; throws when there is none. */
export function townshipCode(countyCode: string, name: string): string {
  const township = townshipsOf(countyCode).find((division) => division.name === name);
  if (!township) throw new RangeError(`no township ${name} in county ${countyCode}`);
  return township.code;
}

/** 街道, 镇 or 乡, read from the generated code (001–099, 100–199, 200–). */
export function townshipKindOf(code: string): TownshipKind {
  const n = Number(code.slice(6, 9));
  if (n >= TOWNSHIP_CODE_START.township) return 'township';
  if (n >= TOWNSHIP_CODE_START.town) return 'town';
  return 'subdistrict';
}

/** 社区 or 村, read from the generated 12-digit code (001–199, 200–). */
export function villageKindOf(code: string): VillageKind {
  return Number(code.slice(9, 12)) >= VILLAGE_CODE_START.village ? 'village' : 'community';
}
