import type { BilingualText } from '@jixiao/domain';
import { gql } from '@urql/core';

/** 问卷模板 — the questionnaire a survey form is rendered from. */

/** The demo template (the API has no query listing the templates in use). */
export const SURVEY_TEMPLATE_IDS = ['satisfaction-2020'] as const;

/**
 * The template as the server sends it: its enums in GraphQL style (INSTITUTION_RETIREE,
 * SATISFACTION) where the domain's template and records use institutionRetiree, satisfaction.
 * `templateFromServer` converts; validateSurveyTemplate then checks the result.
 */
export interface SurveyTemplateNode {
  id: string;
  version: number;
  title: BilingualText;
  respondentGroups: string[];
  questions: {
    id: string;
    kind: string;
    text: BilingualText;
    scale: BilingualText[];
    satisfiedValues: number[];
  }[];
}

export interface SurveyTemplateData {
  /** Null when there is no such template. */
  surveyTemplate: SurveyTemplateNode | null;
}

export interface SurveyTemplateVariables {
  id: string;
  /** Null for the current version. */
  version: number | null;
}

export const SURVEY_TEMPLATE_QUERY = gql<SurveyTemplateData, SurveyTemplateVariables>(`
  query SurveyTemplate($id: String!, $version: Int) {
    surveyTemplate(id: $id, version: $version) {
      id
      version
      title { zh ug }
      respondentGroups
      questions {
        id
        kind
        text { zh ug }
        scale { zh ug }
        satisfiedValues
      }
    }
  }
`);

/** INSTITUTION_RETIREE → institutionRetiree; a value already in that form is kept. */
export function enumToCode(value: string): string {
  if (!/^[A-Z0-9_]+$/.test(value)) return value;
  const [first = '', ...rest] = value.toLowerCase().split('_');
  return first + rest.map((word) => (word[0] ?? '').toUpperCase() + word.slice(1)).join('');
}

/** The template in the domain's terms (not yet validated). */
export function templateFromServer(node: SurveyTemplateNode): unknown {
  return {
    id: node.id,
    version: node.version,
    title: { zh: node.title.zh, ug: node.title.ug },
    respondentGroups: node.respondentGroups.map(enumToCode),
    questions: node.questions.map((question) => ({
      id: question.id,
      kind: enumToCode(question.kind),
      text: { zh: question.text.zh, ug: question.text.ug },
      scale: question.scale.map((label) => ({ zh: label.zh, ug: label.ug })),
      satisfiedValues: question.satisfiedValues,
    })),
  };
}
