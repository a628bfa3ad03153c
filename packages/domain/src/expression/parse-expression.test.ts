import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Expression, ExpressionErrorCode } from './expression.ts';
import {
  ExpressionParseError,
  parseExpression,
  parseExpressionOrThrow,
} from './parse-expression.ts';

/** An expression without its source text (distributed over the union). */
type Expected = Expression extends infer E
  ? E extends Expression
    ? Omit<E, 'source'>
    : never
  : never;

/** 95% ≤ x ≤ 105%, the execution-rate band of the medical forms. */
function percentRange95To105(garbled: boolean): Expected {
  return {
    kind: 'range',
    lower: 95,
    upper: 105,
    lowerInclusive: true,
    upperInclusive: true,
    unit: 'percent',
    garbled,
  };
}

/** Every form DOMAIN.md lists, with the typed value it must give. */
const DOMAIN_FORMS: ReadonlyArray<readonly [string, Expected]> = [
  ['≥ 377693', { kind: 'quantity', comparator: '>=', value: 377693, unit: null }],
  ['≥3250 人', { kind: 'quantity', comparator: '>=', value: 3250, unit: 'person' }],
  ['=100%', { kind: 'quantity', comparator: '=', value: 100, unit: 'percent' }],
  ['=88', { kind: 'quantity', comparator: '=', value: 88, unit: null }],
  ['≤ 14204', { kind: 'quantity', comparator: '<=', value: 14204, unit: null }],
  ['≤1572人', { kind: 'quantity', comparator: '<=', value: 1572, unit: 'person' }],
  ['≤0', { kind: 'quantity', comparator: '<=', value: 0, unit: null }],
  ['≤1%', { kind: 'quantity', comparator: '<=', value: 1, unit: 'percent' }],
  ['>95%', { kind: 'quantity', comparator: '>', value: 95, unit: 'percent' }],
  ['＞95%', { kind: 'quantity', comparator: '>', value: 95, unit: 'percent' }],
  ['$\\geq 95\\%$', { kind: 'quantity', comparator: '>=', value: 95, unit: 'percent' }],
  ['360736', { kind: 'quantity', comparator: null, value: 360736, unit: null }],
  ['55067人', { kind: 'quantity', comparator: null, value: 55067, unit: 'person' }],
  ['176万元', { kind: 'quantity', comparator: null, value: 176, unit: 'wanYuan' }],
  ['27429.5万元', { kind: 'quantity', comparator: null, value: 27429.5, unit: 'wanYuan' }],
  ['=280', { kind: 'quantity', comparator: '=', value: 280, unit: null }],
  ['6.80%', { kind: 'quantity', comparator: null, value: 6.8, unit: 'percent' }],
  ['105%≤95%', percentRange95To105(true)],
  ['105%≤≥95%', percentRange95To105(true)],
  ['2020/1/1', { kind: 'date', year: 2020, month: 1, day: 1 }],
  ['2020年6月30', { kind: 'date', year: 2020, month: 6, day: 30 }],
  [
    '每月20日前',
    { kind: 'deadline', anchor: 'dayOfPeriod', period: 'month', days: 20, workingDays: false },
  ],
  [
    '每季度结束后的，5日内',
    { kind: 'deadline', anchor: 'afterPeriodEnd', period: 'quarter', days: 5, workingDays: false },
  ],
  [
    '30日内',
    { kind: 'deadline', anchor: 'afterEvent', period: null, days: 30, workingDays: false },
  ],
  ['按月发放', { kind: 'schedule', period: 'month' }],
  ['≥1年', { kind: 'quantity', comparator: '>=', value: 1, unit: 'year' }],
  ['12月', { kind: 'quantity', comparator: null, value: 12, unit: 'month' }],
  ['有效促进', { kind: 'qualitative', text: '有效促进' }],
  ['持续推动', { kind: 'qualitative', text: '持续推动' }],
  ['有效缓解', { kind: 'qualitative', text: '有效缓解' }],
  ['长期', { kind: 'qualitative', text: '长期' }],
  ['充分发挥社会保险的职能作用', { kind: 'qualitative', text: '充分发挥社会保险的职能作用' }],
  ['达成预期指标', { kind: 'tier', tier: 'achieved', percent: null }],
  ['未达监控节点', { kind: 'notApplicable', reason: 'monitoringNodeNotReached' }],
  ['/', { kind: 'notApplicable', reason: 'slash' }],
];

/** Further spellings real forms use. */
const OTHER_FORMS: ReadonlyArray<readonly [string, Expected]> = [
  ['>=95%', { kind: 'quantity', comparator: '>=', value: 95, unit: 'percent' }],
  ['不低于 90%', { kind: 'quantity', comparator: '>=', value: 90, unit: 'percent' }],
  ['95%以上', { kind: 'quantity', comparator: '>=', value: 95, unit: 'percent' }],
  ['１２０００人', { kind: 'quantity', comparator: null, value: 12000, unit: 'person' }],
  ['1,234,567元', { kind: 'quantity', comparator: null, value: 1234567, unit: 'yuan' }],
  ['88 元/人/月', { kind: 'quantity', comparator: null, value: 88, unit: 'yuanPerPersonMonth' }],
  ['=580', { kind: 'quantity', comparator: '=', value: 580, unit: null }],
  ['$\\leq 1\\%$', { kind: 'quantity', comparator: '<=', value: 1, unit: 'percent' }],
  ['95%≤x≤105%', percentRange95To105(false)],
  ['95%-105%', percentRange95To105(false)],
  ['2020/12/31', { kind: 'date', year: 2020, month: 12, day: 31 }],
  ['2020年12月31日前', { kind: 'date', year: 2020, month: 12, day: 31 }],
  ['2020年12月', { kind: 'date', year: 2020, month: 12, day: null }],
  [
    '每年度结束后的，15 日内',
    { kind: 'deadline', anchor: 'afterPeriodEnd', period: 'year', days: 15, workingDays: false },
  ],
  [
    '10个工作日内',
    { kind: 'deadline', anchor: 'afterEvent', period: null, days: 10, workingDays: true },
  ],
  ['按季度拨付', { kind: 'schedule', period: 'quarter' }],
  ['部分达成预期指标并具有一定效果', { kind: 'tier', tier: 'partial', percent: null }],
  ['未达成预期指标且效果较差', { kind: 'tier', tier: 'notAchieved', percent: null }],
  ['达成预期指标（90%）', { kind: 'tier', tier: 'achieved', percent: 90 }],
  ['100.0%', { kind: 'quantity', comparator: null, value: 100, unit: 'percent' }],
  ['无', { kind: 'notApplicable', reason: 'none' }],
];

