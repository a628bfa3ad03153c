import type {
  FieldError,
  RespondentGroup,
  ScaleValue,
  SurveyLanguage,
  SurveyResponseRecord,
  SurveyTemplate,
} from '@jixiao/domain';
import type { SurveyResponseDraft } from '../sync/outbox.ts';

/** The survey form's state and how it becomes a record draft (pure). */

export interface LinkedPerson {
  id: string;
  name: string;
}

export interface SurveyFormState {
  year: number;
  villageCode: string | null;
  respondentGroup: RespondentGroup | null;
  /** 关联的待遇人员, or null for an anonymous interview. */
  beneficiary: LinkedPerson | null;
  language: SurveyLanguage;
  /** By question id; a missing key is a question not answered yet, null is 拒答/不清楚. */
  answers: Record<string, ScaleValue | null>;
  note: string;
}

export function initialSurveyState(options: {
  year: number;
  villageCode: string | null;
  record?: SurveyResponseRecord;
  linkedName?: string;
}): SurveyFormState {
  const { record } = options;
  if (record === undefined) {
    return {
      year: options.year,
      villageCode: options.villageCode,
      respondentGroup: null,
      beneficiary: null,
      language: 'zh',
      answers: {},
      note: '',
    };
  }
  return {
    year: record.year,
    villageCode: record.villageCode,
    respondentGroup: record.respondentGroup,
    beneficiary:
      record.beneficiaryId === null
        ? null
        : { id: record.beneficiaryId, name: options.linkedName ?? record.beneficiaryId },
    language: record.language,
    answers: Object.fromEntries(record.answers.map((answer) => [answer.questionId, answer.value])),
    note: record.note ?? '',
  };
}

export function surveyDraftOf(
  state: SurveyFormState,
  template: SurveyTemplate,
  townshipCode: string,
): SurveyResponseDraft {
  return {
    templateId: template.id,
    templateVersion: template.version,
    year: state.year,
    townshipCode,
    villageCode: state.villageCode,
    respondentGroup: state.respondentGroup,
    beneficiaryId: state.beneficiary?.id ?? null,
    language: state.language,
    answers: template.questions
      .filter((question) => Object.hasOwn(state.answers, question.id))
      .map((question) => ({ questionId: question.id, value: state.answers[question.id] ?? null })),
    note: state.note.trim() === '' ? null : state.note.trim(),
  };
}

/** The field of the errors about one question. */
export function questionField(questionId: string): string {
  return `question.${questionId}`;
}

/**
 * The validator's errors in the form's terms: answer errors are tied to their question
 * (by position in the template), unanswered questions and unset choices get plain words.
 */
export function surveyFormErrors(
  errors: readonly FieldError[],
  draft: SurveyResponseDraft,
  template: SurveyTemplate,
): FieldError[] {
  const position = new Map(template.questions.map((question, index) => [question.id, index + 1]));
  return errors.map((error) => {
    if (error.field === 'respondentGroup' && draft.respondentGroup === null) {
      return { ...error, message: '请选择受访人群' };
    }
    const missing = /^题目 (\S+) 未作答/.exec(error.message);
    if (error.field === 'answers' && missing !== null) {
      const questionId = missing[1] ?? '';
      return {
        field: questionField(questionId),
        message: `第 ${position.get(questionId) ?? '?'} 题未作答（拒答或不清楚也请选择）`,
      };
    }
    const inAnswer = /^answers\.(\d+)/.exec(error.field);
    if (inAnswer !== null) {
      const answer = draft.answers?.[Number(inAnswer[1])];
      if (answer !== undefined) return { ...error, field: questionField(answer.questionId) };
    }
    return error;
  });
}
