import type { SurveyResponseRecord, SurveyTemplate } from '@jixiao/domain';

/**
 * The counters of a survey response that the satisfaction and policy-awareness rollups add
 * up; a null answer (拒答/不清楚) is not a valid answer.
 */
export interface AnswerCounts {
  satisfactionAnswers: number;
  satisfiedAnswers: number;
  awarenessAnswers: number;
  awareAnswers: number;
}

export function answerCounts(template: SurveyTemplate, record: SurveyResponseRecord): AnswerCounts {
  const questions = new Map(template.questions.map((question) => [question.id, question]));
  const counts = {
    satisfactionAnswers: 0,
    satisfiedAnswers: 0,
    awarenessAnswers: 0,
    awareAnswers: 0,
  };
  for (const answer of record.answers) {
    const question = questions.get(answer.questionId);
    if (!question || answer.value === null) continue;
    const satisfied = question.satisfiedValues.includes(answer.value);
    if (question.kind === 'satisfaction') {
      counts.satisfactionAnswers += 1;
      if (satisfied) counts.satisfiedAnswers += 1;
    } else {
      counts.awarenessAnswers += 1;
      if (satisfied) counts.awareAnswers += 1;
    }
  }
  return counts;
}
