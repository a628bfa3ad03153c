import { describe, expect, it } from 'vitest';
import { idCheckCharacter } from '../id-number.ts';
import { validateVerification } from './capture-validation.ts';
import { ID_NUMBER, OPTIONS, validVerification } from './test-fixtures.ts';
import {
  IDENTITY_METHOD_LABELS,
  INELIGIBLE_REASON_LABELS,
  VERIFICATION_OUTCOME_LABELS,
  type VerificationRecord,
  verificationOutcome,
} from './verification-record.ts';

/** Marks a field to delete from the valid record. */
const MISSING = Symbol('missing');

type Patch = Record<string, unknown>;

function patched(patch: Patch): Record<string, unknown> {
  const record: Record<string, unknown> = { ...validVerification() };
  for (const [key, value] of Object.entries(patch)) {
    if (value === MISSING) delete record[key];
    else record[key] = value;
  }
  return record;
}

function withId(first17: string): string {
  return `${first17}${idCheckCharacter(first17)}`;
}

const DECEASED: Patch = { alive: false, deathDate: '2020-03-01', eligible: false };
const UUID_EXAMPLE = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
const AMOUNT_FORMAT = '领取金额应为最多两位小数的非负金额文本（如 150 或 150.50）';

describe('validateVerification accepts', () => {
  it.each<[string, Patch]>([
    ['the fixture', {}],
    ['a uuid of another version', { id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8' }],
    ['a capture time in UTC', { capturedAt: '2020-11-05T04:15:00Z' }],
    ['a capture time without seconds', { capturedAt: '2020-11-05T10:15+06:00' }],
    ['a capture time with milliseconds', { capturedAt: '2020-11-05T10:15:00.250+06:00' }],
    ['a capture time 5 minutes ahead of now', { capturedAt: '2020-11-05T11:20:00+06:00' }],
    ['the first capture time accepted', { capturedAt: '2000-01-01T00:00:00+06:00' }],
    ['video identification', { identityMethod: 'video' }],
    ['identification at the counter', { identityMethod: 'counter' }],
    ['an unconfirmed identity', { identityConfirmed: false }],
    ['a deceased person', DECEASED],
    ['a death on the capture day', { ...DECEASED, deathDate: '2020-11-05' }],
    ['a death on the day of birth', { ...DECEASED, deathDate: '1950-01-01' }],
    ['a person who moved away', { eligible: false, ineligibleReason: 'moved' }],
    ['a person in prison', { eligible: false, ineligibleReason: 'imprisoned' }],
    ['a double enrolment', { eligible: false, ineligibleReason: 'duplicateEnrolment' }],
    ['another reason', { eligible: false, ineligibleReason: 'other' }],
    ['a whole amount', { amountReceivedYuan: '150' }],
    ['an amount with one decimal', { amountReceivedYuan: '150.5' }],
    ['nothing received', { amountReceivedYuan: '0' }],
    ['a fraction of a yuan', { amountReceivedYuan: '0.05' }],
    ['the largest amount', { amountReceivedYuan: '1000000.00' }],
    ['a note of 500 characters', { note: '备'.repeat(500) }],
    ['the last year', { year: 2100 }],
  ])('%s', (_name, patch) => {
    const result = validateVerification(patched(patch), OPTIONS);
    expect(result).toEqual({ ok: true, value: patched(patch) });
  });

  it('normalises the ID number: trimmed, X upper-case', () => {
    const withX = withId('65312519500101018');
    expect(withX.endsWith('X')).toBe(true);
    const result = validateVerification(patched({ idNumber: ` ${withX.toLowerCase()} ` }), OPTIONS);
    expect(result).toEqual({ ok: true, value: patched({ idNumber: withX }) });
  });
});

describe('validateVerification rejects', () => {
  it.each<[string, Patch, string, string]>([
    [
      'an upper-case uuid',
      { id: '3F2C8A9E-6B1D-4C7A-9E2F-5D8B7A6C4E10' },
      'id',
      `记录编号应为小写的 UUID（如 ${UUID_EXAMPLE}）`,
    ],
    [
      'a uuid without dashes',
      { id: '3f2c8a9e6b1d4c7a9e2f5d8b7a6c4e10' },
      'id',
      `记录编号应为小写的 UUID（如 ${UUID_EXAMPLE}）`,
    ],
    [
      'the nil uuid',
      { id: '00000000-0000-0000-0000-000000000000' },
      'id',
      '记录编号不能是全 0 或全 f 的占位 UUID',
    ],
    [
      'a capture time without offset',
      { capturedAt: '2020-11-05T10:15:00' },
      'capturedAt',
      '采集时间应为带时区的 ISO 8601 日期时间（如 2020-11-05T10:15:00+06:00）',
    ],
    [
      'a capture time on no calendar day',
      { capturedAt: '2020-02-30T10:15:00+06:00' },
      'capturedAt',
      '采集时间 2020-02-30T10:15:00+06:00 不是有效的日期时间',
    ],
    [
      'a capture time before 2000',
      { capturedAt: '1999-12-31T23:59:00+06:00' },
      'capturedAt',
      '采集时间不能早于 2000 年',
    ],
    [
      'a capture time over 5 minutes ahead of now',
      { capturedAt: '2020-11-05T11:21:00+06:00' },
      'capturedAt',
      '采集时间晚于当前时间',
    ],
    ['an empty device id', { deviceId: '' }, 'deviceId', '设备编号不能为空'],
    ['a long device id', { deviceId: 'd'.repeat(65) }, 'deviceId', '设备编号不能超过 64 个字符'],
    ['a numeric beneficiary id', { beneficiaryId: 42 }, 'beneficiaryId', '待遇人员编号应为文本'],
    ['a year before 2000', { year: 1999 }, 'year', '核实年度应为 2000 到 2100 之间的整数'],
    ['a year after 2100', { year: 2101 }, 'year', '核实年度应为 2000 到 2100 之间的整数'],
    ['a fractional year', { year: 2020.5 }, 'year', '核实年度应为 2000 到 2100 之间的整数'],
    ['a year as text', { year: '2020' }, 'year', '核实年度应为 2000 到 2100 之间的整数'],
    [
      'a wrong ID check character',
      { idNumber: `${ID_NUMBER.slice(0, 17)}${ID_NUMBER[17] === '0' ? '1' : '0'}` },
      'idNumber',
      '身份证号校验位不正确',
    ],
    [
      'a short ID number',
      { idNumber: ID_NUMBER.slice(0, 16) },
      'idNumber',
      '身份证号应为 18 位，实为 16 位',
    ],
    [
      'a birth date after the capture date',
      { idNumber: withId('65312520201106123') },
      'idNumber',
      '身份证号出生日期 2020-11-06 晚于今天',
    ],
    [
      'an ID number as a number',
      { idNumber: 6531251950 },
      'idNumber',
      '身份证号应为 18 位身份证号文本',
    ],
    [
      'a yes for a boolean',
      { identityConfirmed: 'yes' },
      'identityConfirmed',
      '身份是否确认应为 true 或 false',
    ],
    [
      'an unknown identification method',
      { identityMethod: 'phone' },
      'identityMethod',
      '核实方式应为 homeVisit（上门）、video（视频）或 counter（窗口）',
    ],
    ['alive as 1', { alive: 1 }, 'alive', '是否在世应为 true 或 false'],
    [
      'a deceased person without death date',
      { ...DECEASED, deathDate: null },
      'deathDate',
      '已死亡人员应填写死亡日期',
    ],
    [
      'a living person with a death date',
      { deathDate: '2020-03-01' },
      'deathDate',
      '在世人员的死亡日期应为空（null）',
    ],
    [
      'a death after the capture date',
      { ...DECEASED, deathDate: '2020-11-06' },
      'deathDate',
      '死亡日期不能晚于采集日期',
    ],
    [
      'a death before 1949',
      { ...DECEASED, deathDate: '1948-12-31' },
      'deathDate',
      '死亡日期不能早于 1949 年',
    ],
    [
      'a death before birth',
      { ...DECEASED, deathDate: '1949-12-31' },
      'deathDate',
      '死亡日期不能早于身份证号中的出生日期',
    ],
    [
      'a death on no calendar day',
      { ...DECEASED, deathDate: '2019-02-29' },
      'deathDate',
      '死亡日期 2019-02-29 不是有效的日期',
    ],
    [
      'a death date in another format',
      { ...DECEASED, deathDate: '2020/03/01' },
      'deathDate',
      '死亡日期应为 YYYY-MM-DD 格式的日期，在世时为 null',
    ],
    [
      'a deceased person found eligible',
      { ...DECEASED, eligible: true },
      'eligible',
      '已死亡人员不能认定为符合领取资格',
    ],
    [
      'a deceased person with a reason',
      { ...DECEASED, ineligibleReason: 'moved' },
      'ineligibleReason',
      '已死亡人员不填写不符合资格原因（应为 null）',
    ],
    [
      'an ineligible person without reason',
      { eligible: false },
      'ineligibleReason',
      '不符合领取资格时应选择原因',
    ],
    [
      'an eligible person with a reason',
      { ineligibleReason: 'imprisoned' },
      'ineligibleReason',
      '符合领取资格时不符合资格原因应为空（null）',
    ],
    [
      'an unknown reason',
      { eligible: false, ineligibleReason: 'dead' },
      'ineligibleReason',
      '不符合资格原因应为 moved（迁出）、imprisoned（服刑）、duplicateEnrolment（重复参保）、' +
        'other（其他）或 null（无）',
    ],
    [
      'an amount in exponent notation',
      { amountReceivedYuan: '1e3' },
      'amountReceivedYuan',
      AMOUNT_FORMAT,
    ],
    ['a negative amount', { amountReceivedYuan: '-1' }, 'amountReceivedYuan', AMOUNT_FORMAT],
    ['three decimals', { amountReceivedYuan: '150.555' }, 'amountReceivedYuan', AMOUNT_FORMAT],
    ['a leading space', { amountReceivedYuan: ' 150' }, 'amountReceivedYuan', AMOUNT_FORMAT],
    ['a leading zero', { amountReceivedYuan: '0150' }, 'amountReceivedYuan', AMOUNT_FORMAT],
    ['a trailing point', { amountReceivedYuan: '150.' }, 'amountReceivedYuan', AMOUNT_FORMAT],
    ['no integer part', { amountReceivedYuan: '.5' }, 'amountReceivedYuan', AMOUNT_FORMAT],
    ['a decimal comma', { amountReceivedYuan: '150,50' }, 'amountReceivedYuan', AMOUNT_FORMAT],
    ['an amount as a number', { amountReceivedYuan: 150 }, 'amountReceivedYuan', AMOUNT_FORMAT],
    [
      'an amount over a million',
      { amountReceivedYuan: '1000000.01' },
      'amountReceivedYuan',
      '领取金额不能超过 1000000 元',
    ],
    ['a note over 500 characters', { note: '备'.repeat(501) }, 'note', '备注不能超过 500 个字符'],
    ['an undefined note', { note: undefined }, 'note', '备注应为文本或 null'],
    ['a missing death date', { deathDate: MISSING }, 'deathDate', '缺少字段 deathDate（死亡日期）'],
    ['an unknown field', { name: '艾麦提·玉苏甫' }, 'name', '不允许的字段 name'],
  ])('%s', (_name, patch, field, message) => {
    expect(validateVerification(patched(patch), OPTIONS)).toEqual({
      ok: false,
      errors: [{ field, message }],
    });
  });

  it.each([[null], [undefined], [42], ['record'], [[]], [[validVerification()]], [true]])(
    '%j as a whole',
    (input: unknown) => {
      expect(validateVerification(input, OPTIONS)).toEqual({
        ok: false,
        errors: [{ field: '', message: '核实记录应为对象' }],
      });
    },
  );

  it('reports every error at once, in field order', () => {
    const result = validateVerification(
      patched({
        note: 7,
        extra: true,
        alive: false,
        deathDate: null,
        eligible: true,
        year: 1999,
        capturedAt: '2030-01-01T00:00:00+06:00',
        deviceId: MISSING,
      }),
      OPTIONS,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'capturedAt', message: '采集时间晚于当前时间' },
        { field: 'deviceId', message: '缺少字段 deviceId（设备编号）' },
        { field: 'year', message: '核实年度应为 2000 到 2100 之间的整数' },
        { field: 'deathDate', message: '已死亡人员应填写死亡日期' },
        { field: 'eligible', message: '已死亡人员不能认定为符合领取资格' },
        { field: 'note', message: '备注应为文本或 null' },
        { field: 'extra', message: '不允许的字段 extra' },
      ],
    });
  });

  it('checks the ID number against today when the capture time is unreadable', () => {
    const result = validateVerification(
      patched({ capturedAt: 'yesterday', idNumber: withId('65312520301106123') }),
      OPTIONS,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: 'capturedAt',
          message: '采集时间应为带时区的 ISO 8601 日期时间（如 2020-11-05T10:15:00+06:00）',
        },
        { field: 'idNumber', message: '身份证号出生日期 2030-11-06 晚于今天' },
      ],
    });
  });
});

