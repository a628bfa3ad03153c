import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { concurrently } from './batches.ts';

/**
 * The phones of the ingest benchmark, in a child process: building each batch's request and
 * reading its answer is the phone's work, not the server's, so it does not run on the server's
 * event loop (in production it runs on the phones). The child sends the records in batches from
 * `clients` phones at once and reports the records stored per second.
 */
interface PhoneJob {
  url: string;
  token: string;
  records: Record<string, unknown>[];
  clients: number;
}

const SYNC = `mutation Sync($records: [JSON!]!) {
  syncVerifications(records: $records) { status }
}`;

async function sendBatch(job: PhoneJob, records: Record<string, unknown>[]): Promise<void> {
  const response = await fetch(`${job.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${job.token}` },
    body: JSON.stringify({ query: SYNC, variables: { records } }),
  });
  const result = (await response.json()) as {
    data?: { syncVerifications: { status: string }[] };
    errors?: unknown;
  };
  const refused = result.data?.syncVerifications.filter((row) => row.status !== 'ACCEPTED');
  if (!result.data || (refused?.length ?? 0) > 0) {
    throw new Error(`sync refused records: ${JSON.stringify(result).slice(0, 500)}`);
  }
}

/** Runs the phones in a child process; resolves with the records stored per second. */
export function syncFromPhones(job: PhoneJob): Promise<number> {
  return new Promise((resolve, reject) => {
    // The child loads this TypeScript file through tsx, as the benchmark itself runs.
    const child = fork(fileURLToPath(import.meta.url), [], { execArgv: ['--import', 'tsx'] });
    child.once('message', (rate) => resolve(rate as number));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the phones' process stopped with code ${code}`));
    });
    child.send(job);
  });
}

if (process.send) {
  process.once('message', async (job: PhoneJob) => {
    const rate = await concurrently(job.records, job.clients, (batch) => sendBatch(job, batch));
    process.send?.(rate, () => process.exit(0));
  });
}
