import { describe, expect, it } from 'vitest';
import { runSoak } from './run-soak.ts';
import { formatReport } from './soak-report.ts';

/**
 * The short soak of the default test run: 8 field workers × 150 records against the real server
 * on a fresh PostgreSQL database, 10% of the sync calls aborted by the phones, the server
 * SIGKILLed twice and restarted. `pnpm soak` runs the full one (50 × 1,000).
 */
describe('short soak with faults', () => {
  it('loses no record, counts none twice, and the rollup equals what the phones sent', async () => {
    const report = await runSoak({
      workers: 8,
      recordsPerWorker: 150,
      kills: 2,
      batchSize: 100,
      abortRate: 0.1,
      seed: 1105,
      sessionSize: [10, 45],
      sessionPauseMs: 1_500,
      timeoutMs: 120_000,
    });
    console.log(formatReport(report));

    expect(report.kills).toBe(2);
    expect(report.sent.total).toBe(1_200);
    expect(report.leftInOutboxes).toBe(0);
    expect(report.check.lost).toBe(0);
    expect(report.check.duplicatesCounted).toBe(0);
    expect(report.check.wronglyCounted).toBe(0);
    expect(report.check.verificationsStored + report.check.surveysStored).toBe(1_200);
    expect(report.rollupMismatches).toEqual([]);
    expect(report.repeats.byTwoWorkers).toBeGreaterThan(0);
    expect(report.stats.accepted + report.stats.alreadyReceived).toBeGreaterThanOrEqual(1_200);
    expect(report.stats.rejected + report.stats.conflicts).toBe(0);
  }, 180_000);
});
