// `pnpm bench`: ingest throughput and county-rollup latency on PostgreSQL and on PGlite, each
// next to the raw SQL doing the same work in the same database, with the ratios the issue sets
// (ingest ≥ 0.5× raw; rollup ≤ 2× raw and < 200 ms on PostgreSQL). Prints figures; asserts
// nothing (a benchmark is not a test).
import { DEMO_DIVISIONS } from '@jixiao/demo-data';
import { hashPassword } from '../src/auth/passwords.ts';
import { startTestServer, type TestServer } from '../src/testing/test-server.ts';
import { BATCH, inBatches, timeBatches } from './batches.ts';
import {
  BENCH_DEVICE,
  fillSurveys,
  fillVerifications,
  type RosterPerson,
  residentRoster,
  verificationRecord,
} from './field-load.ts';
import { startPhones } from './phones.ts';
import { ROLLUP_BASELINE_SQL, ROLLUP_QUERY } from './rollup-baseline.ts';

const COUNTY = '653125';
const INGEST_RECORDS = Number(process.env.BENCH_INGEST ?? 20_000);
/** Records each path ingests untimed before its timed run. */
const WARM_UP = 2_000;
/** Phones syncing at once in the concurrent runs (BENCH_CLIENTS). */
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 4);
const ROLLUP_RUNS = 20;
/**
 * Rounds of each ingest comparison. The machine's speed drifts (a shared VM): each round runs
 * both paths on records of their own, in turns (API first in even rounds, raw first in odd
 * ones), and the ratio reported is the median of the rounds' ratios.
 */
const ROUNDS = 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  if (Number.isInteger(middle)) {
    return ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
  }
  return sorted[Math.floor(middle)] ?? Number.NaN;
}

async function benchWorker(server: TestServer): Promise<{ token: string; id: string }> {
  const townships = DEMO_DIVISIONS.filter(
    (division) => division.level === 'township' && division.parentCode === COUNTY,
  );
  const user = await server.running.database.prisma.user.create({
    data: {
      username: 'bench-worker',
      displayName: '基准测试外勤',
      role: 'FIELD_WORKER',
      scopeCode: COUNTY,
      passwordHash: await hashPassword('jixiao-demo-2020'),
      townships: { create: townships.map((township) => ({ townshipCode: township.code })) },
    },
  });
  return { token: await server.login('bench-worker'), id: user.id };
}

const RAW_COLUMNS = `(id, "countyCode", "townshipCode", "beneficiaryId", scheme, year, "identityConfirmed",
  "identityMethod", alive, eligible, outcome, "amountReceived", "amountDue", "paymentCorrect",
  "ineligiblePayment", counted, "capturedAt", "deviceId", "workerId", fingerprint)`;

type Person = RosterPerson;

/** The same rows as one multi-row INSERT per batch, straight into the same table. */
async function ingestRaw(server: TestServer, workerId: string, people: Person[], clients: number) {
  const { sql } = server.running.database;
  const statements = inBatches(people).map((batch) => {
    const params: unknown[] = [];
    const rows = batch.map((person) => {
      const at = (value: unknown) => {
        params.push(value);
        return `$${params.length}`;
      };
      return `(gen_random_uuid(), '${COUNTY}', ${at(person.townshipCode)}, ${at(person.id)},
        'RESIDENT_PENSION', 2020, true, 'homeVisit', true, true, 'ALIVE_ELIGIBLE',
        ${at(person.monthlyAmountDue)}::numeric, ${at(person.monthlyAmountDue)}::numeric, true, 0,
        false, now(), 'raw', '${workerId}'::uuid, 'raw')`;
    });
    return { text: `INSERT INTO "Verification" ${RAW_COLUMNS} VALUES ${rows.join(',')}`, params };
  });
  const seconds = await timeBatches(statements, clients, async ({ text, params }) => {
    await sql.query(text, params);
  });
  return people.length / seconds;
}

/** Deletes what the rounds stored through either path, and vacuums the two tables. */
async function clearIngested(server: TestServer) {
  const { sql } = server.running.database;
  await sql.exec(`
    DELETE FROM "CountedVerification" WHERE "verificationId" IN (
      SELECT id FROM "Verification" WHERE "deviceId" IN ('${BENCH_DEVICE}', 'raw'));
    DELETE FROM "Verification" WHERE "deviceId" IN ('${BENCH_DEVICE}', 'raw')`);
  await sql.exec('VACUUM "Verification", "CountedVerification"');
}

async function timeRollups(server: TestServer, token: string) {
  const api: number[] = [];
  const raw: number[] = [];
  const run = async () => {
    let started = performance.now();
    const result = await server.graphql(ROLLUP_QUERY, { code: COUNTY, year: 2020 }, token);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    api.push(performance.now() - started);
    started = performance.now();
    await server.running.database.sql.query(ROLLUP_BASELINE_SQL, [COUNTY, 2020]);
    raw.push(performance.now() - started);
  };
  for (let i = 0; i < 3; i++) await run();
  api.length = 0;
  raw.length = 0;
  for (let i = 0; i < ROLLUP_RUNS; i++) await run();
  return { api: median(api), raw: median(raw) };
}

