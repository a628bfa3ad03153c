import type { SurveyResponseRecord } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { expectedFigures } from './expected-figures.ts';
import type { TemplateFacts } from './field-worker.ts';
import {
  TEST_PERSON,
  TEST_TOWNSHIP,
  testSurvey,
  testVerification,
} from './testing/soak-records.ts';

const TOWNSHIP = TEST_TOWNSHIP;
const PERSON = TEST_PERSON;
const verification = testVerification;

const template: TemplateFacts = {
  id: 't',
  version: 1,
  questions: [
    { id: 's1', kind: 'SATISFACTION', satisfiedValues: [4, 5] },
    { id: 's2', kind: 'SATISFACTION', satisfiedValues: [4, 5] },
    { id: 'a1', kind: 'AWARENESS', satisfiedValues: [4, 5] },
  ],
};

function survey(values: (1 | 2 | 3 | 4 | 5 | null)[]): SurveyResponseRecord {
  return testSurvey(
    `s-${values.join('')}`,
    template.questions.map((question, at) => ({
      questionId: question.id,
      value: values[at] ?? null,
    })),
  );
}

const people = new Map([[PERSON, { townshipCode: TOWNSHIP, dueFen: 15_000 }]]);

describe('expectedFigures', () => {
  it('counts the latest capture of a person and year, whatever the offset or arrival order', () => {
    const early = verification('b', '2020-10-08T12:00:00+08:00'); // 04:00Z
    const late = verification('a', '2020-10-08T11:00:00+06:00', { amountReceivedYuan: '0' }); // 05:00Z
    const figures = expectedFigures({
      verifications: [late, early],
      surveys: [],
      people,
      template,
    });
    expect(figures.counted.get(`${PERSON}|2020`)?.id).toBe('a');
    expect(figures.total.verifications).toMatchObject({
      verified: 1,
      aliveEligible: 1,
      paidCorrectly: 0,
    });
  });

  it('on equal capture instants counts the greater id', () => {
    const one = verification('0f', '2020-10-08T10:00:00+06:00');
    const other = verification('1a', '2020-10-08T12:00:00+08:00');
    const figures = expectedFigures({ verifications: [other, one], surveys: [], people, template });
    expect(figures.counted.get(`${PERSON}|2020`)?.id).toBe('1a');
  });

  it('adds what an ineligible person was paid to the amount to recover', () => {
    const moved = verification('c', '2020-10-08T10:00:00+06:00', {
      eligible: false,
      ineligibleReason: 'moved',
      amountReceivedYuan: '150.50',
    });
    const figures = expectedFigures({ verifications: [moved], surveys: [], people, template });
    expect(figures.townships.get(TOWNSHIP)?.verifications).toMatchObject({
      moved: 1,
      ineligiblePayments: 1,
      amountToRecoverFen: 15_050,
    });
  });

  it('counts valid answers, satisfied ones and respondents per question kind', () => {
    const figures = expectedFigures({
      verifications: [],
      surveys: [survey([5, 2, null]), survey([null, null, 4])],
      people,
      template,
    });
    expect(figures.total.surveysByGroup.CONTRIBUTOR).toEqual({
      responses: 2,
      satisfactionAnswers: 2,
      satisfiedAnswers: 1,
      satisfactionRespondents: 1,
      awarenessAnswers: 1,
      awareAnswers: 1,
      awarenessRespondents: 1,
    });
  });
});