describe('parseExpression reads every form DOMAIN.md lists', () => {
  it.each(DOMAIN_FORMS)('%s', (text, expected) => {
    expect(parseExpression(text)).toEqual({
      ok: true,
      value: { ...expected, source: text.trim() },
    });
  });
});

describe('parseExpression reads other spellings of the same forms', () => {
  it.each(OTHER_FORMS)('%s', (text, expected) => {
    expect(parseExpression(text)).toEqual({
      ok: true,
      value: { ...expected, source: text.trim() },
    });
  });
});

const ERRORS: ReadonlyArray<readonly [string, ExpressionErrorCode]> = [
  ['', 'empty'],
  ['   ', 'empty'],
  ['$$', 'empty'],
  ['banana', 'unrecognised'],
  ['很好', 'unrecognised'],
  ['≥ abc', 'invalidNumber'],
  ['95公斤', 'unknownUnit'],
  ['2020/2/30', 'invalidDate'],
  ['2020年13月1日', 'invalidDate'],
  ['每月32日前', 'invalidDate'],
  ['95%≤100人', 'mixedUnits'],
  ['95%≤95%', 'invalidRange'],
  ['$\\frac{1}{2}$', 'leftoverMarkup'],
  ['≥95%以上', 'unrecognised'],
  ['5,20', 'unrecognised'],
  ['x'.repeat(201), 'tooLong'],
  ['达成预期指标很好', 'unrecognised'],
];

describe('parseExpression rejects what it cannot read, saying which text and why', () => {
  it.each(ERRORS)('%j → %s', (text, code) => {
    const result = parseExpression(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.text).toBe(text);
    expect(result.error.message.length).toBeGreaterThan(4);
    if (text.trim() && text.length < 50) expect(result.error.message).toContain(text.trim());
  });

  it('parseExpressionOrThrow throws the parser error', () => {
    expect(() => parseExpressionOrThrow('banana')).toThrow(ExpressionParseError);
    expect(parseExpressionOrThrow('=88')).toMatchObject({ kind: 'quantity', value: 88 });
  });
});

describe('parseExpression properties', () => {
  it('any string gives a value or the parser’s own error, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), tokenSoup()), (text) => {
        const result = parseExpression(text);
        if (result.ok) {
          expect(result.value.source).toBe(text.trim());
        } else {
          expect(result.error.text).toBe(text);
          expect(typeof result.error.message).toBe('string');
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('a printed comparator, number and unit read back as written', () => {
    const comparators = { '≥': '>=', '≤': '<=', '=': '=', '>': '>', '<': '<' } as const;
    const units = { '': null, '%': 'percent', 人: 'person', 万元: 'wanYuan', 元: 'yuan' } as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(comparators) as (keyof typeof comparators)[])),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(...(Object.keys(units) as (keyof typeof units)[])),
        fc.constantFrom('', ' '),
        (comparator, whole, cents, unit, space) => {
          const number = cents === 0 ? `${whole}` : `${whole}.${String(cents).padStart(2, '0')}`;
          const text = `${comparator}${space}${number}${space}${unit}`;
          expect(parseExpression(text)).toEqual({
            ok: true,
            value: {
              kind: 'quantity',
              comparator: comparators[comparator],
              value: Number(number),
              unit: units[unit],
              source: text.trim(),
            },
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('two bounds in either order give the same range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        (low, width) => {
          const high = low + width;
          const a = parseExpression(`${high}%≤${low}%`);
          const b = parseExpression(`${low}%≤x≤${high}%`);
          expect(a.ok && a.value.kind === 'range' && [a.value.lower, a.value.upper]).toEqual([
            low,
            high,
          ]);
          expect(b.ok && b.value.kind === 'range' && [b.value.lower, b.value.upper]).toEqual([
            low,
            high,
          ]);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

/** Strings made of the pieces forms are made of, so the property explores near misses. */
function tokenSoup() {
  const tokens = [
    '≥',
    '≤',
    '=',
    '>',
    '<',
    '%',
    '人',
    '万元',
    '元/人/月',
    '年',
    '月',
    '日',
    '前',
    '内',
    '每',
    '季度',
    '结束后的',
    '，',
    '/',
    '-',
    '.',
    '$',
    '\\geq',
    '\\%',
    ' ',
    '达成预期指标',
    '部分',
    '未达监控节点',
    '有效',
    '促进',
    '长期',
    'x',
    '以上',
    '(',
    ')',
    '2020',
    '12',
    '31',
    '0',
    '95',
    '105',
    '1,234',
  ];
  return fc.array(fc.constantFrom(...tokens), { maxLength: 8 }).map((parts) => parts.join(''));
}
