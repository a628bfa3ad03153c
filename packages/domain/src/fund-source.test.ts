import { describe, expect, it } from 'vitest';
import { fundSourceFromLabel } from './fund-source.ts';
import { SCHEME_CODES, schemeName } from './scheme.ts';

describe('fund sources', () => {
  it.each([
    ['其中：中央补助', 'central'],
    ['其中: 财政拨款', 'fiscal'],
    ['其中：中央资金', 'central'],
    ['自治区财政资金', 'region'],
    ['地方财政资金', 'local'],
    ['其中：社会保险基金', 'socialInsuranceFund'],
    ['其他资金', 'other'],
  ] as const)('%s → %s', (label, source) => {
    expect(fundSourceFromLabel(label)).toBe(source);
  });

  it('does not guess an unknown label', () => {
    expect(fundSourceFromLabel('其中：银行贷款')).toBeNull();
  });
});

describe('schemes', () => {
  it('names the four schemes of the seeds', () => {
    expect(SCHEME_CODES.map(schemeName)).toEqual(
      expect.arrayContaining([
        '城乡居民基本养老保险',
        '机关事业单位基本养老保险',
        '职工基本医疗保险',
        '城乡居民基本医疗保险',
      ]),
    );
  });
});
