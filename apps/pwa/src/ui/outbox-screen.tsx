import { useState } from 'react';
import type { OutboxEntry } from '../offline/local-database.ts';
import { listOutbox, resendRecord } from '../sync/outbox.ts';
import {
  formatDateTime,
  OUTBOX_KIND_LABELS,
  OUTBOX_STATUS_LABELS,
  syncReportText,
} from './labels.ts';
import type { Screen } from './navigation.ts';
import { ScreenHeader } from './screen-header.tsx';
import { useServices } from './services-context.ts';
import { useLiveQuery } from './use-live-query.ts';
import { useOnlineStatus } from './use-online-status.ts';
import { useSyncState } from './use-sync-state.ts';

export interface OutboxScreenProps {
  onNavigate: (screen: Screen) => void;
  onBack: () => void;
}

const ACCEPTED_PAGE = 30;

/**
 * 采集记录 — every record on the phone by state: those needing the worker (rejected, with the
 * server's reasons, to correct or resend; conflicts, for the county), those waiting, and the
 * history of accepted ones, which can no longer change.
 */
export function OutboxScreen({ onNavigate, onBack }: OutboxScreenProps) {
  const { db, sync } = useServices();
  const online = useOnlineStatus();
  const syncState = useSyncState();
  const entries = useLiveQuery(() => listOutbox(db), [db]);
  const [acceptedShown, setAcceptedShown] = useState(ACCEPTED_PAGE);

  if (entries === undefined) {
    return (
      <>
        <ScreenHeader title="采集记录" onBack={onBack} />
        <main className="screen">
          <p role="status">正在读取…</p>
        </main>
      </>
    );
  }
  const attention = entries.filter((e) => e.status === 'rejected' || e.status === 'conflict');
  const waiting = entries.filter((e) => e.status === 'pending' || e.status === 'sending');
  const accepted = entries.filter((e) => e.status === 'accepted').reverse();

  return (
    <>
      <ScreenHeader title="采集记录" onBack={onBack} />
      <main className="screen outbox-screen">
        <section className="card" aria-labelledby="outbox-sync-title">
          <h2 id="outbox-sync-title">同步</h2>
          <p>
            等待同步 {waiting.length} 条，需要处理 {attention.length} 条，已接收 {accepted.length}{' '}
            条
          </p>
          {syncState.running ? (
            <p role="status">
              正在同步 {syncState.progress?.sent ?? 0} / {syncState.progress?.total ?? '…'}
            </p>
          ) : syncState.lastReport === null ? null : (
            <p role="status">{syncReportText(syncState.lastReport)}</p>
          )}
          <button
            type="button"
            className="button primary"
            disabled={!online || syncState.running || waiting.length === 0}
            onClick={() => void sync.run()}
          >
            {online ? '立即同步' : '离线中，有网络时自动同步'}
          </button>
        </section>

        <EntryList
          title="需要处理"
          empty="没有被退回或冲突的记录。"
          entries={attention}
          onEdit={(entry) => onNavigate({ name: 'edit', entryId: entry.id })}
          onResend={(entry) => void resendRecord(db, entry.id)}
        />
        <EntryList title="等待同步" empty="没有等待同步的记录。" entries={waiting} />
        <EntryList
          title="已被服务器接收"
          empty="还没有已接收的记录。"
          entries={accepted.slice(0, acceptedShown)}
        />
        {accepted.length > acceptedShown ? (
          <button
            type="button"
            className="button secondary"
            onClick={() => setAcceptedShown(acceptedShown + ACCEPTED_PAGE)}
          >
            显示更多（还有 {accepted.length - acceptedShown} 条）
          </button>
        ) : null}
      </main>
    </>
  );
}

function EntryList(props: {
  title: string;
  empty: string;
  entries: OutboxEntry[];
  onEdit?: (entry: OutboxEntry) => void;
  onResend?: (entry: OutboxEntry) => void;
}) {
  const headingId = `outbox-${props.title}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="list-title">
        {props.title}（{props.entries.length}）
      </h2>
      {props.entries.length === 0 ? <p className="hint">{props.empty}</p> : null}
      <ul className="outbox-list">
        {props.entries.map((entry) => (
          <li key={entry.id} className={`outbox-item ${entry.status}`}>
            <p className="outbox-title">
              <span className="kind">{OUTBOX_KIND_LABELS[entry.kind]}</span> {entry.subject}
            </p>
            <p className="outbox-meta">
              采集于 {formatDateTime(entry.capturedAt)}
              <span className={`status-chip ${entry.status}`}>
                {OUTBOX_STATUS_LABELS[entry.status]}
              </span>
            </p>
            <EntryDetails entry={entry} />
            {entry.status === 'rejected' && props.onEdit !== undefined ? (
              <div className="button-row">
                <button
                  type="button"
                  className="button primary"
                  onClick={() => props.onEdit?.(entry)}
                >
                  修改后重新提交
                </button>
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => props.onResend?.(entry)}
                >
                  原样重新提交
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function EntryDetails({ entry }: { entry: OutboxEntry }) {
  if (entry.status === 'rejected' || entry.status === 'conflict') {
    return (
      <ul className="reasons">
        {entry.errors.map((error) => (
          <li key={`${error.field}:${error.message}`}>{error.message}</li>
        ))}
      </ul>
    );
  }
  if (entry.status === 'accepted') {
    const notes: string[] = [];
    if (entry.confirmedAt !== null) notes.push(`接收于 ${formatDateTime(entry.confirmedAt)}`);
    if (entry.counted === false) notes.push('服务器已接收，但不计入指标统计');
    if (entry.lateForLockedYear === true) notes.push('所属年度已锁定，作为迟报记录保存');
    return notes.length === 0 ? null : <p className="hint">{notes.join('；')}</p>;
  }
  if (entry.lastError !== null) {
    return (
      <p className="hint">
        已尝试 {entry.attempts} 次：{entry.lastError}
      </p>
    );
  }
  return null;
}
