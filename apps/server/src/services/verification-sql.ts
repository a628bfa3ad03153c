import type { Scheme, VerificationOutcome } from '@jixiao/db';
import { insertRows, NOW_UTC, type SqlColumn, type SqlStatement } from './sql-values.ts';

/**
 * A verification as stored: the record, with the roster's facts. Its `counted` flag goes in as
 * a first guess (the batch's latest capture of the person and year, unless late), which the
 * same transaction then makes agree with the counted pointers (counted-verifications-sql.ts).
 */
export interface VerificationRow {
  id: string;
  countyCode: string;
  townshipCode: string;
  villageCode: string | null;
  beneficiaryId: string;
  scheme: Scheme;
  year: number;
  identityConfirmed: boolean;
  identityMethod: string;
  alive: boolean;
  /** YYYY-MM-DD. */
  deathDate: string | null;
  eligible: boolean;
  ineligibleReason: string | null;
  outcome: VerificationOutcome;
  /** 元, exact decimals as text. */
  amountReceived: string;
  amountDue: string;
  paymentCorrect: boolean;
  ineligiblePayment: string;
  note: string | null;
  /** The first guess; see above. */
  counted: boolean;
  capturedAt: Date;
  deviceId: string;
  fingerprint: string;
  lateForLockedYear: boolean;
}

const COLUMNS: SqlColumn<VerificationRow>[] = [
  { name: 'id', type: 'uuid' },
  { name: 'countyCode', type: 'text' },
  { name: 'townshipCode', type: 'text' },
  { name: 'villageCode', type: 'text' },
  { name: 'beneficiaryId', type: 'text' },
  { name: 'scheme', type: '"Scheme"' },
  { name: 'year', type: 'int' },
  { name: 'identityConfirmed', type: 'boolean' },
  { name: 'identityMethod', type: 'text' },
  { name: 'alive', type: 'boolean' },
  { name: 'deathDate', type: 'date' },
  { name: 'eligible', type: 'boolean' },
  { name: 'ineligibleReason', type: 'text' },
  { name: 'outcome', type: '"VerificationOutcome"' },
  { name: 'amountReceived', type: 'numeric' },
  { name: 'amountDue', type: 'numeric' },
  { name: 'paymentCorrect', type: 'boolean' },
  { name: 'ineligiblePayment', type: 'numeric' },
  { name: 'note', type: 'text' },
  { name: 'counted', type: 'boolean' },
  { name: 'capturedAt', type: 'timestamp' },
  { name: 'receivedAt', sql: NOW_UTC },
  { name: 'deviceId', type: 'text' },
  { name: 'workerId', sql: '$1::uuid' },
  { name: 'fingerprint', type: 'text' },
  { name: 'lateForLockedYear', type: 'boolean' },
];

/**
 * `INSERT INTO "Verification" … SELECT … ORDER BY id` for the rows (id order: concurrent batches
 * wait on the ids they share in one order), without its ON CONFLICT clause, for the statement
 * that also claims the counted pointers (counted-verifications-sql.ts).
 */
export function verificationInsert(
  workerId: string,
  rows: readonly VerificationRow[],
): SqlStatement {
  return insertRows('Verification', COLUMNS, rows, { orderBy: ['id'], leading: [workerId] });
}
