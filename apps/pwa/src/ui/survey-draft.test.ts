import { describe, expect, it } from 'vitest';
import { SATISFACTION_TEMPLATE } from '../testing/fake-graphql-server.ts';
import { initialSurveyState, surveyDraftOf, surveyFormErrors } from './survey-draft.ts';

describe('survey draft', () => {
  const state = {
    ...initialSurveyState({ year: 2026, villageCode: null }),
    answers: { q2: null },
  };
  const draft = surveyDraftOf(state, SATISFACTION_TEMPLATE, '653125100');

  it('keeps only answered questions, in template order; 拒答 is null', () => {
    expect(draft.answers).toEqual([{ questionId: 'q2', value: null }]);
    expect(draft).toMatchObject({ templateId: 'satisfaction-2020', templateVersion: 1 });
  });

  it('ties answer errors to their question and words the unanswered ones', () => {
    const errors = surveyFormErrors(
      [
        { field: 'respondentGroup', message: '受访人群应为 …' },
        { field: 'answers', message: '题目 q1 未作答（拒答或不清楚也应记录，值为 null）' },
        { field: 'answers.0.value', message: '第 1 条回答的选项值应为 …' },
      ],
      draft,
      SATISFACTION_TEMPLATE,
    );
    expect(errors).toEqual([
      { field: 'respondentGroup', message: '请选择受访人群' },
      { field: 'question.q1', message: '第 1 题未作答（拒答或不清楚也请选择）' },
      { field: 'question.q2', message: '第 1 条回答的选项值应为 …' },
    ]);
  });
});
