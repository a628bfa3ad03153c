/** Batches of a sync as the PWA sends them: 200 records at most. */
export const BATCH = 200;

/**
 * Sends the batches from `clients` senders at once (each one batch at a time, as a phone does)
 * and returns the records sent per second.
 */
export async function concurrently<T>(
  items: readonly T[],
  clients: number,
  sendBatch: (batch: T[]) => Promise<void>,
): Promise<number> {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH) {
    batches.push(items.slice(start, start + BATCH));
  }
  let next = 0;
  const client = async () => {
    while (next < batches.length) {
      const batch = batches[next++] as T[];
      await sendBatch(batch);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  return items.length / ((performance.now() - started) / 1000);
}
