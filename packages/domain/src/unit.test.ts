import { describe, expect, it } from 'vitest';
import { convert, unitFromIndicatorName, unitFromSymbol, unitPrefix } from './unit.ts';

describe('units', () => {
  it('12 月 is 1 年, and back', () => {
    expect(convert(12, 'month', 'year')).toBe(1);
    expect(convert(1, 'year', 'month')).toBe(12);
  });

  it('converts money exactly between 元, 万元 and 亿元', () => {
    expect(convert(1.5, 'wanYuan', 'yuan')).toBe(15000);
    expect(convert(17.52, 'yiYuan', 'wanYuan')).toBe(175200);
    expect(convert(27429.5, 'wanYuan', 'yiYuan')).toBeCloseTo(2.74295, 12);
  });

  it('refuses to convert across dimensions', () => {
    expect(() => convert(1, 'person', 'yuan')).toThrow(/人.*元/);
    expect(() => convert(1, 'day', 'month')).toThrow();
  });

  it('reads the longest spelling first', () => {
    expect(unitPrefix('万元')).toEqual({ unit: 'wanYuan', length: 2 });
    expect(unitPrefix('元/人/月')).toEqual({ unit: 'yuanPerPersonMonth', length: 5 });
    expect(unitFromSymbol('个月')).toBe('month');
    expect(unitFromSymbol('公斤')).toBeNull();
  });

  it('reads the unit an indicator name declares', () => {
    expect(unitFromIndicatorName('缴费人数(人)')).toBe('person');
    expect(unitFromIndicatorName('中央基础养老金标准(元/人/月)')).toBe('yuanPerPersonMonth');
    expect(unitFromIndicatorName('参保居民个人实际缴费标准（元/人/年）')).toBe('yuanPerPersonYear');
    expect(unitFromIndicatorName('政策知晓率 (%)')).toBe('percent');
    expect(unitFromIndicatorName('基础养老金发放到位率')).toBeNull();
  });
});
