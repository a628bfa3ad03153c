/** Batches of a sync as the PWA sends them: 200 records at most. */
export const BATCH = 200;

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
