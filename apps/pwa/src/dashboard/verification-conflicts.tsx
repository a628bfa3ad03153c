import { useRef, useState } from 'react';
import {
  type ConflictResolution,
  VERIFICATION_CONFLICTS_QUERY,
  type VerificationConflict,
  type VerificationSummary,
} from '../api/dashboard-documents.ts';
import { formatDateTime } from '../ui/labels.ts';
import { ConflictResolutionForm } from './conflict-resolution-form.tsx';
import { OUTCOME_LABELS } from './dashboard-labels.ts';
import { Pager, usePageCursors } from './pager.tsx';
import { QueryStatus } from './query-status.tsx';
import { TableScroll } from './table-scroll.tsx';
import { useApiQuery } from './use-api-query.ts';

const PAGE_SIZE = 50;

export interface VerificationConflictsProps {
  countyCode: string;
  year: number;
  /** Township names by code, where known. */
  townshipNames: ReadonlyMap<string, string>;
  /** The county's own manager may choose the counted verification; others only read. */
  canManage: boolean;
  onLogin: () => void;
}

/** Which of a person's other verifications the manager is about to count. */
interface Choosing {
  beneficiaryId: string;
  verificationId: string;
}

/**
 * 重复核实 — people verified more than once in the year: the verification that counts (the
 * latest capture, or the one the county manager chose) and the others, kept as history. The
 * county manager can count another one instead (改为计入此条), after a confirm step.
 */
export function VerificationConflicts({
  countyCode,
  year,
  townshipNames,
  canManage,
  onLogin,
}: VerificationConflictsProps) {
  const [choosing, setChoosing] = useState<Choosing | null>(null);
  // Conflicts as the manager's choices here left them, newer than the page read.
  const [resolved, setResolved] = useState<ReadonlyMap<string, VerificationConflict>>(new Map());
  const [announcement, setAnnouncement] = useState('');
  const announcementRef = useRef<HTMLParagraphElement>(null);
  const cursors = usePageCursors();
  const { page } = cursors;
  const query = useApiQuery(VERIFICATION_CONFLICTS_QUERY, {
    countyCode,
    year,
    first: PAGE_SIZE,
    after: cursors.after,
  });
  // A page is shown only once it has arrived (not the previous page under the new caption).
  const data = query.state.status === 'ready' ? query.state.data : null;
  const conflicts =
    data?.verificationConflicts.edges.map(
      (edge) => resolved.get(edge.node.beneficiaryId) ?? edge.node,
    ) ?? [];
  const pageInfo = data?.verificationConflicts.pageInfo;
  const caption = `${year} 年度重复核实的人员（第 ${page + 1} 页）`;

  function cancel(chosen: Choosing) {
    setChoosing(null);
    // Back to the button that opened the step.
    requestAnimationFrame(() => document.getElementById(chooseButtonId(chosen))?.focus());
  }

  function done(conflict: VerificationConflict, chosen: VerificationSummary) {
    setResolved((before) => new Map(before).set(conflict.beneficiaryId, conflict));
    setChoosing(null);
    const who = conflict.beneficiary?.name ?? conflict.beneficiaryId;
    setAnnouncement(
      `已改为计入${who}于 ${formatDateTime(chosen.capturedAt)} 采集的核实记录` +
        `（${OUTCOME_LABELS[chosen.outcome]}）。`,
    );
    requestAnimationFrame(() => announcementRef.current?.focus());
  }

  return (
    <>
      <p className="hint">
        同一人在同一年度有多条核实记录时，计入最新采集的一条，其余保留为历史记录。
        {canManage
          ? '县级管理员可改为计入其中另一条；此后同步的该人员本年度记录不会改变这一选择。'
          : null}
      </p>
      <p className="edit-saved" role="status" tabIndex={-1} ref={announcementRef}>
        {announcement}
      </p>
      <QueryStatus state={query.state} what="重复核实" onRetry={query.reload} onLogin={onLogin} />
      {data !== null && conflicts.length === 0 && page === 0 ? (
        <p role="status">{year} 年度没有重复核实的人员。</p>
      ) : null}
      {conflicts.length > 0 ? (
        <TableScroll label={caption}>
          <table className="data-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">待遇领取人员</th>
                <th scope="col">乡镇</th>
                <th scope="col">计入的核实</th>
                <th scope="col">其他核实记录</th>
              </tr>
            </thead>
            <tbody>
              {conflicts.map((conflict) => {
                const person = conflict.beneficiary;
                const township = person?.townshipCode ?? conflict.counted?.townshipCode ?? '';
                return (
                  <tr key={conflict.beneficiaryId}>
                    <th scope="row">
                      {person === null ? (
                        <span>已不在花名册（{conflict.beneficiaryId}）</span>
                      ) : (
                        <>
                          {person.name}
                          <span className="id-number"> {person.idNumber}</span>
                        </>
                      )}
                    </th>
                    <td>{townshipNames.get(township) ?? township}</td>
                    <td>
                      {conflict.counted === null ? (
                        <span className="muted">无（均在年度锁定后同步）</span>
                      ) : (
                        <SummaryText summary={conflict.counted} />
                      )}
                      {conflict.resolution === null ? null : (
                        <ResolutionText resolution={conflict.resolution} />
                      )}
                    </td>
                    <td>
                      <ul className="plain-list other-verifications">
                        {conflict.others.map((other) => {
                          const chosen = {
                            beneficiaryId: conflict.beneficiaryId,
                            verificationId: other.id,
                          };
                          const open =
                            choosing?.beneficiaryId === chosen.beneficiaryId &&
                            choosing.verificationId === other.id;
                          return (
                            <li key={other.id}>
                              <SummaryText summary={other} />
                              {canManage && !other.lateForLockedYear && !open ? (
                                <button
                                  type="button"
                                  id={chooseButtonId(chosen)}
                                  className="button secondary small"
                                  aria-label={`改为计入此条：${OUTCOME_LABELS[other.outcome]}，采集于 ${formatDateTime(other.capturedAt)}`}
                                  onClick={() => setChoosing(chosen)}
                                >
                                  改为计入此条
                                </button>
                              ) : null}
                              {open ? (
                                <ConflictResolutionForm
                                  chosen={other}
                                  onResolved={(updated) => done(updated, other)}
                                  onCancel={() => cancel(chosen)}
                                />
                              ) : null}
                            </li>
                          );
                        })}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <Pager cursors={cursors} pageInfo={pageInfo} ready={query.state.status === 'ready'} />
    </>
  );
}

function chooseButtonId({ beneficiaryId, verificationId }: Choosing): string {
  return `choose-${beneficiaryId}-${verificationId}`.replace(/[^\w-]/g, '-');
}

/** 已由县级处理 — when the manager chose, why, and whether newer records arrived since. */
function ResolutionText({ resolution }: { resolution: ConflictResolution }) {
  return (
    <p className="resolution">
      已由县级处理 · {formatDateTime(resolution.resolvedAt)}
      {resolution.note === null ? null : <> · {resolution.note}</>}
      {resolution.newerVerifications > 0 ? (
        <span className="tag warning">处理后又收到 {resolution.newerVerifications} 条</span>
      ) : null}
    </p>
  );
}

function SummaryText({ summary }: { summary: VerificationSummary }) {
  return (
    <span>
      {OUTCOME_LABELS[summary.outcome]} · 采集于 {formatDateTime(summary.capturedAt)}
      {summary.lateForLockedYear ? <span className="tag warning">锁定后同步</span> : null}
    </span>
  );
}
