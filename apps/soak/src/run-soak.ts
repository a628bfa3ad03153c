import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '@jixiao/db';
import { createTestPostgres } from '@jixiao/db/testing';
import { createRandom, DEMO_SURVEY_TEMPLATE, type Random, seedFrom } from '@jixiao/demo-data';
import {
  type SurveyResponseRecord,
  type SurveyTemplate,
  type VerificationRecord,
  validateSurveyTemplate,
} from '@jixiao/domain';
import { type Capture, planCaptures, toFen, type WorkerTownship } from './capture-plan.ts';
import { SOAK_ROOT } from './env.ts';
import { expectedFigures, type PersonFacts } from './expected-figures.ts';
import { DeadlineError, FieldWorker, type TemplateFacts } from './field-worker.ts';
import {
  checkRecords,
  compareRollup,
  type RecordCheck,
  ROLLUP_QUERY,
  type RollupFigures,
  rosterSizes,
} from './final-check.ts';
import { callGraphql } from './graphql-client.ts';
import { ServerSupervisor } from './server-supervisor.ts';
import {
  createWorkerAccounts,
  SOAK_COUNTY,
  SOAK_YEAR,
  type WorkerAccount,
} from './soak-accounts.ts';
import { emptyStats, percentile, type SoakStats } from './soak-stats.ts';

/**
 * 压力测试 with faults: the real server on a fresh PostgreSQL database; N simulated field workers
 * download their rosters, capture records and sync them in batches as the PWA does, aborting
 * some calls in flight; meanwhile the server is SIGKILLed at random moments and restarted. At the
 * end the database is checked record by record and the county's rollup against the figures
 * worked out from what the phones sent.
 */
export interface SoakOptions {
  workers: number;
  recordsPerWorker: number;
  /** SIGKILLs at random moments of the sync (at progress points spread over 10–80%). */
  kills: number;
  batchSize: number;
  /** Share of sync calls aborted by the phone in flight. */
  abortRate: number;
  seed: number;
  /** Share of verifications among the records (the rest are survey responses). */
  verificationShare?: number;
  /** Records a worker captures between two syncs: [fewest, most]. */
  sessionSize?: [number, number];
  /** The longest pause between a worker's sessions (ms). */
  sessionPauseMs?: number;
  /** The phones give up after this long (what is left stays in their outboxes). */
  timeoutMs?: number;
  keepDatabase?: boolean;
  log?: (line: string) => void;
}

