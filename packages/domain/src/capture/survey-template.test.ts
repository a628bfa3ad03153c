import { describe, expect, it } from 'vitest';
import { validateSurveyTemplate } from './capture-validation.ts';
import {
  RESPONDENT_GROUP_CODES,
  RESPONDENT_GROUPS,
  type SurveyTemplate,
  surveyTemplateSchema,
} from './survey-template.ts';
import { validTemplate } from './test-fixtures.ts';

function changed(change: (template: Record<string, unknown>) => void): unknown {
  const template: Record<string, unknown> = { ...structuredClone(validTemplate()) };
  change(template);
  return template;
}

function firstQuestion(template: Record<string, unknown>): Record<string, unknown> {
  const questions = template.questions as Record<string, unknown>[];
  const question = questions[0];
  if (question === undefined) throw new Error('the fixture has questions');
  return question;
}

describe('surveyTemplateSchema', () => {
  it('accepts the fixture', () => {
    expect(surveyTemplateSchema.safeParse(validTemplate()).success).toBe(true);
    expect(validateSurveyTemplate(validTemplate())).toEqual({ ok: true, value: validTemplate() });
  });

  it.each<[string, (template: Record<string, unknown>) => void, string, string]>([
    ['no questions', (t) => (t.questions = []), 'questions', '题目至少应有 1 项'],
    [
      'a question id twice',
      (t) => {
        const questions = t.questions as SurveyTemplate['questions'];
        (questions[1] as { id: string }).id = 'q1';
      },
      'questions.1.id',
      '题目编号 q1 重复',
    ],
    [
      'four scale labels',
      (t) => (firstQuestion(t).scale = validTemplate().questions[0]?.scale.slice(1)),
      'questions.0.scale',
      '第 1 题的量表应恰好有 5 项',
    ],
    [
      'six scale labels',
      (t) => {
        const scale = validTemplate().questions[0]?.scale ?? [];
        firstQuestion(t).scale = [...scale, { zh: '非常满意', ug: 'ناھايىتى رازى' }];
      },
      'questions.0.scale',
      '第 1 题的量表应恰好有 5 项',
    ],
    [
      'a scale label without Uyghur',
      (t) => {
        const scale = firstQuestion(t).scale as Record<string, unknown>[];
        if (scale[2]) delete scale[2].ug;
      },
      'questions.0.scale.2.ug',
      '缺少字段 questions.0.scale.2.ug（第 1 题第 3 个选项标签的维吾尔文）',
    ],
    [
      'no satisfied value',
      (t) => (firstQuestion(t).satisfiedValues = []),
      'questions.0.satisfiedValues',
      '第 1 题的满意选项至少应有 1 项',
    ],
    [
      'a satisfied value of 6',
      (t) => (firstQuestion(t).satisfiedValues = [5, 6]),
      'questions.0.satisfiedValues.1',
      '第 1 题的第 2 个满意选项应为 1 到 5 的整数',
    ],
    [
      'a satisfied value of 0',
      (t) => (firstQuestion(t).satisfiedValues = [0]),
      'questions.0.satisfiedValues.0',
      '第 1 题的第 1 个满意选项应为 1 到 5 的整数',
    ],
    [
      'a satisfied value twice',
      (t) => (firstQuestion(t).satisfiedValues = [4, 4]),
      'questions.0.satisfiedValues.1',
      '第 1 题的满意选项 4 重复',
    ],
    [
      'an unknown question kind',
      (t) => (firstQuestion(t).kind = 'opinion'),
      'questions.0.kind',
      '第 1 题的类型应为 satisfaction（满意度）或 awareness（知晓度）',
    ],
    ['version 0', (t) => (t.version = 0), 'version', '模板版本应为不小于 1 的整数'],
    ['no group', (t) => (t.respondentGroups = []), 'respondentGroups', '适用人群至少应有 1 项'],
    [
      'a group twice',
      (t) => (t.respondentGroups = ['contributor', 'contributor']),
      'respondentGroups.1',
      '适用人群 缴费人员 重复',
    ],
    [
      'an empty Uyghur title',
      (t) => (t.title = { zh: '满意度调查', ug: '' }),
      'title.ug',
      '问卷标题的维吾尔文不能为空',
    ],
    ['an unknown field', (t) => (t.author = '罗平'), 'author', '不允许的字段 author'],
  ])('rejects %s', (_name, change, field, message) => {
    const input = changed(change);
    expect(surveyTemplateSchema.safeParse(input).success).toBe(false);
    expect(validateSurveyTemplate(input)).toEqual({ ok: false, errors: [{ field, message }] });
  });
});

describe('RESPONDENT_GROUPS', () => {
  it('names every group in Chinese and in Uyghur (Arabic script)', () => {
    expect(Object.keys(RESPONDENT_GROUPS).sort()).toEqual([...RESPONDENT_GROUP_CODES].sort());
    expect(RESPONDENT_GROUPS.institutionRetiree.zh).toBe('机关事业单位退休人员');
    expect(RESPONDENT_GROUPS.residentBeneficiary.zh).toBe('城乡居民待遇领取人员');
    expect(RESPONDENT_GROUPS.contributor.zh).toBe('缴费人员');
    for (const group of RESPONDENT_GROUP_CODES) {
      expect(RESPONDENT_GROUPS[group].ug).toMatch(/^[\u0600-\u06ff\s-]+$/);
    }
  });
});
