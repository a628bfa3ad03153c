// `pnpm soak`: the full soak of the issue (50 field workers × 1,000 records, the server on
// PostgreSQL SIGKILLed three times), then the figures. Exits 1 when a record was lost or counted
// twice, a rollup figure is off or a record never left its outbox. SOAK_* variables (env.ts)
// change the size.
import { readSoakEnv } from './env.ts';
import { runSoak } from './run-soak.ts';
import { formatReport, soakProblems } from './soak-report.ts';

const env = readSoakEnv();
const report = await runSoak({
  workers: env.SOAK_WORKERS,
  recordsPerWorker: env.SOAK_RECORDS_PER_WORKER,
  kills: env.SOAK_KILLS,
  batchSize: env.SOAK_BATCH_SIZE,
  abortRate: env.SOAK_ABORT_PERCENT / 100,
  seed: env.SOAK_SEED,
  keepDatabase: env.SOAK_KEEP_DATABASE,
  log: (line) => console.log(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}`),
});
console.log(`\n${formatReport(report)}`);
const problems = soakProblems(report);
if (problems.length > 0) {
  console.error(`\nSOAK FAILED: ${problems.join('; ')}`);
  process.exit(1);
}
console.log('\nSOAK PASSED');
