import { useState } from 'react';
import { errorMessage } from '../api/api-errors.ts';
import {
  LOCK_YEAR_MUTATION,
  UNLOCK_YEAR_MUTATION,
  type YearLockStatus,
} from '../api/dashboard-documents.ts';
import { formatDateTime } from '../ui/labels.ts';
import { useServices } from '../ui/services-context.ts';

type LockState =
  | { status: 'unknown' }
  | { status: 'working' }
  | { status: 'known'; lock: YearLockStatus }
  | { status: 'failed'; message: string };

/**
 * 年度锁定 — the county manager closes a year (records synced later are kept and flagged but not
 * counted) or reopens it. The API has no query for the lock, so the state is known only after
 * an action here.
 */
export function YearLockPanel({ countyCode, year }: { countyCode: string; year: number }) {
  const { session } = useServices();
  const [state, setState] = useState<LockState>({ status: 'unknown' });
  const shown = state.status === 'known' && state.lock.year === year ? state.lock : null;

  async function change(lock: boolean) {
    const question = lock
      ? `锁定 ${year} 年度后，之后同步的记录会保留但不计入汇总和评分。确定锁定吗？`
      : `解锁 ${year} 年度后，汇总和评分将重新计入新同步的记录。确定解锁吗？`;
    if (!window.confirm(question)) return;
    setState({ status: 'working' });
    try {
      const variables = { countyCode, year };
      const result = lock
        ? (await session.mutate(LOCK_YEAR_MUTATION, variables)).lockYear
        : (await session.mutate(UNLOCK_YEAR_MUTATION, variables)).unlockYear;
      if ('data' in result) setState({ status: 'known', lock: result.data });
      else setState({ status: 'failed', message: result.message });
    } catch (error) {
      setState({ status: 'failed', message: errorMessage(error) });
    }
  }

  return (
    <section className="card year-lock" aria-labelledby="year-lock-title">
      <h2 id="year-lock-title">年度锁定</h2>
      {shown === null ? (
        <p className="hint">锁定后同步的记录保留但不计入 {year} 年度的汇总和评分。</p>
      ) : (
        <p role="status">
          {shown.locked
            ? `${shown.year} 年度已锁定${lockedAt(shown)}。`
            : `${shown.year} 年度未锁定。`}
        </p>
      )}
      {state.status === 'failed' ? (
        <p className="banner error" role="alert">
          {state.message}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button secondary"
          disabled={state.status === 'working'}
          onClick={() => void change(true)}
        >
          锁定 {year} 年度
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={state.status === 'working'}
          onClick={() => void change(false)}
        >
          解锁 {year} 年度
        </button>
      </div>
    </section>
  );
}

function lockedAt(lock: YearLockStatus): string {
  return lock.lockedAt === null ? '' : `（${formatDateTime(lock.lockedAt)}）`;
}
