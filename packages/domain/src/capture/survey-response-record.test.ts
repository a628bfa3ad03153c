import { describe, expect, it } from 'vitest';
import { validateSurveyResponse } from './capture-validation.ts';
import { answerQuestionIds } from './survey-response-record.ts';
import { OPTIONS, validSurveyResponse, validTemplate } from './test-fixtures.ts';

const MISSING = Symbol('missing');

type Patch = Record<string, unknown>;

function patched(patch: Patch): Record<string, unknown> {
  const record: Record<string, unknown> = { ...validSurveyResponse() };
  for (const [key, value] of Object.entries(patch)) {
    if (value === MISSING) delete record[key];
    else record[key] = value;
  }
  return record;
}

function validate(input: unknown) {
  return validateSurveyResponse(input, validTemplate(), OPTIONS);
}

const VALUE_MESSAGE = '第 2 条回答的选项值应为 1 到 5 的整数，拒答或不清楚时为 null';

function answers(...list: unknown[]): Patch {
  return { answers: list };
}

describe('validateSurveyResponse accepts', () => {
  it.each<[string, Patch]>([
    ['the fixture', {}],
    ['an interview in Chinese', { language: 'zh' }],
    ['a township without village', { villageCode: null }],
    ['a link to the roster', { beneficiaryId: 'B-653125-000123' }],
    ['an institution retiree', { respondentGroup: 'institutionRetiree' }],
    [
      'answers in another order',
      answers(
        { questionId: 'q3', value: 1 },
        { questionId: 'q1', value: 3 },
        { questionId: 'q2', value: 4 },
      ),
    ],
    [
      'every question refused',
      answers(
        { questionId: 'q1', value: null },
        { questionId: 'q2', value: null },
        { questionId: 'q3', value: null },
      ),
    ],
    ['a note', { note: '受访人耳背，由家属转述' }],
  ])('%s', (_name, patch) => {
    expect(validate(patched(patch))).toEqual({ ok: true, value: patched(patch) });
  });
});

