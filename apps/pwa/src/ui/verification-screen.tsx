import type { OutboxEntry, RosterRow, VerificationEntry } from '../offline/local-database.ts';
import { ScreenHeader } from './screen-header.tsx';
import { useServices } from './services-context.ts';
import { useLiveQuery } from './use-live-query.ts';
import { type Beneficiary, VerificationForm } from './verification-form.tsx';

export interface VerificationScreenProps {
  /** The roster person to verify (a new record)… */
  person?: { townshipCode: string; personId: string };
  /** …or the rejected record to correct. */
  editing?: VerificationEntry;
  /** The year a new record is captured for (the county's evaluation year). */
  captureYear?: number;
  onSaved: (entry: OutboxEntry) => void;
  onBack: () => void;
}

function beneficiaryOf(row: RosterRow, villageName: string | null): Beneficiary {
  return {
    id: row.id,
    name: row.name,
    idNumber: row.idNumber,
    masked: row.masked,
    scheme: row.scheme,
    status: row.status,
    villageName,
    monthlyAmountDue: row.monthlyAmountDue,
    townshipCode: row.townshipCode,
  };
}

/** 核实 — the verification form for a roster person, or for a rejected record. */
export function VerificationScreen({
  person,
  editing,
  captureYear,
  onSaved,
  onBack,
}: VerificationScreenProps) {
  const { db } = useServices();
  const found = useLiveQuery(async () => {
    const row =
      person !== undefined
        ? await db.roster.get([person.townshipCode, person.personId])
        : await db.roster
            .where('id')
            .equals(editing?.record.beneficiaryId ?? '')
            .first();
    const villageCode = row?.villageCode ?? null;
    const village = villageCode === null ? undefined : await db.divisions.get(villageCode);
    return { row: row ?? null, villageName: village?.name ?? null };
  }, [db, person?.townshipCode, person?.personId, editing?.record.beneficiaryId]);

  let beneficiary: Beneficiary | null = null;
  if (found?.row != null) beneficiary = beneficiaryOf(found.row, found.villageName);
  else if (found !== undefined && editing !== undefined) {
    // The person left the roster since: the record still says who it was about.
    beneficiary = {
      id: editing.record.beneficiaryId,
      name: editing.subject,
      idNumber: editing.record.idNumber,
      masked: false,
      scheme: null,
      status: null,
      villageName: null,
      monthlyAmountDue: '',
      townshipCode: editing.townshipCode,
    };
  }

  return (
    <>
      <ScreenHeader
        title={editing === undefined ? '待遇领取资格核实' : '修改被退回的核实记录'}
        onBack={onBack}
      />
      <main className="screen">
        {found === undefined ? <p role="status">正在读取…</p> : null}
        {found !== undefined && beneficiary === null ? (
          <p className="banner error" role="alert">
            花名册中找不到此人，请返回重新查找。
          </p>
        ) : null}
        {beneficiary === null ? null : (
          <VerificationForm
            beneficiary={beneficiary}
            editing={editing}
            {...(captureYear === undefined ? {} : { captureYear })}
            onSaved={onSaved}
            onCancel={onBack}
          />
        )}
      </main>
    </>
  );
}
