/**
 * Runs `task` while holding the named lock: across the app's tabs with the Web Locks API
 * where the browser has it, else within this page only (tests, old browsers).
 */

const localQueues = new Map<string, Promise<unknown>>();

export function withExclusiveLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks !== undefined) return locks.request(name, task);
  const previous = localQueues.get(name) ?? Promise.resolve();
  const run = previous.then(task, task);
  const settled = run.catch(() => undefined);
  localQueues.set(name, settled);
  void settled.then(() => {
    if (localQueues.get(name) === settled) localQueues.delete(name);
  });
  return run;
}
