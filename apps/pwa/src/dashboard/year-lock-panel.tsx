import { useState } from 'react';
import { errorMessage } from '../api/api-errors.ts';
import {
  LOCK_YEAR_MUTATION,
  UNLOCK_YEAR_MUTATION,
  YEAR_LOCK_QUERY,
  type YearLockStatus,
} from '../api/dashboard-documents.ts';
import { formatDateTime } from '../ui/labels.ts';
import { useServices } from '../ui/services-context.ts';
import { QueryStatus } from './query-status.tsx';
import { useApiQuery } from './use-api-query.ts';

type ActionState =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'done'; lock: YearLockStatus }
  | { status: 'failed'; message: string };

export interface YearLockPanelProps {
  countyCode: string;
  year: number;
  /** The county's own manager may lock and unlock; anyone else sees the state only. */
  canManage: boolean;
  onLogin: () => void;
}

/**
 * 年度锁定 — whether the county's year is closed (records synced later are kept and flagged but
 * not counted), read when the panel opens; the county manager locks or reopens it here.
 */
export function YearLockPanel({ countyCode, year, canManage, onLogin }: YearLockPanelProps) {
  const { session } = useServices();
  const query = useApiQuery(YEAR_LOCK_QUERY, { countyCode, year });
  const [action, setAction] = useState<ActionState>({ status: 'idle' });
  const answer = query.state.status === 'ready' ? query.state.data.yearLock : null;
  const loaded = answer !== null && 'data' in answer ? answer.data : null;
  // What an action here returned is newer than what was read on opening.
  const shown = action.status === 'done' ? action.lock : loaded;

  async function change(lock: boolean) {
    const question = lock
      ? `锁定 ${year} 年度后，之后同步的记录会保留但不计入汇总和评分。确定锁定吗？`
      : `解锁 ${year} 年度后，汇总和评分将重新计入新同步的记录。确定解锁吗？`;
    if (!window.confirm(question)) return;
    setAction({ status: 'working' });
    try {
      const variables = { countyCode, year };
      const result = lock
        ? (await session.mutate(LOCK_YEAR_MUTATION, variables)).lockYear
        : (await session.mutate(UNLOCK_YEAR_MUTATION, variables)).unlockYear;
      if ('data' in result) setAction({ status: 'done', lock: result.data });
      else setAction({ status: 'failed', message: result.message });
    } catch (error) {
      setAction({ status: 'failed', message: errorMessage(error) });
    }
  }

  const working = action.status === 'working';
  return (
    <section className="card year-lock" aria-labelledby="year-lock-title">
      <h2 id="year-lock-title">年度锁定</h2>
      <p className="hint">锁定后同步的记录保留但不计入 {year} 年度的汇总和评分。</p>
      {shown === null ? (
        <QueryStatus
          state={query.state}
          what="年度锁定状态"
          onRetry={query.reload}
          onLogin={onLogin}
        />
      ) : (
        <p role="status">
          <strong>
            {shown.locked
              ? `${shown.year} 年度已锁定${lockedAt(shown)}。`
              : `${shown.year} 年度未锁定。`}
          </strong>
        </p>
      )}
      {answer !== null && !('data' in answer) ? (
        <p className="banner error" role="alert">
          无法读取年度锁定状态：{answer.message}
        </p>
      ) : null}
      {action.status === 'failed' ? (
        <p className="banner error" role="alert">
          {action.message}
        </p>
      ) : null}
      {canManage ? (
        <div className="button-row">
          {shown?.locked !== true ? (
            <button
              type="button"
              className="button secondary"
              disabled={working || shown === null}
              onClick={() => void change(true)}
            >
              锁定 {year} 年度
            </button>
          ) : null}
          {shown?.locked !== false ? (
            <button
              type="button"
              className="button secondary"
              disabled={working || shown === null}
              onClick={() => void change(false)}
            >
              解锁 {year} 年度
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function lockedAt(lock: YearLockStatus): string {
  return lock.lockedAt === null ? '' : `（${formatDateTime(lock.lockedAt)}）`;
}
