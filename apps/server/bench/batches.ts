import { MAX_SYNC_BATCH } from '../src/services/sync-service.ts';

/**
 * Records per sync call: the most the server takes (200). The PWA sends 100 per call, so that a
 * call finishes on a slow village connection; the server's figures are for full batches.
 */
export const BATCH = MAX_SYNC_BATCH;

/** The items in batches of BATCH, in order. */
export function inBatches<T>(items: readonly T[]): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH) {
    batches.push(items.slice(start, start + BATCH));
  }
  return batches;
}

/**
 * Sends the batches from `clients` senders at once (each one batch at a time, as a phone does)
 * and returns the seconds it took. Each path prepares its batches (request bodies, SQL
 * parameters) before, as a client does before it connects: the clock measures the server and
 * the database, not the client's own work.
 */
export async function timeBatches<B>(
  batches: readonly B[],
  clients: number,
  send: (batch: B) => Promise<void>,
): Promise<number> {
  let next = 0;
  const client = async () => {
    while (next < batches.length) {
      const batch = batches[next++] as B;
      await send(batch);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  return (performance.now() - started) / 1000;
}
