import { NOW_UTC } from './sql-values.ts';

/**
 * The one audit event of a sync batch that stored records, written by the statement that stores
 * them (as audit.ts writes every other event): the ids it stored (sorted) and how many count
 * and came late. Ids and counts only — never a name or an ID number. The device is the
 * one the phone named in its X-Device-Id header, else the one its records name (all of them,
 * sorted, in the details, when they name several). A batch that stored nothing writes none.
 */
export interface SyncAuditCte {
  action: 'sync.verifications' | 'sync.surveyResponses';
  entity: 'Verification' | 'SurveyResponse';
  /** The relation of the rows stored, with columns id, "countyCode", "deviceId" and late. */
  rows: string;
  /** SQL of how many of them count. */
  counted: string;
  /** SQL of the user's id and of the header's device id (null without the header). */
  userId: string;
  deviceId: string;
}

/** The body of a data-modifying CTE that appends the batch's event (see above). */
export function syncAuditCte(audit: SyncAuditCte): string {
  const { action, entity, rows, counted, userId, deviceId } = audit;
  const single = (column: string) =>
    `CASE WHEN count(DISTINCT r."${column}") = 1 THEN min(r."${column}") END`;
  return `INSERT INTO "AuditEvent" (at, "userId", "deviceId", action, entity, "countyCode", details)
  SELECT ${NOW_UTC}, ${userId}, coalesce(${deviceId}, ${single('deviceId')}),
    '${action}', '${entity}', ${single('countyCode')},
    jsonb_build_object('accepted', jsonb_agg(r.id ORDER BY r.id), 'counted', ${counted},
      'late', count(*) FILTER (WHERE r.late))
    || CASE WHEN ${deviceId} IS NULL AND count(DISTINCT r."deviceId") > 1
         THEN jsonb_build_object('deviceIds', jsonb_agg(DISTINCT r."deviceId"))
         ELSE '{}'::jsonb END
  FROM ${rows} r
  HAVING count(*) > 0`;
}
