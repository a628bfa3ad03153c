import { createGraphqlClient } from '../api/graphql-client.ts';
import { SessionManager } from '../api/session-manager.ts';
import { LocalDatabase } from '../offline/local-database.ts';
import { fixtureIdNumber } from '../offline/roster-fixture.ts';
import type { SurveyResponseDraft, VerificationDraft } from '../sync/outbox.ts';
import { graphqlSyncTransport, type SyncTransport } from '../sync/sync-transport.ts';
import {
  FakeGraphqlServer,
  type FakeServerOptions,
  SATISFACTION_TEMPLATE,
  WORKER,
  WORKER_PASSWORD,
} from './fake-graphql-server.ts';

/**
 * What most tests need: a fresh IndexedDB (fake-indexeddb must be imported by the test
 * file), the fake server, a session manager talking to it through a real urql client, and
 * the sync transport. Every context gets its own database.
 */

/** The tests' clock: 20 November 2026, 12:00 in Xinjiang (UTC+8). */
export const TEST_NOW = new Date('2026-11-20T04:00:00Z');

export interface TestContext {
  db: LocalDatabase;
  server: FakeGraphqlServer;
  session: SessionManager;
  transport: SyncTransport;
  deviceId: string;
  clock: { now: Date };
}

export async function createTestContext(
  options: FakeServerOptions & { loggedIn?: boolean } = {},
): Promise<TestContext> {
  const clock = { now: TEST_NOW };
  const now = () => clock.now;
  const server = new FakeGraphqlServer({ now, ...options });
  const db = new LocalDatabase(`test-${crypto.randomUUID()}`);
  const client = createGraphqlClient({ fetch: server.fetch });
  const session = new SessionManager({ db, client, now });
  if (options.loggedIn !== false) {
    const outcome = await session.login(WORKER.username, WORKER_PASSWORD);
    if (!outcome.ok) throw new Error(outcome.message);
  }
  const { deviceId } = await session.session();
  return { db, server, session, transport: graphqlSyncTransport(session), deviceId, clock };
}

/** A valid verification of the n-th (generated) person. */
export function verificationDraft(
  n: number,
  changes: Partial<VerificationDraft> = {},
): VerificationDraft {
  return {
    beneficiaryId: `B-653125100-${String(n).padStart(6, '0')}`,
    year: 2026,
    idNumber: fixtureIdNumber('1950-03-04', n),
    identityConfirmed: true,
    identityMethod: 'homeVisit',
    alive: true,
    deathDate: null,
    eligible: true,
    ineligibleReason: null,
    amountReceivedYuan: '203.80',
    note: null,
    ...changes,
  };
}

/** A valid survey response following the fake server's template. */
export function surveyDraft(changes: Partial<SurveyResponseDraft> = {}): SurveyResponseDraft {
  return {
    templateId: SATISFACTION_TEMPLATE.id,
    templateVersion: SATISFACTION_TEMPLATE.version,
    year: 2026,
    townshipCode: '653125100',
    villageCode: '653125100201',
    respondentGroup: 'residentBeneficiary',
    beneficiaryId: null,
    language: 'zh',
    answers: [
      { questionId: 'q1', value: 5 },
      { questionId: 'q2', value: null },
    ],
    note: null,
    ...changes,
  };
}