export interface SoakReport {
  options: SoakOptions;
  durationMs: number;
  /** Database, server start, accounts, roster downloads. */
  setupMs: number;
  syncMs: number;
  stats: Omit<SoakStats, 'latenciesMs'>;
  sent: { verifications: number; surveys: number; total: number };
  /** People verified more than once in the year, and of them those verified by two workers. */
  repeats: { people: number; byTwoWorkers: number };
  /** Records still waiting in a phone's outbox at the end (pending, rejected or conflicting). */
  leftInOutboxes: number;
  kills: number;
  /** Sync calls in flight at each kill. */
  inFlightAtKills: number[];
  latency: { p50: number; p99: number; max: number; calls: number };
  /** The server's peak resident memory: overall (seeding included), and while syncing. */
  peakServerRssBytes: number | null;
  peakServerRssSyncingBytes: number | null;
  check: RecordCheck;
  rollupMismatches: string[];
  /** The soak's database, when kept. */
  keptDatabaseUrl: string | null;
  serverLog: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The demo template as the phones' validator needs it (checked against the downloaded one). */
function planningTemplate(downloaded: TemplateFacts): SurveyTemplate {
  const checked = validateSurveyTemplate(DEMO_SURVEY_TEMPLATE);
  if (!checked.ok) throw new Error('the demo survey template does not validate');
  const template = checked.value;
  const same =
    template.id === downloaded.id &&
    template.version === downloaded.version &&
    template.questions.map((q) => q.id).join() === downloaded.questions.map((q) => q.id).join();
  if (!same) throw new Error('the server serves another survey template than the demo seeds');
  return template;
}

/** For each worker, its townships with how many workers share each and its place among them. */
function shares(accounts: readonly WorkerAccount[]): Map<string, string[]> {
  const workersOf = new Map<string, string[]>();
  for (const account of accounts) {
    for (const code of account.townshipCodes) {
      workersOf.set(code, [...(workersOf.get(code) ?? []), account.username]);
    }
  }
  return workersOf;
}

interface Phone {
  worker: FieldWorker;
  random: Random;
  plan: Capture[];
}

interface SoakContext {
  server: ServerSupervisor;
  stats: SoakStats;
  options: SoakOptions;
  deadline: number;
  halt: AbortController;
  log: (line: string) => void;
}

async function preparePhones(
  accounts: readonly WorkerAccount[],
  context: SoakContext,
): Promise<{ phones: Phone[]; people: Map<string, PersonFacts>; template: TemplateFacts }> {
  const { options } = context;
  const workersOf = shares(accounts);
  const people = new Map<string, PersonFacts>();
  let template: TemplateFacts | null = null;
  const phones = await Promise.all(
    accounts.map(async (account): Promise<Phone> => {
      const random = createRandom(seedFrom(options.seed, 'worker', account.index));
      const worker = new FieldWorker({
        account,
        server: context.server,
        stats: context.stats,
        random,
        batchSize: options.batchSize,
        abortRate: options.abortRate,
        deadline: context.deadline,
        halt: context.halt.signal,
      });
      await worker.login();
      const downloaded = await worker.downloadTemplate(DEMO_SURVEY_TEMPLATE.id);
      template ??= downloaded;
      const townships: WorkerTownship[] = [];
      for (const code of account.townshipCodes) {
        const roster = await worker.downloadRoster(code);
        const sharers = workersOf.get(code) ?? [account.username];
        townships.push({
          code,
          people: roster,
          sharers: sharers.length,
          position: sharers.indexOf(account.username),
        });
        for (const person of roster) {
          people.set(person.id, { townshipCode: code, dueFen: toFen(person.monthlyAmountDue) });
        }
      }
      const plan = planCaptures({
        workerIndex: account.index,
        deviceId: account.deviceId,
        townships,
        count: options.recordsPerWorker,
        verificationShare: options.verificationShare ?? 0.7,
        template: planningTemplate(downloaded),
        random,
      });
      return { worker, random, plan };
    }),
  );
  if (template === null) throw new Error('no worker downloaded the survey template');
  return { phones, people, template };
}

/** A worker's day: capture a session's records, sync them all, pause, and again. */
async function work(phone: Phone, options: SoakOptions): Promise<void> {
  const { worker, random, plan } = phone;
  const [fewest, most] = options.sessionSize ?? [20, 120];
  await sleep(random.int(0, 1_000));
  try {
    for (let next = 0; next < plan.length; ) {
      const size = random.int(fewest, most);
      worker.capture(plan.slice(next, next + size));
      next += size;
      await worker.syncUntilEmpty();
      if (next < plan.length) await sleep(random.int(0, options.sessionPauseMs ?? 1_000));
    }
  } catch (error) {
    if (!(error instanceof DeadlineError)) throw error;
  }
}

/**
 * SIGKILLs the server when the sync's progress passes random points, one drawn in each of
 * `kills` equal slices of 10–80%, as soon as a sync call is in flight and 0–40 ms later (so
 * that it lands inside calls); the server is down for 0.2–1.5 s and then started again.
 */
async function killAtRandomMoments(context: {
  server: ServerSupervisor;
  stats: SoakStats;
  kills: number;
  total: number;
  random: Random;
  finished: () => boolean;
  inFlightAtKills: number[];
  log: (line: string) => void;
}): Promise<void> {
  const { server, stats, random } = context;
  for (let slice = 0; slice < context.kills; slice++) {
    const threshold = 0.1 + (0.7 * (slice + random.next())) / context.kills;
    while (!context.finished() && stats.confirmed / context.total < threshold) await sleep(20);
    // Into the middle of a call: once one is in flight, a little later.
    const patience = Date.now() + 2_000;
    while (!context.finished() && stats.inFlight === 0 && Date.now() < patience) await sleep(2);
    await sleep(random.int(0, 40));
    if (context.finished()) return;
    context.inFlightAtKills.push(stats.inFlight);
    const downtime = random.int(200, 1_500);
    context.log(
      `SIGKILL #${slice + 1} at ${((100 * stats.confirmed) / context.total).toFixed(1)}% ` +
        `with ${stats.inFlight} sync calls in flight; restarting after ${downtime} ms`,
    );
    const restarting = performance.now();
    await server.killAndRestart(downtime);
    context.log(`server back after ${((performance.now() - restarting) / 1000).toFixed(1)} s`);
  }
}

/** Rejects when the kill loop fails or the server dies on its own (nobody would answer). */
function failures(server: ServerSupervisor, killing: Promise<void>, done: () => boolean) {
  return new Promise<never>((_, reject) => {
    killing.catch(reject);
    const watch = setInterval(() => {
      if (done()) clearInterval(watch);
      else if (server.crashed) {
        clearInterval(watch);
        reject(new Error(`the server died on its own\n${server.describeLog()}`));
      }
    }, 200);
  });
}

/** The phones' work with the server killed meanwhile; the sync's duration and memory peak. */
async function syncWithKills(phones: readonly Phone[], context: SoakContext) {
  const { server, stats, options, log } = context;
  const total = options.workers * options.recordsPerWorker;
  log(`syncing ${total} records`);
  let finished = false;
  const inFlightAtKills: number[] = [];
  const killing = killAtRandomMoments({
    server,
    stats,
    kills: options.kills,
    total,
    random: createRandom(seedFrom(options.seed, 'kills')),
    finished: () => finished,
    inFlightAtKills,
    log,
  });
  const ticker = setInterval(() => {
    log(
      `${stats.confirmed}/${total} confirmed, ${stats.calls} calls, ` +
        `${stats.inFlight} in flight, ${server.kills} kills`,
    );
  }, 10_000);
  const started = performance.now();
  server.openWindow();
  const working = Promise.all(phones.map((phone) => work(phone, options)));
  const failed = failures(server, killing, () => finished);
  failed.catch(() => {});
  try {
    await Promise.race([working, failed]);
  } catch (error) {
    context.halt.abort();
    await working.catch(() => {});
    throw error;
  } finally {
    finished = true;
    clearInterval(ticker);
  }
  await killing;
  return {
    syncMs: performance.now() - started,
    inFlightAtKills,
    peakRssSyncing: server.closeWindow(),
  };
}

function sentRecords(phones: readonly Phone[]) {
  const verifications: { record: VerificationRecord; workerId: string }[] = [];
  const surveys: { record: SurveyResponseRecord; workerId: string }[] = [];
  let left = 0;
  for (const { worker } of phones) {
    const workerId = worker.account.userId;
    for (const entry of worker.outbox) {
      if (entry.status !== 'accepted') left += 1;
      if (entry.capture.kind === 'verification') {
        verifications.push({ record: entry.capture.record, workerId });
      } else {
        surveys.push({ record: entry.capture.record, workerId });
      }
    }
  }
  return { verifications, surveys, left };
}

function repeatedPeople(
  verifications: readonly { record: VerificationRecord; workerId: string }[],
) {
  const workersOf = new Map<string, string[]>();
  for (const { record, workerId } of verifications) {
    const key = `${record.beneficiaryId}|${record.year}`;
    workersOf.set(key, [...(workersOf.get(key) ?? []), workerId]);
  }
  const repeated = [...workersOf.values()].filter((workers) => workers.length > 1);
  return {
    people: repeated.length,
    byTwoWorkers: repeated.filter((workers) => new Set(workers).size > 1).length,
  };
}

async function managerToken(baseUrl: string): Promise<string> {
  const data = await callGraphql<{ login: { data?: { accessToken: string } } }>(
    baseUrl,
    `mutation Login($username: String!, $password: String!) {
       login(username: $username, password: $password) {
         ... on MutationLoginSuccess { data { accessToken } }
       }
     }`,
    { username: 'shache-manager', password: 'jixiao-demo-2020' },
  );
  const token = data.login.data?.accessToken;
  if (!token) throw new Error('the county manager could not log in');
  return token;
}

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const stats = emptyStats();
  const postgres = await createTestPostgres('jixiao_soak');
  let server: ServerSupervisor | null = null;
  try {
    log(`database ${new URL(postgres.url).pathname.slice(1)}; starting the server (migrate, seed)`);
    const logDir = join(SOAK_ROOT, 'artifacts');
    rmSync(join(logDir, 'soak-server.log'), { force: true });
    server = await ServerSupervisor.start({
      databaseUrl: postgres.url,
      name: 'soak-server',
      logDir,
    });
    const database = await openDatabase(postgres.url, { migrate: false });
    try {
      const accounts = await createWorkerAccounts(database, options.workers);
      const deadline = Date.now() + (options.timeoutMs ?? 30 * 60_000);
      const context = { server, stats, options, deadline, halt: new AbortController(), log };
      log(`${accounts.length} workers log in and download their townships' rosters`);
      const { phones, people, template } = await preparePhones(accounts, context);
      const setupMs = performance.now() - started;
      const { syncMs, inFlightAtKills, peakRssSyncing } = await syncWithKills(phones, context);

      log('checking every record and the rollup');
      const sent = sentRecords(phones);
      const expected = expectedFigures({
        verifications: sent.verifications.map((item) => item.record),
        surveys: sent.surveys.map((item) => item.record),
        people,
        template,
      });
      const check = await checkRecords(database.sql, sent, expected);
      const token = await managerToken(server.baseUrl);
      const { rollup } = await callGraphql<{ rollup: RollupFigures }>(
        server.baseUrl,
        ROLLUP_QUERY,
        { code: SOAK_COUNTY, year: SOAK_YEAR },
        { token },
      );
      const rollupMismatches = compareRollup(
        rollup,
        expected,
        await rosterSizes(database.sql, SOAK_COUNTY),
      );
      const { latenciesMs, ...counters } = stats;
      return {
        options: { ...options, log: undefined },
        durationMs: performance.now() - started,
        setupMs,
        syncMs,
        stats: counters,
        sent: {
          verifications: sent.verifications.length,
          surveys: sent.surveys.length,
          total: sent.verifications.length + sent.surveys.length,
        },
        repeats: repeatedPeople(sent.verifications),
        leftInOutboxes: sent.left,
        kills: server.kills,
        inFlightAtKills,
        latency: {
          p50: percentile(latenciesMs, 0.5),
          p99: percentile(latenciesMs, 0.99),
          max: percentile(latenciesMs, 1),
          calls: latenciesMs.length,
        },
        peakServerRssBytes: server.peakRssBytes,
        peakServerRssSyncingBytes: peakRssSyncing,
        check,
        rollupMismatches,
        keptDatabaseUrl: options.keepDatabase ? postgres.url : null,
        serverLog: server.describeLog().split('\n')[0] ?? '',
      };
    } finally {
      await database.close();
    }
  } finally {
    await server?.stop();
    if (!options.keepDatabase) await postgres.drop();
  }
}
