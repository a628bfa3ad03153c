import { respondentGroupToDb } from '@jixiao/db';
import type { BilingualText, SurveyQuestion, SurveyQuestionKind } from '@jixiao/domain';
import { builder } from '../builder.ts';
import { findSurveyTemplate, type StoredSurveyTemplate } from '../services/survey-templates.ts';
import { RespondentGroupEnum } from './enums.ts';
import { shortId } from './input-schemas.ts';

/** 问卷模板 — what a phone downloads to run interviews offline, in Chinese and Uyghur. */
const BilingualTextRef = builder.objectRef<BilingualText>('BilingualText').implement({
  description: 'A text in 汉语 (zh) and 维吾尔语 (ug, Arabic script)',
  fields: (t) => ({ zh: t.exposeString('zh'), ug: t.exposeString('ug') }),
});

const SurveyQuestionKindEnum = builder.enumType('SurveyQuestionKind', {
  description: '题目类型: 满意度 or 政策知晓度',
  values: {
    SATISFACTION: { value: 'satisfaction' },
    AWARENESS: { value: 'awareness' },
  } as const satisfies Record<string, { value: SurveyQuestionKind }>,
});

const SurveyQuestionRef = builder.objectRef<SurveyQuestion>('SurveyQuestion').implement({
  fields: (t) => ({
    id: t.exposeString('id', { description: 'questionId in the answers of a response' }),
    kind: t.field({ type: SurveyQuestionKindEnum, resolve: (question) => question.kind }),
    text: t.field({ type: BilingualTextRef, resolve: (question) => question.text }),
    scale: t.field({
      type: [BilingualTextRef],
      description: 'The labels of the answer values 1..5, worst first',
      resolve: (question) => question.scale,
    }),
    satisfiedValues: t.exposeIntList('satisfiedValues', {
      description: 'The values counted as satisfied (or aware)',
    }),
  }),
});

const SurveyTemplateRef = builder.objectRef<StoredSurveyTemplate>('SurveyTemplate').implement({
  fields: (t) => ({
    id: t.string({ resolve: ({ template }) => template.id }),
    version: t.int({ resolve: ({ template }) => template.version }),
    active: t.exposeBoolean('active'),
    title: t.field({ type: BilingualTextRef, resolve: ({ template }) => template.title }),
    respondentGroups: t.field({
      type: [RespondentGroupEnum],
      description: 'Groups it may be put to (records name them institutionRetiree, …)',
      resolve: ({ template }) => template.respondentGroups.map(respondentGroupToDb),
    }),
    questions: t.field({
      type: [SurveyQuestionRef],
      resolve: ({ template }) => template.questions,
    }),
  }),
});

builder.queryField('surveyTemplate', (t) =>
  t.field({
    type: SurveyTemplateRef,
    nullable: true,
    description: 'One version of a survey template; without a version, the latest active one',
    authScopes: { signedIn: true },
    args: {
      id: t.arg.string({ required: true, validate: shortId }),
      version: t.arg.int(),
    },
    resolve: (_root, { id, version }, context) =>
      findSurveyTemplate(context.db.prisma, id, version),
  }),
);
