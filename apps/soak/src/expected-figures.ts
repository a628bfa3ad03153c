import type { SurveyResponseRecord, VerificationRecord } from '@jixiao/domain';
import { toFen } from './capture-plan.ts';
import type { TemplateFacts } from './field-worker.ts';

/**
 * What the rollups must say, worked out in the soak from what the phones sent and nothing the
 * server computed: one counted verification per person and year (the latest capture; on equal
 * capture times the greater record id), its outcome, payment and amount to recover; the survey
 * answers counted against the template's question kinds and satisfied values.
 */
export interface PersonFacts {
  townshipCode: string;
  /** 月应发金额 in fen. */
  dueFen: number;
}

export interface VerificationCounts {
  verified: number;
  aliveEligible: number;
  deceased: number;
  moved: number;
  imprisoned: number;
  duplicateEnrolment: number;
  otherIneligible: number;
  paidCorrectly: number;
  ineligiblePayments: number;
  amountToRecoverFen: number;
}

export interface SurveyCounts {
  responses: number;
  satisfactionAnswers: number;
  satisfiedAnswers: number;
  satisfactionRespondents: number;
  awarenessAnswers: number;
  awareAnswers: number;
  awarenessRespondents: number;
}

export const GROUPS = ['INSTITUTION_RETIREE', 'RESIDENT_BENEFICIARY', 'CONTRIBUTOR'] as const;
export type GroupName = (typeof GROUPS)[number];

export interface AreaFigures {
  verifications: VerificationCounts;
  surveys: SurveyCounts;
  surveysByGroup: Record<GroupName, SurveyCounts>;
}

export interface ExpectedFigures {
  total: AreaFigures;
  townships: Map<string, AreaFigures>;
  /** The counted verification of each person and year, keyed `beneficiaryId|year`. */
  counted: Map<string, VerificationRecord>;
}

export const GROUP_NAME: Record<SurveyResponseRecord['respondentGroup'], GroupName> = {
  institutionRetiree: 'INSTITUTION_RETIREE',
  residentBeneficiary: 'RESIDENT_BENEFICIARY',
  contributor: 'CONTRIBUTOR',
};

export const OUTCOMES = [
  'aliveEligible',
  'deceased',
  'moved',
  'imprisoned',
  'duplicateEnrolment',
  'otherIneligible',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The outcome a verification records (written out here, not taken from the domain). */
export function outcomeOf(record: VerificationRecord): Outcome {
  if (!record.alive) return 'deceased';
  if (record.eligible) return 'aliveEligible';
  switch (record.ineligibleReason) {
    case 'moved':
    case 'imprisoned':
    case 'duplicateEnrolment':
      return record.ineligibleReason;
    default:
      return 'otherIneligible';
  }
}

export const countedKey = (record: { beneficiaryId: string; year: number }) =>
  `${record.beneficiaryId}|${record.year}`;

const captureMs = (record: { capturedAt: string }) => new Date(record.capturedAt).getTime();

/** Whether `a` is a later capture than `b` (equal times: the greater id). */
export function capturedLater(a: VerificationRecord, b: VerificationRecord): boolean {
  const difference = captureMs(a) - captureMs(b);
  return difference > 0 || (difference === 0 && a.id > b.id);
}

export function emptyVerifications(): VerificationCounts {
  return {
    verified: 0,
    aliveEligible: 0,
    deceased: 0,
    moved: 0,
    imprisoned: 0,
    duplicateEnrolment: 0,
    otherIneligible: 0,
    paidCorrectly: 0,
    ineligiblePayments: 0,
    amountToRecoverFen: 0,
  };
}

export function emptySurveys(): SurveyCounts {
  return {
    responses: 0,
    satisfactionAnswers: 0,
    satisfiedAnswers: 0,
    satisfactionRespondents: 0,
    awarenessAnswers: 0,
    awareAnswers: 0,
    awarenessRespondents: 0,
  };
}

function emptyArea(): AreaFigures {
  return {
    verifications: emptyVerifications(),
    surveys: emptySurveys(),
    surveysByGroup: {
      INSTITUTION_RETIREE: emptySurveys(),
      RESIDENT_BENEFICIARY: emptySurveys(),
      CONTRIBUTOR: emptySurveys(),
    },
  };
}

function addVerification(counts: VerificationCounts, record: VerificationRecord, dueFen: number) {
  const outcome = outcomeOf(record);
  const receivedFen = toFen(record.amountReceivedYuan);
  counts.verified += 1;
  counts[outcome] += 1;
  if (outcome === 'aliveEligible' && receivedFen === dueFen) counts.paidCorrectly += 1;
  if (outcome !== 'aliveEligible' && receivedFen > 0) {
    counts.ineligiblePayments += 1;
    counts.amountToRecoverFen += receivedFen;
  }
}

function addSurvey(counts: SurveyCounts, record: SurveyResponseRecord, template: TemplateFacts) {
  const questions = new Map(template.questions.map((question) => [question.id, question]));
  let satisfaction = 0;
  let awareness = 0;
  counts.responses += 1;
  for (const answer of record.answers) {
    const question = questions.get(answer.questionId);
    if (!question || answer.value === null) continue;
    const positive = question.satisfiedValues.includes(answer.value) ? 1 : 0;
    if (question.kind === 'SATISFACTION') {
      satisfaction += 1;
      counts.satisfactionAnswers += 1;
      counts.satisfiedAnswers += positive;
    } else {
      awareness += 1;
      counts.awarenessAnswers += 1;
      counts.awareAnswers += positive;
    }
  }
  if (satisfaction > 0) counts.satisfactionRespondents += 1;
  if (awareness > 0) counts.awarenessRespondents += 1;
}

export function expectedFigures(options: {
  verifications: readonly VerificationRecord[];
  surveys: readonly SurveyResponseRecord[];
  people: ReadonlyMap<string, PersonFacts>;
  template: TemplateFacts;
}): ExpectedFigures {
  const counted = new Map<string, VerificationRecord>();
  for (const record of options.verifications) {
    const current = counted.get(countedKey(record));
    if (!current || capturedLater(record, current)) counted.set(countedKey(record), record);
  }
  const total = emptyArea();
  const townships = new Map<string, AreaFigures>();
  const areaOf = (code: string) => {
    const area = townships.get(code) ?? emptyArea();
    townships.set(code, area);
    return area;
  };
  for (const record of counted.values()) {
    const person = options.people.get(record.beneficiaryId);
    if (!person) throw new Error('a verification of a person not on the downloaded rosters');
    addVerification(total.verifications, record, person.dueFen);
    addVerification(areaOf(person.townshipCode).verifications, record, person.dueFen);
  }
  for (const record of options.surveys) {
    const group = GROUP_NAME[record.respondentGroup];
    const township = areaOf(record.townshipCode);
    for (const counts of [
      total.surveys,
      total.surveysByGroup[group],
      township.surveys,
      township.surveysByGroup[group],
    ]) {
      addSurvey(counts, record, options.template);
    }
  }
  return { total, townships, counted };
}
