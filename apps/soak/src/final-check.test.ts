import type { SqlSession } from '@jixiao/db';
import type { VerificationRecord } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { expectedFigures } from './expected-figures.ts';
import { checkRecords, type SentRecords } from './final-check.ts';
import { TEST_PERSON, testSurvey, testVerification } from './testing/soak-records.ts';

/** The check must see what goes wrong: it runs here on rows a fake database returns. */
const WORKER = '00000000-0000-4000-8000-00000000000a';
const PERSON = TEST_PERSON;
const verification = testVerification;
const survey = testSurvey('survey-1');

const early = verification('v-early', '2020-10-08T09:00:00+06:00');
const late = verification('v-late', '2020-10-09T09:00:00+06:00');
const sent: SentRecords = {
  verifications: [early, late].map((record) => ({ record, workerId: WORKER })),
  surveys: [{ record: survey, workerId: WORKER }],
};
const expected = expectedFigures({
  verifications: [early, late],
  surveys: [survey],
  people: new Map([[PERSON, { townshipCode: '653125100', dueFen: 15_000 }]]),
  template: { id: 't', version: 1, questions: [] },
});

function verificationRow(record: VerificationRecord, counted: boolean) {
  return {
    id: record.id,
    beneficiaryId: record.beneficiaryId,
    year: record.year,
    capturedAt: new Date(record.capturedAt).toISOString().slice(0, 23),
    outcome: 'ALIVE_ELIGIBLE',
    amountReceived: '150.00',
    counted,
    lateForLockedYear: false,
    deviceId: record.deviceId,
    workerId: WORKER,
  };
}

const surveyRow = {
  id: survey.id,
  townshipCode: survey.townshipCode,
  villageCode: null,
  beneficiaryId: null,
  year: 2020,
  respondentGroup: 'CONTRIBUTOR',
  satisfactionAnswers: 0,
  satisfiedAnswers: 0,
  awarenessAnswers: 0,
  awareAnswers: 0,
  capturedAt: '2020-10-08T03:00:00.000',
  lateForLockedYear: false,
  deviceId: 'phone',
  workerId: WORKER,
};

function fakeDatabase(tables: {
  verifications: unknown[];
  surveys: unknown[];
  pointer: string;
}): SqlSession {
  return {
    exec: async () => {},
    transaction: () => Promise.reject(new Error('not here')),
    async query<Row>(sql: string) {
      if (sql.includes('FROM "Verification"')) return tables.verifications as Row[];
      if (sql.includes('FROM "SurveyResponse"')) return tables.surveys as Row[];
      return [{ key: `${PERSON}|2020`, verificationId: tables.pointer }] as Row[];
    },
  };
}

describe('checkRecords', () => {
  it('finds nothing wrong when every record is stored once and the latest counts', async () => {
    const sql = fakeDatabase({
      verifications: [verificationRow(early, false), verificationRow(late, true)],
      surveys: [surveyRow],
      pointer: late.id,
    });
    expect(await checkRecords(sql, sent, expected)).toMatchObject({
      lost: 0,
      altered: 0,
      extraRows: 0,
      duplicatesCounted: 0,
      wronglyCounted: 0,
    });
  });

  it('counts a missing record, an altered one, a row nobody sent and a person counted twice', async () => {
    const sql = fakeDatabase({
      verifications: [
        verificationRow(early, true),
        { ...verificationRow(late, true), amountReceived: '0.00' },
        { ...verificationRow(late, false), id: 'v-copy' },
      ],
      surveys: [],
      pointer: late.id,
    });
    expect(await checkRecords(sql, sent, expected)).toMatchObject({
      lost: 2,
      altered: 1,
      extraRows: 1,
      duplicatesCounted: 2,
      wronglyCounted: 0,
    });
  });

  it('sees a person counted from an earlier capture', async () => {
    const sql = fakeDatabase({
      verifications: [verificationRow(early, true), verificationRow(late, false)],
      surveys: [surveyRow],
      pointer: early.id,
    });
    expect(await checkRecords(sql, sent, expected)).toMatchObject({
      lost: 0,
      duplicatesCounted: 0,
      wronglyCounted: 1,
    });
  });
});
