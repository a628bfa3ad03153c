import { liveQuery } from 'dexie';
import { type DependencyList, useEffect, useState } from 'react';

/**
 * The result of an IndexedDB query, kept current: Dexie re-runs the query whenever a table it
 * read changes (in this tab or another). Undefined until the first result.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: DependencyList): T | undefined {
  const [value, setValue] = useState<{ value: T } | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (next) => setValue({ value: next }),
      error: (error: unknown) => console.error('IndexedDB query failed', error),
    });
    return () => subscription.unsubscribe();
    // The caller lists the query's inputs in `deps`, as with useEffect.
  }, deps);
  return value?.value;
}
