import { z } from 'zod';
import { checkDivisionCode } from '../administrative-division.ts';
import {
  capturedAtErrors,
  capturedAtSchema,
  captureYearSchema,
  noteSchema,
  recordIdErrors,
  recordIdSchema,
  shortIdSchema,
} from './capture-fields.ts';
import type { FieldError } from './capture-validation.ts';
import {
  RESPONDENT_GROUP_CODES,
  RESPONDENT_GROUPS,
  type RespondentGroup,
  type ScaleValue,
  type SurveyTemplate,
} from './survey-template.ts';

/** 调查语言 — the language the interview was held in: 汉语 or 维吾尔语. */
export const SURVEY_LANGUAGES = ['zh', 'ug'] as const;

export type SurveyLanguage = (typeof SURVEY_LANGUAGES)[number];

export const SURVEY_LANGUAGE_LABELS: Record<SurveyLanguage, string> = {
  zh: '汉语',
  ug: '维吾尔语',
};

/** 回答 — the value chosen on the 5-point scale, or null for 拒答/不清楚. */
export interface SurveyAnswer {
  questionId: string;
  value: ScaleValue | null;
}

/** 满意度调查记录 — one interview, captured offline by a township worker. */
export interface SurveyResponseRecord {
  /** 记录编号 — a UUID generated on the phone, lowercase. */
  id: string;
  /** 采集时间 — ISO 8601 with offset, e.g. 2020-11-05T10:15:00+06:00. */
  capturedAt: string;
  /** 设备编号. */
  deviceId: string;
  /** 问卷模板编号 and 版本 the interview followed. */
  templateId: string;
  templateVersion: number;
  /** 调查年度. */
  year: number;
  /** 乡镇代码 — 9-digit division code of the township. */
  townshipCode: string;
  /** 村代码 — 12-digit division code of the village, inside the township, or null. */
  villageCode: string | null;
  /** 受访人群. */
  respondentGroup: RespondentGroup;
  /** 待遇人员编号 — an optional link to a person on the roster. */
  beneficiaryId: string | null;
  /** 调查语言. */
  language: SurveyLanguage;
  /** One answer per question of the template, in any order. */
  answers: SurveyAnswer[];
  /** 备注. */
  note: string | null;
}

/** The most answers a response may hold (templates are far shorter). */
export const MAX_ANSWERS = 200;

const answerSchema = z.strictObject({
  questionId: shortIdSchema,
  value: z.literal([1, 2, 3, 4, 5]).nullable(),
});

/** The shape of a survey response, field by field (rules across fields are separate). */
export const surveyResponseRecordShape = {
  id: recordIdSchema,
  capturedAt: capturedAtSchema,
  deviceId: shortIdSchema,
  templateId: shortIdSchema,
  templateVersion: z.int().min(1),
  year: captureYearSchema,
  townshipCode: z.string().regex(/^\d{9}$/),
  villageCode: z
    .string()
    .regex(/^\d{12}$/)
    .nullable(),
  respondentGroup: z.enum(RESPONDENT_GROUP_CODES),
  beneficiaryId: shortIdSchema.nullable(),
  language: z.enum(SURVEY_LANGUAGES),
  answers: z.array(answerSchema).max(MAX_ANSWERS),
  note: noteSchema,
};

/**
 * The question ids of the answers, read one by one so that the answers whose question id is
 * readable are checked against the template even when another answer is malformed; null
 * marks an answer without a readable question id. Undefined when `answers` is not a list.
 */
export function answerQuestionIds(answers: unknown): (string | null)[] | undefined {
  const result = z
    .array(
      z
        .looseObject({ questionId: shortIdSchema })
        .transform((answer): string | null => answer.questionId)
        .catch(null),
    )
    .max(MAX_ANSWERS)
    .safeParse(answers);
  return result.success ? result.data : undefined;
}

/**
 * The rules of a survey response beyond the shape of each field, including those against the
 * template it claims to follow. `fields` holds the fields that passed their own check.
 */