describe('verificationOutcome', () => {
  it.each<[Pick<VerificationRecord, 'alive' | 'eligible' | 'ineligibleReason'>, string]>([
    [{ alive: true, eligible: true, ineligibleReason: null }, 'aliveEligible'],
    [{ alive: false, eligible: false, ineligibleReason: null }, 'deceased'],
    [{ alive: true, eligible: false, ineligibleReason: 'moved' }, 'moved'],
    [{ alive: true, eligible: false, ineligibleReason: 'imprisoned' }, 'imprisoned'],
    [
      { alive: true, eligible: false, ineligibleReason: 'duplicateEnrolment' },
      'duplicateEnrolment',
    ],
    [{ alive: true, eligible: false, ineligibleReason: 'other' }, 'otherIneligible'],
  ])('%j → %s', (record, outcome) => {
    expect(verificationOutcome(record)).toBe(outcome);
  });

  it('has a Chinese label for every outcome, method and reason', () => {
    expect(VERIFICATION_OUTCOME_LABELS.deceased).toBe('已死亡');
    expect(VERIFICATION_OUTCOME_LABELS.duplicateEnrolment).toBe('重复参保');
    expect(IDENTITY_METHOD_LABELS).toEqual({ homeVisit: '上门', video: '视频', counter: '窗口' });
    expect(INELIGIBLE_REASON_LABELS.moved).toBe('迁出');
    for (const label of Object.values(VERIFICATION_OUTCOME_LABELS)) {
      expect(label).toMatch(/^[\u4e00-\u9fff]+$/);
    }
  });
});
