import { GraphQLError } from 'graphql';
import type { Viewer } from '../auth/viewer.ts';
import type { Context } from '../context.ts';
import { ingestSurveyResponses } from './batch-survey-responses.ts';
import { ingestVerifications } from './batch-verifications.ts';
import { BatchAnswers } from './sync-batch.ts';
import type { SyncRecordResult } from './sync-result.ts';

/**
 * 同步 — a phone's batch of captured records, ingested set-based: validated record by record,
 * looked up with one query per kind of fact, stored in one transaction per batch. Each record
 * gets its own answer, in input order: a bad record never blocks another, and a batch replayed
 * any number of times stores every record once. When the batch's transaction fails, nothing of
 * it is stored and the records it was storing are answered as not saved (the phone retries).
 */
export const MAX_SYNC_BATCH = 200;

type Ingest = (answers: BatchAnswers) => Promise<void>;

/**
 * What the log keeps of a failure: its name, code and stack frames, not its message (a
 * validation error of the database client quotes the values of the record, which may hold
 * personal data in a note).
 */
function errorFacts(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '));
  return { errorName: error.name, errorCode: code ?? null, stack: frames.slice(0, 8).join('\n') };
}

function checkBatchSize(records: readonly unknown[]): void {
  if (records.length > MAX_SYNC_BATCH) {
    const message = `一次最多同步 ${MAX_SYNC_BATCH} 条记录，本批有 ${records.length} 条，请分批同步`;
    throw new GraphQLError(message, {
      extensions: {
        code: 'BAD_USER_INPUT',
        maxBatch: MAX_SYNC_BATCH,
        fieldErrors: [{ field: 'records', message }],
      },
    });
  }
}

async function ingestBatch(
  context: Context,
  kind: string,
  records: readonly unknown[],
  ingest: Ingest,
): Promise<SyncRecordResult[]> {
  checkBatchSize(records);
  const answers = new BatchAnswers(records);
  try {
    await ingest(answers);
  } catch (error) {
    context.logger.error(
      { kind, records: records.length, ...errorFacts(error) },
      'sync batch failed',
    );
  }
  return answers.finish();
}

export function syncVerifications(
  context: Context,
  viewer: Viewer,
  records: readonly unknown[],
): Promise<SyncRecordResult[]> {
  return ingestBatch(context, 'verification', records, (answers) =>
    ingestVerifications(context, viewer, answers),
  );
}

export function syncSurveyResponses(
  context: Context,
  viewer: Viewer,
  records: readonly unknown[],
): Promise<SyncRecordResult[]> {
  return ingestBatch(context, 'surveyResponse', records, (answers) =>
    ingestSurveyResponses(context, viewer, answers),
  );
}
