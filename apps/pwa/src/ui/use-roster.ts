import { useEffect, useState } from 'react';
import type { RosterRow } from '../offline/local-database.ts';
import { loadRoster } from '../offline/roster-download.ts';
import { useServices } from './services-context.ts';
import { useLiveQuery } from './use-live-query.ts';

/**
 * A township's roster held in memory for searching, read from IndexedDB once and again
 * after each completed download (not after every page of one).
 */
export function useRoster(townshipCode: string | null): RosterRow[] | undefined {
  const { db } = useServices();
  const [people, setPeople] = useState<RosterRow[] | undefined>(undefined);
  const version = useLiveQuery(
    async () =>
      townshipCode === null ? null : ((await db.rosterVersions.get(townshipCode)) ?? null),
    [db, townshipCode],
  );
  const downloadedAt = version?.downloadedAt ?? null;
  useEffect(() => {
    if (townshipCode === null) {
      setPeople([]);
      return;
    }
    let current = true;
    void loadRoster(db, townshipCode).then((rows) => {
      if (current) setPeople(rows);
    });
    return () => {
      current = false;
    };
    // `downloadedAt` is not read inside: it changes after each download, which reloads.
  }, [db, townshipCode, downloadedAt]);
  return people;
}
