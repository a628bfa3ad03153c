import type { RespondentGroup } from '@jixiao/db';
import { insertRows, NOW_UTC, type SqlColumn, type SqlRunner } from './sql-values.ts';
import type { AnswerCounts } from './survey-answer-counts.ts';
import { syncAuditCte } from './sync-audit.ts';

/**
 * The batch's survey responses as one multi-row INSERT, with the batch's audit event, in one
 * statement (committed by itself). An id already stored (a replay that raced this batch)
 * inserts nothing and is left out of what it returns.
 */
export interface SurveyResponseRow extends AnswerCounts {
  id: string;
  countyCode: string;
  townshipCode: string;
  villageCode: string | null;
  year: number;
  templateId: string;
  templateVersion: number;
  respondentGroup: RespondentGroup;
  beneficiaryId: string | null;
  language: string;
  answers: { questionId: string; value: number | null }[];
  note: string | null;
  capturedAt: Date;
  deviceId: string;
  fingerprint: string;
  lateForLockedYear: boolean;
}

const COLUMNS: SqlColumn<SurveyResponseRow>[] = [
  { name: 'id', type: 'uuid' },
  { name: 'countyCode', type: 'text' },
  { name: 'townshipCode', type: 'text' },
  { name: 'villageCode', type: 'text' },
  { name: 'year', type: 'int' },
  { name: 'templateId', type: 'text' },
  { name: 'templateVersion', type: 'int' },
  { name: 'respondentGroup', type: '"RespondentGroup"' },
  { name: 'beneficiaryId', type: 'text' },
  { name: 'language', type: 'text' },
  { name: 'answers', type: 'jsonb' },
  { name: 'note', type: 'text' },
  { name: 'satisfactionAnswers', type: 'int' },
  { name: 'satisfiedAnswers', type: 'int' },
  { name: 'awarenessAnswers', type: 'int' },
  { name: 'awareAnswers', type: 'int' },
  { name: 'capturedAt', type: 'timestamp' },
  { name: 'receivedAt', sql: NOW_UTC },
  { name: 'deviceId', type: 'text' },
  { name: 'workerId', sql: '$1::uuid' },
  { name: 'fingerprint', type: 'text' },
  { name: 'lateForLockedYear', type: 'boolean' },
];

/**
 * Inserts the rows (in id order, as the verifications) and audits them as `userId`, the
 * request naming `deviceId` in its header; returns the ids inserted.
 */
export async function insertSurveyResponses(
  sql: SqlRunner,
  workerId: string,
  deviceId: string | null,
  rows: readonly SurveyResponseRow[],
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const insert = insertRows('SurveyResponse', COLUMNS, rows, {
    orderBy: ['id'],
    leading: [workerId, deviceId],
  });
  const audit = syncAuditCte({
    action: 'sync.surveyResponses',
    entity: 'SurveyResponse',
    rows: 'inserted',
    counted: 'count(*) FILTER (WHERE NOT r.late)',
    userId: '$1::uuid',
    deviceId: '$2::text',
  });
  const inserted = await sql.query<{ id: string }>(
    `WITH inserted AS (
       ${insert.text} ON CONFLICT (id) DO NOTHING
       RETURNING id, "countyCode", "deviceId", "lateForLockedYear" AS late
     ), audit AS (${audit})
     SELECT id FROM inserted`,
    insert.values,
  );
  return new Set(inserted.map((row) => row.id));
}
