import { DEMO_PASSWORD, type Random } from '@jixiao/demo-data';
import type { Capture, RosterEntry } from './capture-plan.ts';
import {
  AuthRequiredError,
  type CallOptions,
  callGraphql,
  NoAnswerError,
  ServerTroubleError,
} from './graphql-client.ts';
import type { WorkerAccount } from './soak-accounts.ts';
import type { SoakStats } from './soak-stats.ts';

/**
 * One simulated field worker's phone, doing what the PWA does (apps/pwa/src/sync): it logs in,
 * downloads its townships' roster, saves captured records into an outbox in capture order, and
 * syncs them in runs. A run sends the oldest pending record and the pending records of its kind
 * after it (up to the batch size), marks each record by the answer that names it, and stops at
 * the first call without an answer, or when a whole batch stayed unanswered; a record leaves
 * the outbox only when the server answered ACCEPTED or ALREADY_RECEIVED. RETRY_LATER and calls
 * without an answer leave it pending for the next run, which follows after a backoff.
 *
 * Unlike the PWA, the phone also aborts some calls in flight (AbortController), at a random
 * moment around the typical round trip: sometimes before the server read the batch, sometimes
 * while it stored it, so that the resend gets ALREADY_RECEIVED.
 */
export interface FieldWorkerOptions {
  account: WorkerAccount;
  /** The server's current address (the supervisor's). */
  server: { readonly baseUrl: string };
  stats: SoakStats;
  random: Random;
  batchSize: number;
  /** Share of sync calls aborted in flight. */
  abortRate: number;
  /** Epoch ms after which the phone gives up (what is left stays in its outbox). */
  deadline: number;
  /** Makes the phone give up at once (the soak failed elsewhere). */
  halt: AbortSignal;
}

type OutboxStatus = 'pending' | 'accepted' | 'rejected' | 'conflict';

export interface OutboxEntry {
  capture: Capture;
  status: OutboxStatus;
  /** The answer that took it out of the outbox (or refused it). */
  serverStatus: string | null;
}

interface SyncResult {
  id: string | null;
  index: number;
  status: 'ACCEPTED' | 'ALREADY_RECEIVED' | 'CONFLICT' | 'REJECTED' | 'RETRY_LATER';
  errors: { field: string; message: string }[];
}

export interface TemplateFacts {
  id: string;
  version: number;
  questions: { id: string; kind: 'SATISFACTION' | 'AWARENESS'; satisfiedValues: number[] }[];
}

