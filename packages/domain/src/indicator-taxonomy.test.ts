import { describe, expect, it } from 'vitest';
import { level1FromLabel, level2FromLabel, parentOf } from './indicator-taxonomy.ts';

describe('indicator taxonomy', () => {
  it.each([
    ['产出指标', 'output'],
    ['项目完成指标', 'output'],
    ['项目完成', 'output'],
    ['效益指标', 'benefit'],
    ['项目效益指标', 'benefit'],
    ['项目效益', 'benefit'],
    ['满意度指标', 'satisfaction'],
    ['满意度指', 'satisfaction'],
    ['满意度 指标', 'satisfaction'],
  ] as const)('level 1 %s → %s', (label, level1) => {
    expect(level1FromLabel(label)).toBe(level1);
  });

  it.each([
    ['数量指标', 'quantity', 'output'],
    ['质量指标', 'quality', 'output'],
    ['时效指标', 'timeliness', 'output'],
    ['成本指标', 'cost', 'output'],
    ['经济效益指标', 'economic', 'benefit'],
    ['社会效益指标', 'social', 'benefit'],
    ['生态效益指标', 'ecological', 'benefit'],
    ['可持续影响指标', 'sustainability', 'benefit'],
    ['可持续影响力指标', 'sustainability', 'benefit'],
    ['可持续影响指', 'sustainability', 'benefit'],
    ['服务对象满意度指标', 'serviceSatisfaction', 'satisfaction'],
    ['服务对象 满意度指标', 'serviceSatisfaction', 'satisfaction'],
    ['满意度指标', 'serviceSatisfaction', 'satisfaction'],
  ] as const)('level 2 %s → %s under %s', (label, level2, parent) => {
    expect(level2FromLabel(label)).toBe(level2);
    expect(parentOf(level2)).toBe(parent);
  });

  it('does not guess an unknown label', () => {
    expect(level1FromLabel('其他指标')).toBeNull();
    expect(level2FromLabel('效率指标')).toBeNull();
  });
});