describe('validateSurveyResponse rejects', () => {
  it.each<[string, Patch, { field: string; message: string }[]]>([
    [
      'another template',
      { templateId: 'medical-satisfaction' },
      [
        {
          field: 'templateId',
          message: '问卷模板编号应为 pension-satisfaction，实为 medical-satisfaction',
        },
      ],
    ],
    [
      'another template version',
      { templateVersion: 1 },
      [{ field: 'templateVersion', message: '问卷模板版本应为 2，实为 1' }],
    ],
    [
      'a version 0',
      { templateVersion: 0 },
      [{ field: 'templateVersion', message: '问卷模板版本应为不小于 1 的整数' }],
    ],
    [
      'a year after 2100',
      { year: 2101 },
      [{ field: 'year', message: '调查年度应为 2000 到 2100 之间的整数' }],
    ],
    [
      'a capture time in the future',
      { capturedAt: '2020-11-05T14:00:00+08:00' },
      [{ field: 'capturedAt', message: '采集时间晚于当前时间' }],
    ],
    [
      'a county code for the township',
      { townshipCode: '653125', villageCode: null },
      [{ field: 'townshipCode', message: '乡镇代码应为 9 位数字的乡级行政区划代码' }],
    ],
    [
      'a township code ending in 000',
      { townshipCode: '653125000', villageCode: null },
      [{ field: 'townshipCode', message: '乡镇代码无效：乡级代码末三位不能为 000' }],
    ],
    [
      'a village of another township',
      { villageCode: '653125200201' },
      [{ field: 'villageCode', message: '村代码 653125200201 不属于乡镇 653125100' }],
    ],
    [
      'a village code ending in 000',
      { villageCode: '653125100000' },
      [{ field: 'villageCode', message: '村代码无效：村级代码末三位不能为 000' }],
    ],
    [
      'a township code for the village',
      { villageCode: '653125100' },
      [{ field: 'villageCode', message: '村代码应为 12 位数字的村级行政区划代码或 null' }],
    ],
    [
      'a group the template is not for',
      { respondentGroup: 'contributor' },
      [{ field: 'respondentGroup', message: '问卷模板 pension-satisfaction 不适用于缴费人员' }],
    ],
    [
      'an unknown group',
      { respondentGroup: 'farmer' },
      [
        {
          field: 'respondentGroup',
          message:
            '受访人群应为 institutionRetiree（机关事业单位退休人员）、' +
            'residentBeneficiary（城乡居民待遇领取人员）或 contributor（缴费人员）',
        },
      ],
    ],
    [
      'an empty roster link',
      { beneficiaryId: '' },
      [{ field: 'beneficiaryId', message: '关联的待遇人员编号不能为空' }],
    ],
    [
      'another language',
      { language: 'en' },
      [{ field: 'language', message: '调查语言应为 zh（汉语）或 ug（维吾尔语）' }],
    ],
    [
      'a value of 6',
      answers(
        { questionId: 'q1', value: 5 },
        { questionId: 'q2', value: 6 },
        { questionId: 'q3', value: 1 },
      ),
      [{ field: 'answers.1.value', message: VALUE_MESSAGE }],
    ],
    [
      'a value of 0',
      answers(
        { questionId: 'q1', value: 5 },
        { questionId: 'q2', value: 0 },
        { questionId: 'q3', value: 1 },
      ),
      [{ field: 'answers.1.value', message: VALUE_MESSAGE }],
    ],
    [
      'a value of 2.5',
      answers(
        { questionId: 'q1', value: 5 },
        { questionId: 'q2', value: 2.5 },
        { questionId: 'q3', value: 1 },
      ),
      [{ field: 'answers.1.value', message: VALUE_MESSAGE }],
    ],
    [
      'a value as text',
      answers(
        { questionId: 'q1', value: 5 },
        { questionId: 'q2', value: '3' },
        { questionId: 'q3', value: 1 },
      ),
      [{ field: 'answers.1.value', message: VALUE_MESSAGE }],
    ],
    [
      'an answer without value',
      answers({ questionId: 'q1', value: 5 }, { questionId: 'q2' }, { questionId: 'q3', value: 1 }),
      [{ field: 'answers.1.value', message: '缺少字段 answers.1.value（第 2 条回答的选项值）' }],
    ],
    [
      'an answer that is not an object',
      answers({ questionId: 'q1', value: 5 }, 4, { questionId: 'q3', value: 1 }),
      [{ field: 'answers.1', message: '第 2 条回答应为含 questionId 和 value 的对象' }],
    ],
    [
      'an answer with a comment',
      answers(
        { questionId: 'q1', value: 5, comment: '好' },
        { questionId: 'q2', value: 4 },
        { questionId: 'q3', value: 1 },
      ),
      [{ field: 'answers.0.comment', message: '不允许的字段 comment' }],
    ],
    [
      'a question not in the template',
      answers(
        { questionId: 'q1', value: 5 },
        { questionId: 'q2', value: 4 },
        { questionId: 'q9', value: 1 },
      ),
      [
        { field: 'answers.2.questionId', message: '问卷模板中没有题目 q9' },
        { field: 'answers', message: '题目 q3 未作答（拒答或不清楚也应记录，值为 null）' },
      ],
    ],
    [
      'a question answered twice',
      answers(
        { questionId: 'q1', value: 5 },
        { questionId: 'q1', value: 4 },
        { questionId: 'q3', value: 1 },
      ),
      [
        { field: 'answers.1.questionId', message: '题目 q1 重复作答（第 1 条回答已答过）' },
        { field: 'answers', message: '题目 q2 未作答（拒答或不清楚也应记录，值为 null）' },
      ],
    ],
    [
      'a question left out',
      answers({ questionId: 'q1', value: 5 }, { questionId: 'q2', value: 4 }),
      [{ field: 'answers', message: '题目 q3 未作答（拒答或不清楚也应记录，值为 null）' }],
    ],
    [
      'no answers',
      answers(),
      ['q1', 'q2', 'q3'].map((id) => ({
        field: 'answers',
        message: `题目 ${id} 未作答（拒答或不清楚也应记录，值为 null）`,
      })),
    ],
    [
      'answers as an object',
      { answers: { q1: 5 } },
      [{ field: 'answers', message: '回答应为列表，每题一条' }],
    ],
    [
      'over 200 answers',
      { answers: Array.from({ length: 201 }, (_, i) => ({ questionId: `q${i}`, value: 3 })) },
      [{ field: 'answers', message: '回答不能超过 200 项' }],
    ],
    ['a missing note', { note: MISSING }, [{ field: 'note', message: '缺少字段 note（备注）' }]],
    [
      'an unknown field',
      { respondentName: '罗平' },
      [{ field: 'respondentName', message: '不允许的字段 respondentName' }],
    ],
  ])('%s', (_name, patch, errors) => {
    expect(validate(patched(patch))).toEqual({ ok: false, errors });
  });

  it('checks the answers against the template only when the template matches', () => {
    const result = validate(
      patched({
        templateVersion: 3,
        ...answers({ questionId: 'x', value: 1 }, { questionId: 'x', value: 2 }),
      }),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'templateVersion', message: '问卷模板版本应为 2，实为 3' },
        { field: 'answers.1.questionId', message: '题目 x 重复作答（第 1 条回答已答过）' },
      ],
    });
  });

  it('reports every error at once', () => {
    const result = validate(
      patched({
        id: 'not-a-uuid',
        language: 'en',
        respondentGroup: 'contributor',
        ...answers({ questionId: 'q1', value: 7 }, { questionId: 'q2', value: 4 }),
      }),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: 'id',
          message: '记录编号应为小写的 UUID（如 1b4e28ba-2fa1-41d2-883f-0016d3cca427）',
        },
        { field: 'respondentGroup', message: '问卷模板 pension-satisfaction 不适用于缴费人员' },
        { field: 'language', message: '调查语言应为 zh（汉语）或 ug（维吾尔语）' },
        {
          field: 'answers.0.value',
          message: '第 1 条回答的选项值应为 1 到 5 的整数，拒答或不清楚时为 null',
        },
        { field: 'answers', message: '题目 q3 未作答（拒答或不清楚也应记录，值为 null）' },
      ],
    });
  });

  it.each([[null], [7], ['survey'], [[]]])('%j as a whole', (input: unknown) => {
    expect(validate(input)).toEqual({
      ok: false,
      errors: [{ field: '', message: '满意度调查记录应为对象' }],
    });
  });
});

describe('answerQuestionIds', () => {
  it('reads the question id of each answer, null where unreadable', () => {
    expect(answerQuestionIds([{ questionId: 'q1', value: 9 }, 4, { questionId: '' }, {}])).toEqual([
      'q1',
      null,
      null,
      null,
    ]);
  });

  it('is undefined for anything but a list', () => {
    expect(answerQuestionIds({ q1: 5 })).toBeUndefined();
    expect(answerQuestionIds(undefined)).toBeUndefined();
  });
});
