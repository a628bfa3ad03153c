import { checkDivisionCode, parentDivisionCode } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import {
  DEMO_DIVISIONS,
  divisionByCode,
  townshipCode,
  townshipKindOf,
  townshipsOf,
  villageKindOf,
  villagesOf,
  villagesOfCounty,
} from './divisions.ts';

const SHACHE_TOWNSHIPS = [
  ['subdistrict', ['叶尔羌街道', '城中街道', '城东街道', '城西街道', '城北街道']],
  [
    'town',
    [
      '莎车镇',
      '恰热克镇',
      '艾力西湖镇',
      '荒地镇',
      '阿瓦提镇',
      '白什坎特镇',
      '依盖尔其镇',
      '古勒巴格镇',
      '米夏镇',
      '托木吾斯塘镇',
      '塔尕尔其镇',
      '乌达力克镇',
      '阿拉买提镇',
      '阿扎特巴格镇',
    ],
  ],
  [
    'township',
    [
      '阿热勒乡',
      '恰尔巴格乡',
      '英吾斯塘乡',
      '阿尔斯兰巴格乡',
      '亚喀艾日克乡',
      '伊什库力乡',
      '拍克其乡',
      '阔什艾日克乡',
      '墩巴格乡',
      '巴格阿瓦提乡',
      '喀拉苏乡',
      '霍什拉甫乡',
      '喀群乡',
      '达木斯乡',
      '孜热甫夏提塔吉克族乡',
    ],
  ],
] as const;

const HESHUO_TOWNSHIPS = [
  ['town', ['特吾里克镇', '塔哈其镇', '曲惠镇']],
  ['township', ['乌什塔拉回族民族乡', '苏哈特乡', '乃仁克尔乡', '新塔热乡']],
] as const;

function countKinds(countyCode: string) {
  const villages = villagesOfCounty(countyCode);
  const communities = villages.filter((v) => villageKindOf(v.code) === 'community').length;
  return { villages: villages.length - communities, communities };
}

describe('demo divisions', () => {
  it('has a valid code of the right level for every division', () => {
    for (const division of DEMO_DIVISIONS) {
      expect(checkDivisionCode(division.code)).toEqual({
        ok: true,
        level: division.level,
        code: division.code,
      });
    }
  });

  it('links every division to the parent its code names, and lists parents first', () => {
    const seen = new Set<string>();
    for (const division of DEMO_DIVISIONS) {
      expect(division.parentCode).toBe(parentDivisionCode(division.code));
      if (division.parentCode !== null) expect(seen.has(division.parentCode)).toBe(true);
      seen.add(division.code);
    }
  });

  it('has no duplicate codes, nor duplicate names under one parent', () => {
    const codes = DEMO_DIVISIONS.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    const names = DEMO_DIVISIONS.map((d) => `${d.parentCode}/${d.name}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it('holds the real region, prefectures and counties, not generated', () => {
    const real = DEMO_DIVISIONS.filter((d) => !d.generated).map((d) => [d.code, d.name]);
    expect(real).toEqual([
      ['650000', '新疆维吾尔自治区'],
      ['653100', '喀什地区'],
      ['652800', '巴音郭楞蒙古自治州'],
      ['653125', '莎车县'],
      ['652828', '和硕县'],
    ]);
    expect(divisionByCode('653125')?.parentCode).toBe('653100');
    expect(divisionByCode('652828')?.parentCode).toBe('652800');
  });

  it.each([
    ['653125', SHACHE_TOWNSHIPS, 34],
    ['652828', HESHUO_TOWNSHIPS, 7],
  ] as const)(
    'gives %s exactly its real townships, generated codes by kind',
    (county, kinds, n) => {
      const townships = townshipsOf(county);
      expect(townships).toHaveLength(n);
      expect(townships.every((t) => t.generated)).toBe(true);
      for (const [kind, names] of kinds) {
        const ofKind = townships.filter((t) => townshipKindOf(t.code) === kind);
        expect(ofKind.map((t) => t.name)).toEqual(names);
      }
    },
  );

  it('gives 莎车县 480 villages and 76 communities, 和硕县 about 80 in all', () => {
    expect(countKinds('653125')).toEqual({ villages: 480, communities: 76 });
    const heshuo = countKinds('652828');
    expect(heshuo.villages + heshuo.communities).toBe(80);
  });

  it('names generated villages plainly after their township', () => {
    const villages = villagesOf(townshipCode('653125', '阿热勒乡'));
    expect(villages[0]).toEqual({
      code: `${townshipCode('653125', '阿热勒乡')}200`,
      name: '阿热勒乡1村',
      level: 'village',
      parentCode: townshipCode('653125', '阿热勒乡'),
      generated: true,
    });
    const street = villagesOf(townshipCode('653125', '叶尔羌街道'));
    expect(street[0]?.name).toBe('叶尔羌街道1社区');
    expect(street[0]?.code.endsWith('001')).toBe(true);
    for (const village of villagesOfCounty('653125')) {
      const kind = villageKindOf(village.code);
      expect(village.name.endsWith(kind === 'village' ? '村' : '社区')).toBe(true);
      expect(village.name.startsWith(divisionByCode(village.parentCode ?? '')?.name ?? '?')).toBe(
        true,
      );
    }
  });

  it('every township of the two counties has at least one village or community', () => {
    for (const county of ['653125', '652828']) {
      for (const township of townshipsOf(county)) {
        expect(villagesOf(township.code).length).toBeGreaterThan(0);
      }
    }
  });

  it('looks townships up by name and refuses an unknown one', () => {
    expect(townshipCode('653125', '莎车镇')).toBe('653125100');
    expect(townshipCode('652828', '乌什塔拉回族民族乡')).toBe('652828200');
    expect(() => townshipCode('653125', '特吾里克镇')).toThrow(/no township/);
    expect(townshipsOf('999999')).toEqual([]);
  });
});
