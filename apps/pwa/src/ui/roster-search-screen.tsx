import type { SessionRow } from '../offline/local-database.ts';
import { captureYearOf } from './capture-year.ts';
import type { Screen } from './navigation.ts';
import { RosterPicker } from './roster-picker.tsx';
import { ScreenHeader } from './screen-header.tsx';
import { useServices } from './services-context.ts';
import { useLiveQuery } from './use-live-query.ts';
import { useRoster } from './use-roster.ts';

export interface RosterSearchScreenProps {
  session: SessionRow;
  onNavigate: (screen: Screen) => void;
  onBack: () => void;
}

/** 选择核实对象 — find the person to verify in the township's roster (the picked village first). */
export function RosterSearchScreen({ session, onNavigate, onBack }: RosterSearchScreenProps) {
  const { db } = useServices();
  const townshipCode = session.townshipCode ?? session.viewer?.townshipCodes[0] ?? null;
  const people = useRoster(townshipCode);
  const villages = useLiveQuery(
    () =>
      db.divisions
        .where('parentCode')
        .equals(townshipCode ?? '')
        .toArray(),
    [db, townshipCode],
  );
  const year = captureYearOf(session.viewer);
  const verifiedIds = useLiveQuery(async () => {
    const ids = new Set<string>();
    await db.outbox.each((entry) => {
      if (entry.kind === 'verification' && entry.record.year === year) {
        ids.add(entry.record.beneficiaryId);
      }
    });
    return ids;
  }, [db, year]);
  const villageNames = new Map((villages ?? []).map((village) => [village.code, village.name]));
  const villageCode = session.villageCode;
  const inVillage =
    people === undefined || villageCode === null
      ? people
      : people.filter((person) => person.villageCode === villageCode);
  const place = villageCode === null ? '全乡镇' : (villageNames.get(villageCode) ?? villageCode);

  return (
    <>
      <ScreenHeader
        title="核实待遇领取人员"
        onBack={onBack}
        onOpenOutbox={() => onNavigate({ name: 'outbox' })}
      />
      <main className="screen">
        <p className="hint">范围：{place}（在首页可改选村）</p>
        {inVillage === undefined || townshipCode === null ? (
          <p role="status">正在读取花名册…</p>
        ) : (
          <RosterPicker
            people={inVillage}
            villageNames={villageNames}
            verifiedIds={verifiedIds}
            label="查找要核实的人员"
            onPick={(person) => onNavigate({ name: 'verify', townshipCode, personId: person.id })}
          />
        )}
      </main>
    </>
  );
}
