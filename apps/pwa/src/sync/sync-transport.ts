import type { SurveyResponseRecord, VerificationRecord } from '@jixiao/domain';
import type { SessionManager } from '../api/session-manager.ts';
import {
  SYNC_SURVEY_RESPONSES_MUTATION,
  SYNC_VERIFICATIONS_MUTATION,
  type SyncRecordResult,
} from '../api/sync-documents.ts';

/** One call's worth of records of one kind. */
export type SyncBatch =
  | { kind: 'verification'; records: VerificationRecord[] }
  | { kind: 'surveyResponse'; records: SurveyResponseRecord[] };

/** Sends a batch and returns the server's result for each record, in input order. */
export interface SyncTransport {
  send(batch: SyncBatch): Promise<SyncRecordResult[]>;
}

/** The transport over the GraphQL API (authenticated, refreshing the token when needed). */
export function graphqlSyncTransport(session: Pick<SessionManager, 'mutate'>): SyncTransport {
  return {
    async send(batch) {
      if (batch.kind === 'verification') {
        const data = await session.mutate(SYNC_VERIFICATIONS_MUTATION, { records: batch.records });
        return data.syncVerifications;
      }
      const data = await session.mutate(SYNC_SURVEY_RESPONSES_MUTATION, {
        records: batch.records,
      });
      return data.syncSurveyResponses;
    },
  };
}
