import { describe, expect, it } from 'vitest';
import { PREFECTURE_AREA } from '../testing/dashboard-fixtures.ts';
import { countiesOf } from './use-counties.ts';

describe('countiesOf', () => {
  it("lists a prefecture's counties", () => {
    expect(countiesOf({ division: PREFECTURE_AREA })).toEqual([
      { code: '653125', name: '莎车县', prefecture: '喀什地区' },
    ]);
  });

  it("lists the region's counties with their prefectures", () => {
    const region = {
      code: '650000',
      name: '新疆维吾尔自治区',
      level: 'REGION' as const,
      children: [
        {
          code: '653100',
          name: '喀什地区',
          level: 'PREFECTURE' as const,
          children: [{ code: '653125', name: '莎车县', level: 'COUNTY' as const }],
        },
        {
          code: '652800',
          name: '巴音郭楞蒙古自治州',
          level: 'PREFECTURE' as const,
          children: [{ code: '652828', name: '和硕县', level: 'COUNTY' as const }],
        },
      ],
    };
    expect(countiesOf({ division: region }).map((county) => county.name)).toEqual([
      '莎车县',
      '和硕县',
    ]);
  });

  it('takes a county as itself, and nothing as nothing', () => {
    const county = { code: '653125', name: '莎车县', level: 'COUNTY' as const, children: [] };
    expect(countiesOf({ division: county })).toEqual([
      { code: '653125', name: '莎车县', prefecture: null },
    ]);
    expect(countiesOf({ division: null })).toEqual([]);
    expect(countiesOf(null)).toEqual([]);
  });
});
