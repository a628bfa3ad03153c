import { GraphQLError } from 'graphql';
import type { Viewer } from '../auth/viewer.ts';
import type { Context } from '../context.ts';
import { ingestSurveyResponse } from './ingest-survey-response.ts';
import { ingestVerification } from './ingest-verification.ts';
import { templateCache } from './survey-templates.ts';
import { readableId, type SyncRecordResult } from './sync-result.ts';

/**
 * 同步 — a phone's batch of captured records. Each record is ingested on its own, in its own
 * transaction and in input order: one bad record never blocks or half-writes another, and a
 * batch replayed any number of times stores every record once.
 */
export const MAX_SYNC_BATCH = 200;

/** Said when a record fails for a reason of the server's: nothing was stored, send it again. */
const SERVER_TROUBLE = '服务器暂时无法保存该记录（未保存），请稍后重新同步';

type Ingest = (input: unknown, index: number) => Promise<SyncRecordResult>;

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
    throw new GraphQLError(
      `一次最多同步 ${MAX_SYNC_BATCH} 条记录，本批有 ${records.length} 条，请分批同步`,
      { extensions: { code: 'BAD_USER_INPUT', maxBatch: MAX_SYNC_BATCH } },
    );
  }
}

async function ingestAll(
  context: Context,
  kind: string,
  records: readonly unknown[],
  ingest: Ingest,
): Promise<SyncRecordResult[]> {
  checkBatchSize(records);
  const results: SyncRecordResult[] = [];
  for (const [index, input] of records.entries()) {
    try {
      results.push(await ingest(input, index));
    } catch (error) {
      context.logger.error({ kind, index, ...errorFacts(error) }, 'sync record failed');
      results.push({
        id: readableId(input),
        index,
        status: 'REJECTED',
        errors: [{ field: '', message: SERVER_TROUBLE }],
        counted: null,
        lateForLockedYear: null,
      });
    }
  }
  return results;
}

export function syncVerifications(
  context: Context,
  viewer: Viewer,
  records: readonly unknown[],
): Promise<SyncRecordResult[]> {
  return ingestAll(context, 'verification', records, (input, index) =>
    ingestVerification(context, viewer, input, index),
  );
}

export function syncSurveyResponses(
  context: Context,
  viewer: Viewer,
  records: readonly unknown[],
): Promise<SyncRecordResult[]> {
  const templates = templateCache(context.db.prisma);
  return ingestAll(context, 'surveyResponse', records, (input, index) =>
    ingestSurveyResponse(context, viewer, input, index, templates),
  );
}
