import { useSyncExternalStore } from 'react';
import type { SyncState } from '../sync/sync-scheduler.ts';
import { useServices } from './services-context.ts';

/** The sync scheduler's state: running, progress, last report. */
export function useSyncState(): SyncState {
  const { sync } = useServices();
  return useSyncExternalStore(sync.subscribe, sync.getState, sync.getState);
}
