import type { PrismaClient } from '@jixiao/db';
import { townshipCode } from '@jixiao/demo-data';
import { insertSurveyResponses, insertVerifications, replaceRoster } from './field-fixtures.ts';

/**
 * A small field-data fixture in 莎车县 whose rollup is worked out by hand in
 * schema/rollups.integration.test.ts: two townships (莎车镇 = A, 托木吾斯塘镇 = B), a roster of
 * 11 people, 10 verifications and 6 survey responses, with a late record, an uncounted
 * (superseded) verification and records of another year that must not count.
 */
export const SHACHE = '653125';
export const TOWNSHIP_A = townshipCode(SHACHE, '莎车镇');
export const TOWNSHIP_B = townshipCode(SHACHE, '托木吾斯塘镇');

export async function loadRollupFixture(prisma: PrismaClient): Promise<void> {
  await replaceRoster(prisma, SHACHE, [
    // A, resident pension: 4 active + 1 suspended count, the terminated one does not → 5.
    ...Array.from({ length: 4 }, () => ({
      townshipCode: TOWNSHIP_A,
      scheme: 'RESIDENT_PENSION' as const,
    })),
    { townshipCode: TOWNSHIP_A, scheme: 'RESIDENT_PENSION', status: 'SUSPENDED' },
    { townshipCode: TOWNSHIP_A, scheme: 'RESIDENT_PENSION', status: 'TERMINATED' },
    // B, resident pension: 3.
    ...Array.from({ length: 3 }, () => ({
      townshipCode: TOWNSHIP_B,
      scheme: 'RESIDENT_PENSION' as const,
    })),
    // A, institution pension: 2.
    { townshipCode: TOWNSHIP_A, scheme: 'INSTITUTION_PENSION' },
    { townshipCode: TOWNSHIP_A, scheme: 'INSTITUTION_PENSION' },
  ]);
  await insertVerifications(prisma, [
    // A, resident pension.
    { townshipCode: TOWNSHIP_A },
    { townshipCode: TOWNSHIP_A },
    { townshipCode: TOWNSHIP_A, paymentCorrect: false, amountReceived: '150.00' },
    { townshipCode: TOWNSHIP_A, outcome: 'DECEASED', ineligiblePayment: '170.00' },
    { townshipCode: TOWNSHIP_A, counted: false },
    { townshipCode: TOWNSHIP_A, late: true },
    // B, resident pension.
    { townshipCode: TOWNSHIP_B },
    { townshipCode: TOWNSHIP_B, outcome: 'MOVED', ineligiblePayment: '130.50' },
    { townshipCode: TOWNSHIP_B, year: 2019 },
    // A, institution pension.
    { townshipCode: TOWNSHIP_A, scheme: 'INSTITUTION_PENSION', amountDue: '4200.00' },
  ]);
  await insertSurveyResponses(prisma, [
    {
      townshipCode: TOWNSHIP_A,
      respondentGroup: 'RESIDENT_BENEFICIARY',
      satisfaction: [2, 2],
      awareness: [1, 1],
    },
    {
      townshipCode: TOWNSHIP_A,
      respondentGroup: 'RESIDENT_BENEFICIARY',
      satisfaction: [2, 1],
      awareness: [1, 0],
    },
    { townshipCode: TOWNSHIP_A, respondentGroup: 'RESIDENT_BENEFICIARY', satisfaction: [0, 0] },
    {
      townshipCode: TOWNSHIP_B,
      respondentGroup: 'INSTITUTION_RETIREE',
      satisfaction: [1, 1],
      awareness: [2, 2],
    },
    {
      townshipCode: TOWNSHIP_A,
      respondentGroup: 'RESIDENT_BENEFICIARY',
      satisfaction: [3, 0],
      late: true,
    },
    {
      townshipCode: TOWNSHIP_B,
      respondentGroup: 'RESIDENT_BENEFICIARY',
      satisfaction: [1, 0],
      year: 2019,
    },
  ]);
}
