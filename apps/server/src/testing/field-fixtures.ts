import { randomUUID } from 'node:crypto';
import type { BeneficiaryStatus, PrismaClient, RespondentGroup, Scheme } from '@jixiao/db';
import { DEMO_SURVEY_TEMPLATE } from '@jixiao/demo-data';

/**
 * Field data for the rollup and evaluation tests, written straight into the database (the sync
 * mutations are tested on their own): verifications, survey responses and a small roster whose
 * figures a test can work out by hand. Every value that a rollup reads is set by the test; the
 * rest gets a plain default.
 */
export interface VerificationFixture {
  townshipCode: string;
  scheme?: Scheme;
  year?: number;
  outcome?:
    | 'ALIVE_ELIGIBLE'
    | 'DECEASED'
    | 'MOVED'
    | 'IMPRISONED'
    | 'DUPLICATE_ENROLMENT'
    | 'OTHER_INELIGIBLE';
  paymentCorrect?: boolean;
  amountDue?: string;
  amountReceived?: string;
  /** 元 paid to a person not entitled to it. */
  ineligiblePayment?: string;
  counted?: boolean;
  late?: boolean;
}

export interface SurveyFixture {
  townshipCode: string;
  respondentGroup: RespondentGroup;
  year?: number;
  /** [valid satisfaction answers, satisfied ones]. */
  satisfaction: [number, number];
  /** [valid awareness answers, aware ones]. */
  awareness?: [number, number];
  late?: boolean;
}

export interface RosterFixture {
  townshipCode: string;
  scheme: Scheme;
  status?: BeneficiaryStatus;
}

/** The reason code a phone records beside each outcome (null when there is none). */
const INELIGIBLE_REASON: Record<NonNullable<VerificationFixture['outcome']>, string | null> = {
  ALIVE_ELIGIBLE: null,
  DECEASED: null,
  MOVED: 'moved',
  IMPRISONED: 'imprisoned',
  DUPLICATE_ENROLMENT: 'duplicateEnrolment',
  OTHER_INELIGIBLE: 'other',
};

const WORKER_ID = '00000000-0000-4000-8000-000000000001';
const CAPTURED_AT = new Date('2020-10-15T04:00:00Z');

function countyOf(townshipCode: string): string {
  return townshipCode.slice(0, 6);
}

export async function insertVerifications(
  prisma: PrismaClient,
  fixtures: readonly VerificationFixture[],
): Promise<void> {
  await prisma.verification.createMany({
    data: fixtures.map((fixture) => {
      const outcome = fixture.outcome ?? 'ALIVE_ELIGIBLE';
      const alive = outcome !== 'DECEASED';
      const eligible = outcome === 'ALIVE_ELIGIBLE';
      const amountDue = fixture.amountDue ?? '170.00';
      const paymentCorrect = fixture.paymentCorrect ?? eligible;
      return {
        id: randomUUID(),
        countyCode: countyOf(fixture.townshipCode),
        townshipCode: fixture.townshipCode,
        beneficiaryId: `fixture-${randomUUID()}`,
        scheme: fixture.scheme ?? 'RESIDENT_PENSION',
        year: fixture.year ?? 2020,
        identityConfirmed: true,
        identityMethod: 'homeVisit',
        alive,
        deathDate: alive ? null : new Date('2020-06-01'),
        eligible,
        ineligibleReason: INELIGIBLE_REASON[outcome],
        outcome,
        amountReceived: fixture.amountReceived ?? (paymentCorrect ? amountDue : '0.00'),
        amountDue,
        paymentCorrect,
        ineligiblePayment: fixture.ineligiblePayment ?? '0.00',
        counted: fixture.counted ?? true,
        capturedAt: CAPTURED_AT,
        deviceId: 'fixture-device',
        workerId: WORKER_ID,
        fingerprint: randomUUID(),
        lateForLockedYear: fixture.late ?? false,
      };
    }),
  });
}

export async function insertSurveyResponses(
  prisma: PrismaClient,
  fixtures: readonly SurveyFixture[],
): Promise<void> {
  await prisma.surveyResponse.createMany({
    data: fixtures.map((fixture) => {
      const [satisfactionAnswers, satisfiedAnswers] = fixture.satisfaction;
      const [awarenessAnswers, awareAnswers] = fixture.awareness ?? [0, 0];
      return {
        id: randomUUID(),
        countyCode: countyOf(fixture.townshipCode),
        townshipCode: fixture.townshipCode,
        year: fixture.year ?? 2020,
        templateId: DEMO_SURVEY_TEMPLATE.id,
        templateVersion: DEMO_SURVEY_TEMPLATE.version,
        respondentGroup: fixture.respondentGroup,
        language: 'zh',
        answers: [],
        satisfactionAnswers,
        satisfiedAnswers,
        awarenessAnswers,
        awareAnswers,
        capturedAt: CAPTURED_AT,
        deviceId: 'fixture-device',
        workerId: WORKER_ID,
        fingerprint: randomUUID(),
        lateForLockedYear: fixture.late ?? false,
      };
    }),
  });
}

/** Replaces a county's whole roster with the given rows (the demo's generated one is dropped). */
export async function replaceRoster(
  prisma: PrismaClient,
  countyCode: string,
  fixtures: readonly RosterFixture[],
): Promise<void> {
  await prisma.beneficiary.deleteMany({ where: { countyCode } });
  await prisma.beneficiary.createMany({
    data: fixtures.map((fixture, index) => ({
      id: `fixture-${countyCode}-${index}`,
      countyCode,
      townshipCode: fixture.townshipCode,
      scheme: fixture.scheme,
      idNumber: `FIXTURE${countyCode}${String(index).padStart(5, '0')}`,
      name: `测试人员${index}`,
      sex: index % 2 === 0 ? 'male' : 'female',
      birthDate: new Date('1950-01-01'),
      monthlyAmountDue: '170.00',
      status: fixture.status ?? 'ACTIVE',
    })),
  });
}

/** Deletes every verification and survey response (between tests of one server). */
export async function clearFieldData(prisma: PrismaClient): Promise<void> {
  await prisma.verification.deleteMany({});
  await prisma.surveyResponse.deleteMany({});
}
