import type { Context } from '../context.ts';
import { NOW_UTC, type SqlRunner } from './sql-values.ts';
import { storableJson } from './storable-text.ts';

/**
 * The one audit event of a sync batch that stored records (as audit.ts writes every other
 * event, here in the batch's raw SQL): the ids it stored and how many count and came late. Ids
 * and counts only — never a name or an ID number. The device is the one the
 * phone named in its X-Device-Id header, else the one its records name (all of them, in the
 * details, when they name several).
 */
export interface StoredBatch {
  action: 'sync.verifications' | 'sync.surveyResponses';
  entity: 'Verification' | 'SurveyResponse';
  records: readonly { id: string; countyCode: string; deviceId: string }[];
  counted: number;
  late: number;
}

function single<T>(values: readonly T[]): T | null {
  const distinct = new Set(values);
  return distinct.size === 1 ? (values[0] ?? null) : null;
}

/** Appends the batch's event to the audit log, inside the batch's transaction. */
export async function auditStoredBatch(
  sql: SqlRunner,
  context: Context,
  batch: StoredBatch,
): Promise<void> {
  const recordDevices = [...new Set(batch.records.map((record) => record.deviceId))];
  const deviceId = context.deviceId ?? single(recordDevices);
  const details = {
    accepted: batch.records.map((record) => record.id),
    counted: batch.counted,
    late: batch.late,
    ...(deviceId === null ? { deviceIds: recordDevices } : {}),
  };
  await sql.query(
    `INSERT INTO "AuditEvent" (at, "userId", "deviceId", action, entity, "countyCode", details)
     VALUES (${NOW_UTC}, $1::uuid, $2::text, $3::text, $4::text, $5::text, $6::jsonb)`,
    [
      context.viewer?.id ?? null,
      deviceId,
      batch.action,
      batch.entity,
      single(batch.records.map((record) => record.countyCode)),
      storableJson(details),
    ],
  );
}
