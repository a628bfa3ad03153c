import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { inBatches, timeBatches } from './batches.ts';

/**
 * The phones of the ingest benchmark, in a child process: building each batch's request and
 * reading its answer is the phone's work, not the server's, so it does not run on the server's
 * event loop (in production it runs on the phones). The child stays up for the whole benchmark
 * (warm, with its connections open, as phones that sync all day); each job sends records in
 * batches from `clients` phones at once and reports the records stored per second, with the
 * request bodies written before the clock starts and the answers checked after it stops.
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

/** Posts a request body; resolves with the answer's text, read once the clock has stopped. */
async function post(job: PhoneJob, body: string): Promise<string> {
  const response = await fetch(`${job.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${job.token}` },
    body,
  });
  return response.text();
}

/** Throws unless the server stored every record of the batch. */
function checkAnswer(text: string): void {
  const result = JSON.parse(text) as {
    data?: { syncVerifications: { status: string }[] };
    errors?: unknown;
  };
  const refused = result.data?.syncVerifications.filter((row) => row.status !== 'ACCEPTED');
  if (!result.data || (refused?.length ?? 0) > 0) {
    throw new Error(`sync refused records: ${text.slice(0, 500)}`);
  }
}

/** Sends the job's records as a phone does; the records stored per second. */
async function syncJob(job: PhoneJob): Promise<number> {
  const bodies = inBatches(job.records).map((records) =>
    JSON.stringify({ query: SYNC, variables: { records } }),
  );
  const answers: string[] = [];
  const seconds = await timeBatches(bodies, job.clients, async (body) => {
    answers.push(await post(job, body));
  });
  for (const answer of answers) checkAnswer(answer);
  return job.records.length / seconds;
}

export interface Phones {
  /** Sends the records; resolves with the records stored per second. */
  sync(job: PhoneJob): Promise<number>;
  close(): void;
}

/** Starts the phones' process. */
export function startPhones(): Phones {
  // The child loads this TypeScript file through tsx, as the benchmark itself runs.
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [], {
    execArgv: ['--import', 'tsx'],
  });
  let failed: Error | null = null;
  child.once('exit', (code) => {
    if (code !== 0) failed = new Error(`the phones' process stopped with code ${code}`);
  });
  return {
    sync(job) {
      if (failed) return Promise.reject(failed);
      return new Promise((resolve, reject) => {
        const onExit = () => reject(failed ?? new Error("the phones' process stopped"));
        child.once('exit', onExit);
        child.once('message', (rate) => {
          child.off('exit', onExit);
          resolve(rate as number);
        });
        child.send(job);
      });
    },
    close() {
      child.disconnect();
    },
  };
}

if (process.send) {
  process.on('message', async (job: PhoneJob) => {
    process.send?.(await syncJob(job));
  });
}