async function benchEngine(engine: 'postgresql' | 'pglite') {
  const seeding = performance.now();
  const server = await startTestServer({ engine, rosterLimit: 1_000_000 });
  const seeded = (performance.now() - seeding) / 1000;
  const phones = startPhones();
  try {
    const worker = await benchWorker(server);
    const manager = await server.login('shache-manager');
    const roster = await residentRoster(server.running.database, COUNTY);
    // Warm-up first (JIT, connection pools, plan caches), then ROUNDS rounds of each path with
    // one phone syncing and ROUNDS with CLIENTS phones at a time. A round gives each path people
    // of its own and then deletes what both stored (and vacuums, untimed), so that every round
    // starts from the same tables and people can be used again.
    const size = Math.floor(INGEST_RECORDS / ROUNDS);
    if (2 * Math.max(size, WARM_UP) > roster.length) {
      throw new Error(`BENCH_INGEST=${INGEST_RECORDS} leaves rounds larger than the roster`);
    }
    let offset = 0;
    const take = (count: number) => {
      if (offset + count > roster.length) offset = 0;
      offset += count;
      return roster.slice(offset - count, offset);
    };
    const records = (people: Person[]) =>
      people.map((person, index) => verificationRecord(person, index));
    const api = (people: Person[], clients: number) =>
      phones.sync({ url: server.url, token: worker.token, records: records(people), clients });
    await api(take(WARM_UP), 1);
    await ingestRaw(server, worker.id, take(WARM_UP), 1);
    await clearIngested(server);
    const ingest = [];
    for (const clients of [1, CLIENTS]) {
      const rounds: { api: number; raw: number }[] = [];
      // The server's process (this one: the phones run in their own) CPU while the API path runs.
      let serverCpu = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const runApi = async () => {
          const before = process.cpuUsage();
          const rate = await api(take(size), clients);
          const used = process.cpuUsage(before);
          serverCpu += (used.user + used.system) / 1000;
          return rate;
        };
        const runRaw = () => ingestRaw(server, worker.id, take(size), clients);
        if (round % 2 === 0) {
          const apiRate = await runApi();
          rounds.push({ api: apiRate, raw: await runRaw() });
        } else {
          const rawRate = await runRaw();
          rounds.push({ api: await runApi(), raw: rawRate });
        }
        await clearIngested(server);
      }
      // Records per second over all rounds (total records / total time), and the median ratio.
      const overall = (rates: number[]) =>
        (size * rates.length) / rates.reduce((time, rate) => time + size / rate, 0);
      ingest.push({
        clients,
        api: overall(rounds.map((r) => r.api)),
        raw: overall(rounds.map((r) => r.raw)),
        ratio: median(rounds.map((r) => r.api / r.raw)),
        ratios: rounds.map((r) => r.api / r.raw),
        serverCpuPerBatch: serverCpu / ((ROUNDS * size) / BATCH),
      });
    }
    await fillVerifications(server.running.database, COUNTY, worker.id);
    await fillSurveys(server.running.database, COUNTY, worker.id, 5_000);
    await server.running.database.sql.exec('ANALYZE');
    const rollup = await timeRollups(server, manager);
    return { engine, seeded, roster: roster.length, ingest, rollup };
  } finally {
    phones.close();
    await server.close();
  }
}

const rows = [];
// BENCH_ENGINES=postgresql (or pglite) runs one engine only.
const engines = (process.env.BENCH_ENGINES ?? 'postgresql,pglite')
  .split(',')
  .filter((name): name is 'postgresql' | 'pglite' => name === 'postgresql' || name === 'pglite');
for (const engine of engines) rows.push(await benchEngine(engine));
console.log(
  `\nJixiao benchmark — 莎车县 scale, ${INGEST_RECORDS} verifications ingested, batches of ${BATCH}`,
);
console.log(
  'engine      phones  seed(s)  ingest API/s  raw INSERT/s  ratio   rollup API ms  raw SQL ms  ratio',
);
for (const row of rows) {
  for (const [position, ingest] of row.ingest.entries()) {
    const first = position === 0;
    console.log(
      [
        (first ? row.engine : '').padEnd(10),
        String(ingest.clients).padStart(7),
        (first ? row.seeded.toFixed(1) : '').padStart(8),
        ingest.api.toFixed(0).padStart(13),
        ingest.raw.toFixed(0).padStart(13),
        `${ingest.ratio.toFixed(2)}×`.padStart(6),
        (first ? row.rollup.api.toFixed(1) : '').padStart(14),
        (first ? row.rollup.raw.toFixed(1) : '').padStart(11),
        (first ? `${(row.rollup.api / row.rollup.raw).toFixed(2)}×` : '').padStart(6),
      ].join(' '),
    );
  }
}
console.log(
  `ingest: records per second over ${ROUNDS} rounds of ${Math.floor(INGEST_RECORDS / ROUNDS)} ` +
    'records per path, in turns; ratio = median of the rounds (each round: ' +
    rows
      .flatMap((row) =>
        row.ingest.map(
          (ingest) =>
            `${row.engine} ${ingest.clients}: ${ingest.ratios.map((ratio) => ratio.toFixed(2)).join(' ')}`,
        ),
      )
      .join('; ') +
    ')',
);
console.log(
  'server CPU per API batch (ms, all its threads; the phones aside): ' +
    rows
      .flatMap((row) =>
        row.ingest.map(
          (ingest) => `${row.engine} ${ingest.clients}: ${ingest.serverCpuPerBatch.toFixed(1)}`,
        ),
      )
      .join('; ') +
    ' — with several phones one Node process is the limit on a 2-core machine',
);
console.log('targets: ingest ≥ 0.50× raw; rollup ≤ 2.00× raw and < 200 ms on PostgreSQL');
