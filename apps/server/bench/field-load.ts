import { randomUUID } from 'node:crypto';
import type { Database } from '@jixiao/db';

/**
 * Field data at 莎车县 scale for the benchmark, written straight into the database: one counted
 * verification for every resident-pension recipient who has none yet, and survey responses.
 * Outcomes and answers follow fixed patterns so that every run measures the same data.
 */
export interface RosterPerson {
  id: string;
  idNumber: string;
  townshipCode: string;
  monthlyAmountDue: string;
}

export async function residentRoster(
  database: Database,
  countyCode: string,
): Promise<RosterPerson[]> {
  return database.sql.query<RosterPerson>(
    `SELECT id, "idNumber", "townshipCode", "monthlyAmountDue"::text AS "monthlyAmountDue"
     FROM "Beneficiary" WHERE "countyCode" = $1 AND scheme = 'RESIDENT_PENSION' ORDER BY id`,
    [countyCode],
  );
}

/** The device the benchmark's phones name in their records. */
export const BENCH_DEVICE = 'bench-device';

/** A verification record of a roster person as a phone sends it. */
export function verificationRecord(person: RosterPerson, index: number): Record<string, unknown> {
  return {
    id: randomUUID(),
    capturedAt: '2020-11-05T10:15:00+06:00',
    deviceId: BENCH_DEVICE,
    beneficiaryId: person.id,
    year: 2020,
    idNumber: person.idNumber,
    identityConfirmed: true,
    identityMethod: index % 3 === 0 ? 'video' : 'homeVisit',
    alive: true,
    deathDate: null,
    eligible: true,
    ineligibleReason: null,
    amountReceivedYuan: index % 50 === 0 ? '0.00' : person.monthlyAmountDue,
    note: null,
  };
}

/** Fills in one counted verification per resident-pension recipient still without one. */
export async function fillVerifications(database: Database, countyCode: string, workerId: string) {
  await database.sql.exec(`
    CREATE TEMP TABLE IF NOT EXISTS bench_fill AS
    SELECT gen_random_uuid() AS id, b.id AS "beneficiaryId", b."countyCode", b."townshipCode",
      b."villageCode", b.scheme, b."monthlyAmountDue",
      (row_number() OVER (ORDER BY b.id)) AS n
    FROM "Beneficiary" b
    WHERE b."countyCode" = '${countyCode}' AND b.scheme = 'RESIDENT_PENSION'
      AND NOT EXISTS (SELECT 1 FROM "Verification" v WHERE v."beneficiaryId" = b.id AND v.year = 2020)`);
  await database.sql.exec(`
    INSERT INTO "Verification" (id, "countyCode", "townshipCode", "villageCode", "beneficiaryId",
      scheme, year, "identityConfirmed", "identityMethod", alive, "deathDate", eligible,
      "ineligibleReason", outcome, "amountReceived", "amountDue", "paymentCorrect",
      "ineligiblePayment", counted, "capturedAt", "deviceId", "workerId", fingerprint)
    SELECT id, "countyCode", "townshipCode", "villageCode", "beneficiaryId", scheme, 2020, true,
      'homeVisit', n % 97 <> 0, CASE WHEN n % 97 = 0 THEN DATE '2020-08-01' END,
      n % 97 <> 0 AND n % 89 <> 0, CASE WHEN n % 89 = 0 AND n % 97 <> 0 THEN 'moved' END,
      (CASE WHEN n % 97 = 0 THEN 'DECEASED' WHEN n % 89 = 0 THEN 'MOVED' ELSE 'ALIVE_ELIGIBLE' END)::"VerificationOutcome",
      CASE WHEN n % 41 = 0 THEN 0 ELSE "monthlyAmountDue" END, "monthlyAmountDue",
      n % 41 <> 0,
      CASE WHEN n % 97 = 0 OR n % 89 = 0 THEN CASE WHEN n % 41 = 0 THEN 0 ELSE "monthlyAmountDue" END ELSE 0 END,
      true, TIMESTAMPTZ '2020-11-05 04:15:00+00', 'bench-fill', '${workerId}'::uuid, 'bench'
    FROM bench_fill`);
  await database.sql.exec(`
    INSERT INTO "CountedVerification" ("beneficiaryId", year, "verificationId", "capturedAt")
    SELECT "beneficiaryId", 2020, id, TIMESTAMPTZ '2020-11-05 04:15:00+00' FROM bench_fill
    ON CONFLICT DO NOTHING;
    DROP TABLE bench_fill`);
}

/** Adds `count` survey responses spread over the county's townships and respondent groups. */
export async function fillSurveys(
  database: Database,
  countyCode: string,
  workerId: string,
  count: number,
) {
  await database.sql.exec(`
    INSERT INTO "SurveyResponse" (id, "countyCode", "townshipCode", year, "templateId",
      "templateVersion", "respondentGroup", language, answers, "satisfactionAnswers",
      "satisfiedAnswers", "awarenessAnswers", "awareAnswers", "capturedAt", "deviceId",
      "workerId", fingerprint)
    SELECT gen_random_uuid(), '${countyCode}', t.code, 2020, 'satisfaction-2020', 1,
      (ARRAY['INSTITUTION_RETIREE','RESIDENT_BENEFICIARY','CONTRIBUTOR'])[1 + g % 3]::"RespondentGroup",
      'zh', '[]'::jsonb, 4, 4 - (g % 5 = 0)::int - (g % 7 = 0)::int, 3, 3 - (g % 4 = 0)::int,
      TIMESTAMPTZ '2020-11-05 04:15:00+00', 'bench-fill', '${workerId}'::uuid, 'bench'
    FROM generate_series(1, ${count}) AS g
    JOIN LATERAL (
      SELECT code FROM "Division" WHERE "parentCode" = '${countyCode}' AND level = 'TOWNSHIP'
      ORDER BY code OFFSET (g % 34) LIMIT 1
    ) t ON true`);
}
