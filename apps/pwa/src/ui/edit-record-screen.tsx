import { useEffect, useState } from 'react';
import type { OutboxEntry, SessionRow } from '../offline/local-database.ts';
import { NOT_EDITABLE_ACCEPTED, NOT_EDITABLE_WAITING } from '../sync/outbox.ts';
import { useServices } from './services-context.ts';
import { SurveyScreen } from './survey-screen.tsx';
import { VerificationScreen } from './verification-screen.tsx';

export interface EditRecordScreenProps {
  entryId: string;
  session: SessionRow;
  onSaved: (entry: OutboxEntry) => void;
  onBack: () => void;
}

/**
 * 修改被退回的记录 — opens the form of a rejected record with the server's reasons. The record
 * is read once: after the correction it is 'pending' again, which this screen would refuse.
 */
export function EditRecordScreen({ entryId, session, onSaved, onBack }: EditRecordScreenProps) {
  const { db } = useServices();
  const [entry, setEntry] = useState<OutboxEntry | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void db.outbox.get(entryId).then((found) => {
      if (current) setEntry(found ?? null);
    });
    return () => {
      current = false;
    };
  }, [db, entryId]);

  if (entry === undefined) return <p role="status">正在读取…</p>;
  if (entry === null || entry.status !== 'rejected') {
    return (
      <main className="screen">
        <p className="banner error" role="alert">
          {entry?.status === 'accepted' ? NOT_EDITABLE_ACCEPTED : NOT_EDITABLE_WAITING}
        </p>
        <button type="button" className="button secondary" onClick={onBack}>
          返回
        </button>
      </main>
    );
  }
  if (entry.kind === 'verification') {
    return <VerificationScreen editing={entry} onSaved={onSaved} onBack={onBack} />;
  }
  return <SurveyScreen session={session} editing={entry} onSaved={onSaved} onBack={onBack} />;
}
