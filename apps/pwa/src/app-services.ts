import { createGraphqlClient } from './api/graphql-client.ts';
import { SessionManager } from './api/session-manager.ts';
import { DATABASE_NAME, LocalDatabase } from './offline/local-database.ts';
import { SyncScheduler } from './sync/sync-scheduler.ts';
import { graphqlSyncTransport } from './sync/sync-transport.ts';

/** The app's long-lived objects, made once at start and handed to the screens by context. */
export interface AppServices {
  db: LocalDatabase;
  session: SessionManager;
  sync: SyncScheduler;
}

export interface AppServicesOptions {
  databaseName?: string;
  /** A fetch to use instead of the browser's (tests). */
  fetch?: typeof fetch;
}

export function createAppServices(options: AppServicesOptions = {}): AppServices {
  const db = new LocalDatabase(options.databaseName ?? DATABASE_NAME);
  const client = createGraphqlClient(options.fetch === undefined ? {} : { fetch: options.fetch });
  const session = new SessionManager({ db, client });
  const sync = new SyncScheduler({
    db,
    transport: graphqlSyncTransport(session),
    isOnline: () => typeof navigator === 'undefined' || navigator.onLine,
  });
  return { db, session, sync };
}
