import { errorMessage } from '../api/api-errors.ts';
import { withExclusiveLock } from '../browser/exclusive-lock.ts';
import type { LocalDatabase } from '../offline/local-database.ts';
import { type SyncProgress, type SyncReport, syncOutbox } from './sync-runner.ts';
import type { SyncTransport } from './sync-transport.ts';

/**
 * 同步调度 — when sync runs: on demand (the button), when the network comes back and after
 * a record is saved while online. One run at a time, across the app's tabs too; the screens
 * read the state (running, progress, last report) through `subscribe`/`getState`.
 */

export interface SyncState {
  running: boolean;
  progress: SyncProgress | null;
  lastReport: SyncReport | null;
  /** ISO time the last run ended. */
  lastFinishedAt: string | null;
}

export interface SyncSchedulerOptions {
  db: LocalDatabase;
  transport: SyncTransport;
  /** Whether the browser believes it is online (skips a run that cannot succeed). */
  isOnline?: () => boolean;
  now?: () => Date;
}

const OFFLINE_REPORT: SyncReport = {
  sent: 0,
  accepted: 0,
  rejected: 0,
  conflicts: 0,
  stoppedBy: 'network',
  message: '当前没有网络，记录已保存在手机上，有网络时会自动同步',
};

export class SyncScheduler {
  readonly #options: SyncSchedulerOptions;
  #state: SyncState = { running: false, progress: null, lastReport: null, lastFinishedAt: null };
  #current: Promise<SyncReport> | null = null;
  readonly #listeners = new Set<() => void>();

  constructor(options: SyncSchedulerOptions) {
    this.#options = options;
  }

  getState = (): SyncState => this.#state;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Starts a run, or returns the one under way. */
  run(): Promise<SyncReport> {
    this.#current ??= this.#runOnce().finally(() => {
      this.#current = null;
    });
    return this.#current;
  }

  /** Runs whenever the browser reports the network is back; returns the unsubscribe. */
  watchNetwork(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
    const onOnline = () => {
      void this.run();
    };
    target.addEventListener('online', onOnline);
    return () => target.removeEventListener('online', onOnline);
  }

  async #runOnce(): Promise<SyncReport> {
    const { db, transport } = this.#options;
    const now = this.#options.now ?? (() => new Date());
    if (this.#options.isOnline?.() === false) {
      this.#set({ lastReport: OFFLINE_REPORT, lastFinishedAt: now().toISOString() });
      return OFFLINE_REPORT;
    }
    this.#set({ running: true, progress: null });
    let report: SyncReport;
    try {
      report = await withExclusiveLock('jixiao-sync', () =>
        syncOutbox({ db, transport, now, onProgress: (progress) => this.#set({ progress }) }),
      );
    } catch (error) {
      // Only local storage can fail here (the runner turns send failures into a report).
      report = { ...OFFLINE_REPORT, stoppedBy: 'server', message: errorMessage(error) };
    }
    this.#set({ running: false, lastReport: report, lastFinishedAt: now().toISOString() });
    return report;
  }

  #set(changes: Partial<SyncState>): void {
    this.#state = { ...this.#state, ...changes };
    for (const listener of this.#listeners) listener();
  }
}
