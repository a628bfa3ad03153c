import type { FieldError, SurveyResponseRecord, VerificationRecord } from '@jixiao/domain';
import { gql } from '@urql/core';

/** 同步 — sending captured records; the server answers one result per record, in order. */

/** The most records one call may carry. */
export const MAX_RECORDS_PER_CALL = 200;

/**
 * ACCEPTED and ALREADY_RECEIVED both mean the server holds the record; CONFLICT means it
 * holds a different record under the same id; REJECTED means it stored nothing.
 */
export type SyncRecordStatus =
  | 'ACCEPTED'
  | 'ALREADY_RECEIVED'
  | 'CONFLICT'
  | 'REJECTED'
  /** Not stored for a reason of the server's: keep waiting and send again. */
  | 'RETRY_LATER';

export interface SyncRecordResult {
  /** The record's id, null when the server could not read it. */
  id: string | null;
  /** The record's position in the call, from 0. */
  index: number;
  status: SyncRecordStatus;
  errors: FieldError[];
  /**
   * Verifications: whether this is the verification of the person and year that counts (the
   * latest capture); null for survey responses and refused records.
   */
  counted: boolean | null;
  /** Stored after the county locked the year: kept and flagged, not counted. */
  lateForLockedYear: boolean | null;
}

const RESULT_FIELDS = 'id index status errors { field message } counted lateForLockedYear';

export interface SyncVerificationsData {
  syncVerifications: SyncRecordResult[];
}

export interface SyncVerificationsVariables {
  records: VerificationRecord[];
}

export const SYNC_VERIFICATIONS_MUTATION = gql<SyncVerificationsData, SyncVerificationsVariables>(`
  mutation SyncVerifications($records: [JSON!]!) {
    syncVerifications(records: $records) { ${RESULT_FIELDS} }
  }
`);

export interface SyncSurveyResponsesData {
  syncSurveyResponses: SyncRecordResult[];
}

export interface SyncSurveyResponsesVariables {
  records: SurveyResponseRecord[];
}

export const SYNC_SURVEY_RESPONSES_MUTATION = gql<
  SyncSurveyResponsesData,
  SyncSurveyResponsesVariables
>(`
  mutation SyncSurveyResponses($records: [JSON!]!) {
    syncSurveyResponses(records: $records) { ${RESULT_FIELDS} }
  }
`);
