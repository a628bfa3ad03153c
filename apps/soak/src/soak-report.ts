import type { SoakReport } from './run-soak.ts';

/**
 * The soak's figures as `pnpm soak` prints them (no personal data: counts, record ids at most),
 * and whether they pass: nothing lost, nothing counted twice, every count right, every record
 * out of the outboxes, and the server killed as often as asked.
 */
const number = (value: number) => value.toLocaleString('en-US');
const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : `${Math.round(value)} ms`);
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;

export function soakProblems(report: SoakReport): string[] {
  const problems: string[] = [];
  const { check } = report;
  if (check.lost > 0) problems.push(`${check.lost} records lost (${check.altered} altered)`);
  if (check.duplicatesCounted > 0) problems.push(`${check.duplicatesCounted} duplicates counted`);
  if (check.wronglyCounted > 0) {
    problems.push(`${check.wronglyCounted} people-years counted from the wrong verification`);
  }
  if (report.leftInOutboxes > 0) problems.push(`${report.leftInOutboxes} records left in outboxes`);
  if (report.rollupMismatches.length > 0) {
    problems.push(`${report.rollupMismatches.length} rollup figures differ from the expected`);
  }
  if (report.kills < report.options.kills) {
    problems.push(`the server was killed ${report.kills} times, not ${report.options.kills}`);
  }
  return problems;
}

export function formatReport(report: SoakReport): string {
  const { stats, check, latency, options } = report;
  const mib = (bytes: number | null) =>
    bytes === null ? 'n/a' : `${Math.round(bytes / 2 ** 20)} MiB`;
  const lines = [
    `Soak: ${options.workers} field workers × ${number(options.recordsPerWorker)} records, ` +
      `batches of ≤ ${options.batchSize}, ${Math.round(options.abortRate * 100)}% of calls aborted, ` +
      `seed ${options.seed}`,
    `  records sent                  ${number(report.sent.total)} ` +
      `(${number(report.sent.verifications)} verifications, ${number(report.sent.surveys)} surveys)`,
    `  verified more than once       ${number(report.repeats.people)} people ` +
      `(${number(report.repeats.byTwoWorkers)} by two workers); the latest capture counts`,
    `  accepted                      ${number(stats.accepted)}`,
    `  duplicates avoided            ${number(stats.alreadyReceived)} (ALREADY_RECEIVED answers to resent records)`,
    `  records lost                  ${number(check.lost)} (altered ${check.altered})`,
    `  duplicates counted            ${number(check.duplicatesCounted)}`,
    `  wrongly counted people-years  ${number(check.wronglyCounted)}`,
    `  rollup figures off            ${number(report.rollupMismatches.length)}`,
    `  left in outboxes              ${number(report.leftInOutboxes)}`,
    `  rejected / conflicts / retry  ${stats.rejected} / ${stats.conflicts} / ${stats.retryLater}`,
    `  server kills (SIGKILL)        ${report.kills} (sync calls in flight: ${report.inFlightAtKills.join(', ') || '-'})`,
    `  sync calls                    ${number(stats.calls)}: ${number(latency.calls)} answered, ` +
      `${stats.abortedCalls} aborted by the phone, ${stats.noAnswerCalls} without answer, ` +
      `${stats.troubledCalls} server errors; ${number(stats.recordsTransmitted)} records transmitted`,
    `  logins                        ${stats.logins} (${stats.loginRequired} after UNAUTHENTICATED)`,
    `  batch latency                 p50 ${ms(latency.p50)}, p99 ${ms(latency.p99)}, max ${ms(latency.max)}`,
    `  peak server memory (RSS)      ${mib(report.peakServerRssSyncingBytes)} while syncing, ` +
      `${mib(report.peakServerRssBytes)} overall (demo seeding included)`,
    `  stored                        ${number(check.verificationsStored)} verifications, ${number(check.surveysStored)} survey responses`,
    `  duration                      ${seconds(report.durationMs)} (set-up ${seconds(report.setupMs)}, sync ${seconds(report.syncMs)})`,
  ];
  for (const sample of check.samples) lines.push(`  ! ${sample}`);
  for (const refusal of stats.refusals) lines.push(`  ! refused: ${refusal}`);
  for (const mismatch of report.rollupMismatches.slice(0, 10)) lines.push(`  ! ${mismatch}`);
  if (report.keptDatabaseUrl) lines.push(`  database kept: ${report.keptDatabaseUrl}`);
  lines.push(`  ${report.serverLog}`);
  return lines.join('\n');
}
