import { z } from 'zod';

/** A text shown to respondents in both survey languages: 汉语 and 维吾尔语 (Arabic script). */
export interface BilingualText {
  zh: string;
  ug: string;
}

/** 受访人群 — the groups a satisfaction survey interviews. */
export const RESPONDENT_GROUP_CODES = [
  'institutionRetiree',
  'residentBeneficiary',
  'contributor',
] as const;

export type RespondentGroup = (typeof RESPONDENT_GROUP_CODES)[number];

/**
 * The names of the respondent groups. The Uyghur names are a first draft and need review by a
 * native speaker before they are shown to anyone.
 */
export const RESPONDENT_GROUPS: Record<RespondentGroup, BilingualText> = {
  /** 机关事业单位退休人员. */
  institutionRetiree: {
    zh: '机关事业单位退休人员',
    ug: 'ئورگان ۋە كەسپىي ئورۇنلاردىن پىنسىيەگە چىققان خادىملار',
  },
  /** 城乡居民待遇领取人员. */
  residentBeneficiary: {
    zh: '城乡居民待遇领取人员',
    ug: 'شەھەر-يېزا ئاھالىلىرى ئىچىدىكى تەمىنات ئالغۇچىلار',
  },
  /** 缴费人员. */
  contributor: {
    zh: '缴费人员',
    ug: 'سۇغۇرتا ھەققى تاپشۇرغۇچىلار',
  },
};

/** 题目类型 — 满意度 (how satisfied) or 知晓度 (whether the respondent knows a policy). */
export const SURVEY_QUESTION_KINDS = ['satisfaction', 'awareness'] as const;

export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];

export const SURVEY_QUESTION_KIND_LABELS: Record<SurveyQuestionKind, string> = {
  satisfaction: '满意度',
  awareness: '知晓度',
};

/** A point of the 5-point scale (五级量表): 1 is the worst answer, 5 the best. */
export type ScaleValue = 1 | 2 | 3 | 4 | 5;

export const SCALE_VALUES: readonly ScaleValue[] = [1, 2, 3, 4, 5];

/** 调查题目 — one question of a survey template. */
export interface SurveyQuestion {
  /** Stable id inside the template, e.g. "q01". */
  id: string;
  kind: SurveyQuestionKind;
  text: BilingualText;
  /** The labels of the values 1..5, worst first (e.g. 很不满意 … 很满意). */
  scale: BilingualText[];
  /** The values counted as 满意 (or 知晓), e.g. [4, 5]. */
  satisfiedValues: number[];
}

/** 问卷模板 — a versioned questionnaire; every response names the template and version. */
export interface SurveyTemplate {
  id: string;
  /** 版本号, from 1; a changed question makes a new version. */
  version: number;
  title: BilingualText;
  /** 适用人群 — the groups the questionnaire may be put to. */
  respondentGroups: RespondentGroup[];
  questions: SurveyQuestion[];
}

function bilingualText(maxLength: number) {
  return z.strictObject({
    zh: z.string().min(1).max(maxLength),
    ug: z.string().min(1).max(maxLength),
  });
}

const surveyQuestionSchema = z.strictObject({
  id: z.string().min(1).max(64),
  kind: z.enum(SURVEY_QUESTION_KINDS),
  text: bilingualText(500),
  scale: z.array(bilingualText(50)).length(SCALE_VALUES.length),
  satisfiedValues: z.array(z.int().min(1).max(5)).min(1).max(SCALE_VALUES.length),
});

/**
 * Checks a survey template: at least one question, unique question ids, exactly 5 scale labels
 * per question, satisfied values a non-empty subset of 1..5, at least one respondent group and
 * no group twice. Messages of the cross-item rules are Chinese; map the others with
 * `validateSurveyTemplate`.
 */
export const surveyTemplateSchema = z
  .strictObject({
    id: z.string().min(1).max(64),
    version: z.int().min(1),
    title: bilingualText(200),
    respondentGroups: z.array(z.enum(RESPONDENT_GROUP_CODES)).min(1),
    questions: z.array(surveyQuestionSchema).min(1).max(200),
  })
  .superRefine((template, ctx) => {
    const groups = new Set<RespondentGroup>();
    template.respondentGroups.forEach((group, index) => {
      if (groups.has(group)) {
        ctx.addIssue({
          code: 'custom',
          path: ['respondentGroups', index],
          message: `适用人群 ${RESPONDENT_GROUPS[group].zh} 重复`,
        });
      }
      groups.add(group);
    });
    const questionIds = new Set<string>();
    template.questions.forEach((question, index) => {
      if (questionIds.has(question.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', index, 'id'],
          message: `题目编号 ${question.id} 重复`,
        });
      }
      questionIds.add(question.id);
      const values = new Set<number>();
      question.satisfiedValues.forEach((value, valueIndex) => {
        if (values.has(value)) {
          ctx.addIssue({
            code: 'custom',
            path: ['questions', index, 'satisfiedValues', valueIndex],
            message: `第 ${index + 1} 题的满意选项 ${value} 重复`,
          });
        }
        values.add(value);
      });
    });
  });
