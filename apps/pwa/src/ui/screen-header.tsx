import { countWaiting } from '../sync/outbox.ts';
import { useServices } from './services-context.ts';
import { useLiveQuery } from './use-live-query.ts';
import { useOnlineStatus } from './use-online-status.ts';

export interface ScreenHeaderProps {
  title: string;
  /** Shows a back button. */
  onBack?: () => void;
  /** Opens the outbox from the badge; without it the badge is not a button. */
  onOpenOutbox?: () => void;
}

/** The bar on top of every screen: back, title, offline state and the waiting-records badge. */
export function ScreenHeader({ title, onBack, onOpenOutbox }: ScreenHeaderProps) {
  const { db } = useServices();
  const online = useOnlineStatus();
  const waiting = useLiveQuery(() => countWaiting(db), [db]) ?? 0;
  const badgeLabel = `待同步记录 ${waiting} 条`;
  return (
    <header className="screen-header">
      {onBack === undefined ? null : (
        <button type="button" className="header-button back" onClick={onBack} aria-label="返回">
          <span aria-hidden="true">‹</span>
        </button>
      )}
      <h1>{title}</h1>
      {/* Offline is worth saying; online is the quiet default. */}
      {online ? null : <span className="network offline">离线</span>}
      {onOpenOutbox === undefined ? (
        <span className="badge" role="status" aria-label={badgeLabel}>
          {waiting}
        </span>
      ) : (
        // The name is the visible text with the words a sighted user does not need: 待同步记录
        // N 条 (axe label-content-name-mismatch: a name must contain the visible text).
        <button type="button" className="header-button badge-button" onClick={onOpenOutbox}>
          待同步<span className="visually-hidden">记录</span>{' '}
          <span className="badge">{waiting}</span>
          <span className="visually-hidden"> 条</span>
        </button>
      )}
    </header>
  );
}