export function surveyResponseRuleErrors(
  fields: Partial<SurveyResponseRecord>,
  questionIds: (string | null)[] | undefined,
  template: SurveyTemplate,
  now: Date,
): FieldError[] {
  const errors: FieldError[] = [];
  if (fields.id !== undefined) errors.push(...recordIdErrors(fields.id));
  if (fields.capturedAt !== undefined) errors.push(...capturedAtErrors(fields.capturedAt, now));

  const { townshipCode, villageCode } = fields;
  if (townshipCode !== undefined) {
    const check = checkDivisionCode(townshipCode);
    if (!check.ok) errors.push({ field: 'townshipCode', message: `乡镇代码无效：${check.reason}` });
    else if (check.level !== 'township') {
      errors.push({ field: 'townshipCode', message: '乡镇代码应为 9 位乡级行政区划代码' });
    }
  }
  if (villageCode !== undefined && villageCode !== null) {
    const check = checkDivisionCode(villageCode);
    if (!check.ok) errors.push({ field: 'villageCode', message: `村代码无效：${check.reason}` });
    else if (check.level !== 'village') {
      errors.push({ field: 'villageCode', message: '村代码应为 12 位村级行政区划代码' });
    } else if (townshipCode !== undefined && !villageCode.startsWith(townshipCode)) {
      errors.push({
        field: 'villageCode',
        message: `村代码 ${villageCode} 不属于乡镇 ${townshipCode}`,
      });
    }
  }

  const sameTemplate = templateErrors(fields, template);
  errors.push(...sameTemplate);
  if (fields.respondentGroup !== undefined) {
    if (!template.respondentGroups.includes(fields.respondentGroup)) {
      errors.push({
        field: 'respondentGroup',
        message: `问卷模板 ${template.id} 不适用于${RESPONDENT_GROUPS[fields.respondentGroup].zh}`,
      });
    }
  }
  if (questionIds !== undefined) {
    errors.push(...answerErrors(questionIds, template, sameTemplate.length === 0));
  }
  return errors;
}

function templateErrors(
  fields: Partial<SurveyResponseRecord>,
  template: SurveyTemplate,
): FieldError[] {
  const errors: FieldError[] = [];
  if (fields.templateId !== undefined && fields.templateId !== template.id) {
    errors.push({
      field: 'templateId',
      message: `问卷模板编号应为 ${template.id}，实为 ${fields.templateId}`,
    });
  }
  if (fields.templateVersion !== undefined && fields.templateVersion !== template.version) {
    errors.push({
      field: 'templateVersion',
      message: `问卷模板版本应为 ${template.version}，实为 ${fields.templateVersion}`,
    });
  }
  return errors;
}

/**
 * Duplicate answers always; unknown and unanswered questions only when the response follows
 * this very template (against another one they would only repeat the template mismatch).
 */
function answerErrors(
  questionIds: (string | null)[],
  template: SurveyTemplate,
  checkAgainstTemplate: boolean,
): FieldError[] {
  const errors: FieldError[] = [];
  const templateIds = new Set(template.questions.map((question) => question.id));
  const firstIndex = new Map<string, number>();
  questionIds.forEach((questionId, index) => {
    if (questionId === null) return;
    const first = firstIndex.get(questionId);
    if (first !== undefined) {
      errors.push({
        field: `answers.${index}.questionId`,
        message: `题目 ${questionId} 重复作答（第 ${first + 1} 条回答已答过）`,
      });
      return;
    }
    firstIndex.set(questionId, index);
    if (checkAgainstTemplate && !templateIds.has(questionId)) {
      errors.push({
        field: `answers.${index}.questionId`,
        message: `问卷模板中没有题目 ${questionId}`,
      });
    }
  });
  // An answer without a readable question id might be the missing one: say nothing then.
  if (checkAgainstTemplate && !questionIds.includes(null)) {
    for (const question of template.questions) {
      if (!firstIndex.has(question.id)) {
        errors.push({
          field: 'answers',
          message: `题目 ${question.id} 未作答（拒答或不清楚也应记录，值为 null）`,
        });
      }
    }
  }
  return errors;
}
