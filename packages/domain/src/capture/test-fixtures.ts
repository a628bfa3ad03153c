import { idCheckCharacter } from '../id-number.ts';
import type { SurveyResponseRecord } from './survey-response-record.ts';
import type { SurveyTemplate } from './survey-template.ts';
import type { VerificationRecord } from './verification-record.ts';

/**
 * Shared by the capture tests (and, as `@jixiao/domain/testing`, by other packages' tests):
 * valid records and the clock they were validated against.
 */

const FIRST17 = '65312519500101123';

/** A valid ID number: 莎车县 (653125), born 1950-01-01, sequence 123 (male). */
export const ID_NUMBER = `${FIRST17}${idCheckCharacter(FIRST17)}`;

/** One hour after the capture time of the fixtures. */
export const NOW = new Date('2020-11-05T05:15:00Z');

export const OPTIONS = { now: NOW };

export function validVerification(): VerificationRecord {
  return {
    id: '3f2c8a9e-6b1d-4c7a-9e2f-5d8b7a6c4e10',
    capturedAt: '2020-11-05T10:15:00+06:00',
    deviceId: 'phone-0042',
    beneficiaryId: 'B-653125-000123',
    year: 2020,
    idNumber: ID_NUMBER,
    identityConfirmed: true,
    identityMethod: 'homeVisit',
    alive: true,
    deathDate: null,
    eligible: true,
    ineligibleReason: null,
    amountReceivedYuan: '150.50',
    note: null,
  };
}

const SCALE = [
  { zh: '很不满意', ug: 'ئىنتايىن نارازى' },
  { zh: '不满意', ug: 'نارازى' },
  { zh: '一般', ug: 'ئادەتتىكى' },
  { zh: '满意', ug: 'رازى' },
  { zh: '很满意', ug: 'ئىنتايىن رازى' },
];

export function validTemplate(): SurveyTemplate {
  return {
    id: 'pension-satisfaction',
    version: 2,
    title: {
      zh: '养老保险服务满意度调查',
      ug: 'كىشىلىك سۇغۇرتا مۇلازىمىتىدىن رازى بولۇش تەكشۈرۈشى',
    },
    respondentGroups: ['institutionRetiree', 'residentBeneficiary'],
    questions: [
      {
        id: 'q1',
        kind: 'satisfaction',
        text: {
          zh: '您对养老金按时足额发放是否满意？',
          ug: 'پىنسىيە ۋاقتىدا تولۇق تارقىتىلىشىدىن رازىمۇ؟',
        },
        scale: SCALE.map((label) => ({ ...label })),
        satisfiedValues: [4, 5],
      },
      {
        id: 'q2',
        kind: 'satisfaction',
        text: {
          zh: '您对经办人员服务态度是否满意？',
          ug: 'خادىملارنىڭ مۇلازىمەت پوزىتسىيەسىدىن رازىمۇ؟',
        },
        scale: SCALE.map((label) => ({ ...label })),
        satisfiedValues: [4, 5],
      },
      {
        id: 'q3',
        kind: 'awareness',
        text: {
          zh: '您是否了解待遇资格认证政策？',
          ug: 'تەمىنات سالاھىيىتىنى دەلىللەش سىياسىتىنى بىلەمسىز؟',
        },
        scale: SCALE.map((label) => ({ ...label })),
        satisfiedValues: [3, 4, 5],
      },
    ],
  };
}

export function validSurveyResponse(): SurveyResponseRecord {
  return {
    id: '9b7e4d2c-1a3f-4e5d-8c6b-7a9f0e1d2c3b',
    capturedAt: '2020-11-05T11:00:00+08:00',
    deviceId: 'phone-0042',
    templateId: 'pension-satisfaction',
    templateVersion: 2,
    year: 2020,
    townshipCode: '653125100',
    villageCode: '653125100201',
    respondentGroup: 'residentBeneficiary',
    beneficiaryId: null,
    language: 'ug',
    answers: [
      { questionId: 'q1', value: 5 },
      { questionId: 'q2', value: null },
      { questionId: 'q3', value: 2 },
    ],
    note: null,
  };
}