const LOGIN = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    __typename
    ... on MutationLoginSuccess { data { accessToken } }
  }
}`;

const ROSTER = `query Roster($townshipCode: String!, $after: String) {
  townshipRoster(townshipCode: $townshipCode, first: 2000, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id idNumber monthlyAmountDue villageCode scheme status } }
  }
}`;

const TEMPLATE = `query Template($id: String!) {
  surveyTemplate(id: $id) { id version questions { id kind satisfiedValues } }
}`;

const RESULT_FIELDS = 'id index status errors { field message } counted lateForLockedYear';
const SYNC = {
  verification: `mutation SyncVerifications($records: [JSON!]!) {
    syncVerifications(records: $records) { ${RESULT_FIELDS} }
  }`,
  surveyResponse: `mutation SyncSurveyResponses($records: [JSON!]!) {
    syncSurveyResponses(records: $records) { ${RESULT_FIELDS} }
  }`,
} as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Keeps a few refusals to show: the kind, the status and the fields named (never values). */
function noteRefusal(stats: SoakStats, entry: OutboxEntry, result: SyncResult): void {
  if (stats.refusals.length >= 5) return;
  const fields = result.errors.map((error) => error.field || '(record)').join(', ');
  stats.refusals.push(`${entry.capture.kind} ${result.status} (fields: ${fields})`);
}

export class DeadlineError extends Error {
  override readonly name = 'DeadlineError';
}

export class FieldWorker {
  readonly account: WorkerAccount;
  readonly outbox: OutboxEntry[] = [];
  readonly #options: FieldWorkerOptions;
  #token: string | null = null;
  /** Smoothed round trip of this phone's answered sync calls (ms), for the abort moments. */
  #typicalRoundTrip = 200;
  #failures = 0;

  constructor(options: FieldWorkerOptions) {
    this.account = options.account;
    this.#options = options;
  }

  get pending(): number {
    return this.outbox.filter((entry) => entry.status === 'pending').length;
  }

  #checkDeadline(): void {
    if (this.#options.halt.aborted) throw new DeadlineError(`${this.account.username} halted`);
    if (Date.now() > this.#options.deadline) {
      throw new DeadlineError(`${this.account.username} ran out of time`);
    }
  }

  /** Waits longer after each failure in a row: 250 ms doubling to 4 s, with jitter. */
  async #backoff(): Promise<void> {
    this.#failures += 1;
    const ceiling = Math.min(4_000, 250 * 2 ** Math.min(this.#failures - 1, 4));
    await sleep(ceiling * (0.5 + this.#options.random.next() / 2));
  }

  #call<Data>(query: string, variables: Record<string, unknown>, options: CallOptions = {}) {
    return callGraphql<Data>(this.#options.server.baseUrl, query, variables, {
      deviceId: this.account.deviceId,
      ...(this.#token ? { token: this.#token } : {}),
      ...options,
    });
  }

  /** Retries a read until it is answered: through server restarts and expired tokens. */
  async #retrying<T>(work: () => Promise<T>): Promise<T> {
    for (;;) {
      this.#checkDeadline();
      try {
        if (this.#token === null) await this.login();
        const result = await work();
        this.#failures = 0;
        return result;
      } catch (error) {
        if (error instanceof AuthRequiredError) this.#token = null;
        else if (!(error instanceof NoAnswerError || error instanceof ServerTroubleError)) {
          throw error;
        }
        await this.#backoff();
      }
    }
  }

  async login(): Promise<void> {
    for (;;) {
      this.#checkDeadline();
      try {
        const data = await this.#call<{
          login: { __typename: string; data?: { accessToken: string } };
        }>(LOGIN, { username: this.account.username, password: DEMO_PASSWORD });
        const token = data.login.data?.accessToken;
        if (!token) throw new Error(`login of ${this.account.username}: ${data.login.__typename}`);
        this.#token = token;
        this.#options.stats.logins += 1;
        this.#failures = 0;
        return;
      } catch (error) {
        if (!(error instanceof NoAnswerError || error instanceof ServerTroubleError)) throw error;
        await this.#backoff();
      }
    }
  }

  /** The township's roster as the phone keeps it: ACTIVE and SUSPENDED people, by id. */
  async downloadRoster(townshipCode: string): Promise<RosterEntry[]> {
    const people: RosterEntry[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await this.#retrying(() =>
        this.#call<{
          townshipRoster: {
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            edges: { node: Omit<RosterEntry, 'townshipCode'> & { status: string } }[];
          };
        }>(ROSTER, { townshipCode, after }),
      );
      for (const { node } of page.townshipRoster.edges) {
        if (node.status === 'TERMINATED') continue;
        people.push({
          id: node.id,
          idNumber: node.idNumber,
          monthlyAmountDue: node.monthlyAmountDue,
          villageCode: node.villageCode,
          scheme: node.scheme,
          townshipCode,
        });
      }
      if (!page.townshipRoster.pageInfo.hasNextPage) break;
      after = page.townshipRoster.pageInfo.endCursor;
    }
    return people.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async downloadTemplate(id: string): Promise<TemplateFacts> {
    const data = await this.#retrying(() =>
      this.#call<{ surveyTemplate: TemplateFacts | null }>(TEMPLATE, { id }),
    );
    if (!data.surveyTemplate) throw new Error(`no survey template ${id}`);
    return data.surveyTemplate;
  }

  /** Saves records into the outbox, after the ones already there. */
  capture(captures: readonly Capture[]): void {
    for (const capture of captures) {
      this.outbox.push({ capture, status: 'pending', serverStatus: null });
    }
    this.#options.stats.captured += captures.length;
  }

  /** Syncs until the outbox holds nothing pending: run after run, with a backoff between. */
  async syncUntilEmpty(): Promise<void> {
    while (this.pending > 0) {
      this.#checkDeadline();
      if (this.#token === null) await this.login();
      const progressed = await this.#syncRun();
      if (this.pending === 0) return;
      if (progressed) this.#failures = 0;
      await this.#backoff();
    }
  }

  /** The oldest pending record not sent in this run, and the pending ones of its kind after it. */
  #nextBatch(attempted: ReadonlySet<OutboxEntry>): OutboxEntry[] {
    const batch: OutboxEntry[] = [];
    for (const entry of this.outbox) {
      if (entry.status !== 'pending' || attempted.has(entry)) continue;
      const kind = batch[0]?.capture.kind ?? entry.capture.kind;
      if (entry.capture.kind !== kind) continue;
      batch.push(entry);
      if (batch.length === this.#options.batchSize) break;
    }
    return batch;
  }

  /** One run, as the PWA's syncOutbox; true when at least one record left the outbox. */
  async #syncRun(): Promise<boolean> {
    const attempted = new Set<OutboxEntry>();
    let progressed = false;
    for (;;) {
      const batch = this.#nextBatch(attempted);
      if (batch.length === 0) return progressed;
      for (const entry of batch) attempted.add(entry);
      let results: SyncResult[];
      try {
        results = await this.#send(batch);
      } catch (error) {
        if (error instanceof AuthRequiredError) {
          this.#options.stats.loginRequired += 1;
          this.#token = null;
        } else if (!(error instanceof NoAnswerError || error instanceof ServerTroubleError)) {
          throw error;
        }
        return progressed;
      }
      const { confirmed, unanswered } = this.#apply(batch, results);
      if (confirmed > 0) progressed = true;
      if (unanswered === batch.length) return progressed;
    }
  }

  async #send(batch: readonly OutboxEntry[]): Promise<SyncResult[]> {
    const { stats, random } = this.#options;
    const kind = batch[0]?.capture.kind ?? 'verification';
    const controller = new AbortController();
    const abortTimer = random.chance(this.#options.abortRate)
      ? setTimeout(() => controller.abort(), random.next() * 1.5 * this.#typicalRoundTrip)
      : null;
    stats.calls += 1;
    stats.recordsTransmitted += batch.length;
    stats.inFlight += 1;
    const started = performance.now();
    try {
      const data = await this.#call<Record<string, SyncResult[]>>(
        SYNC[kind],
        { records: batch.map((entry) => entry.capture.record) },
        { signal: controller.signal },
      );
      const elapsed = performance.now() - started;
      stats.latenciesMs.push(elapsed);
      this.#typicalRoundTrip = 0.8 * this.#typicalRoundTrip + 0.2 * elapsed;
      return data[kind === 'verification' ? 'syncVerifications' : 'syncSurveyResponses'] ?? [];
    } catch (error) {
      if (error instanceof NoAnswerError) {
        if (error.aborted) stats.abortedCalls += 1;
        else stats.noAnswerCalls += 1;
      } else if (error instanceof ServerTroubleError) stats.troubledCalls += 1;
      throw error;
    } finally {
      stats.inFlight -= 1;
      if (abortTimer) clearTimeout(abortTimer);
    }
  }

  /** Marks each record by the answer that names it (by id; by position when it has none). */
  #apply(
    batch: readonly OutboxEntry[],
    results: readonly SyncResult[],
  ): { confirmed: number; unanswered: number } {
    const { stats } = this.#options;
    const byId = new Map(results.map((result) => [result.id, result]));
    let confirmed = 0;
    let unanswered = 0;
    for (const [position, entry] of batch.entries()) {
      const result =
        byId.get(entry.capture.record.id) ??
        results.find((candidate) => candidate.id === null && candidate.index === position);
      switch (result?.status) {
        case 'ACCEPTED':
        case 'ALREADY_RECEIVED':
          if (result.status === 'ACCEPTED') stats.accepted += 1;
          else stats.alreadyReceived += 1;
          entry.status = 'accepted';
          entry.serverStatus = result.status;
          stats.confirmed += 1;
          confirmed += 1;
          break;
        case 'REJECTED':
          stats.rejected += 1;
          noteRefusal(stats, entry, result);
          entry.status = 'rejected';
          entry.serverStatus = result.status;
          break;
        case 'CONFLICT':
          stats.conflicts += 1;
          noteRefusal(stats, entry, result);
          entry.status = 'conflict';
          entry.serverStatus = result.status;
          break;
        case 'RETRY_LATER':
          stats.retryLater += 1;
          unanswered += 1;
          break;
        default:
          unanswered += 1;
      }
    }
    return { confirmed, unanswered };
  }
}
