import { useState } from 'react';
import {
  VERIFICATION_CONFLICTS_QUERY,
  type VerificationSummary,
} from '../api/dashboard-documents.ts';
import { formatDateTime } from '../ui/labels.ts';
import { OUTCOME_LABELS } from './dashboard-labels.ts';
import { QueryStatus } from './query-status.tsx';
import { TableScroll } from './table-scroll.tsx';
import { useApiQuery } from './use-api-query.ts';

const PAGE_SIZE = 50;

export interface VerificationConflictsProps {
  countyCode: string;
  year: number;
  /** Township names by code, where known. */
  townshipNames: ReadonlyMap<string, string>;
  onLogin: () => void;
}

/**
 * 重复核实 — people verified more than once in the year: the verification that counts (the
 * latest capture) and the others, kept as history.
 */
export function VerificationConflicts({
  countyCode,
  year,
  townshipNames,
  onLogin,
}: VerificationConflictsProps) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length - 1;
  const query = useApiQuery(VERIFICATION_CONFLICTS_QUERY, {
    countyCode,
    year,
    first: PAGE_SIZE,
    after: cursors[page] ?? null,
  });
  // A page is shown only once it has arrived (not the previous page under the new caption).
  const data = query.state.status === 'ready' ? query.state.data : null;
  const conflicts = data?.verificationConflicts.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.verificationConflicts.pageInfo;
  const caption = `${year} 年度重复核实的人员（第 ${page + 1} 页）`;

  return (
    <>
      <p className="hint">
        同一人在同一年度有多条核实记录时，计入最新采集的一条，其余保留为历史记录。
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
                    </td>
                    <td>
                      <ul className="plain-list">
                        {conflict.others.map((other) => (
                          <li key={other.id}>
                            <SummaryText summary={other} />
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {page === 0 && pageInfo?.hasNextPage !== true ? null : (
        <div className="button-row pager">
          <button
            type="button"
            className="button secondary"
            disabled={page === 0}
            onClick={() => setCursors((list) => list.slice(0, -1))}
          >
            上一页
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={pageInfo?.hasNextPage !== true || query.state.status !== 'ready'}
            onClick={() => setCursors((list) => [...list, pageInfo?.endCursor ?? null])}
          >
            下一页
          </button>
        </div>
      )}
    </>
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
