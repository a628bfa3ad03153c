import { useState } from 'react';

/** What a Relay connection says about the page it returned. */
export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface PageCursors {
  /** The page shown, from 0. */
  page: number;
  /** The `after` cursor of that page (null for the first). */
  after: string | null;
  previous(): void;
  next(endCursor: string | null): void;
}

/** Paging forward and back through a connection: the cursors of the pages seen so far. */
export function usePageCursors(): PageCursors {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length - 1;
  return {
    page,
    after: cursors[page] ?? null,
    previous: () => setCursors((list) => (list.length > 1 ? list.slice(0, -1) : list)),
    next: (endCursor) => setCursors((list) => [...list, endCursor]),
  };
}

/**
 * 上一页 / 下一页 under a paged table; absent when everything fits on the first page. 下一页
 * waits for the page shown to have arrived (`ready`).
 */
export function Pager({
  cursors,
  pageInfo,
  ready,
}: {
  cursors: PageCursors;
  pageInfo: PageInfo | undefined;
  ready: boolean;
}) {
  if (cursors.page === 0 && pageInfo?.hasNextPage !== true) return null;
  return (
    <div className="button-row pager">
      <button
        type="button"
        className="button secondary"
        disabled={cursors.page === 0}
        onClick={cursors.previous}
      >
        上一页
      </button>
      <button
        type="button"
        className="button secondary"
        disabled={pageInfo?.hasNextPage !== true || !ready}
        onClick={() => cursors.next(pageInfo?.endCursor ?? null)}
      >
        下一页
      </button>
    </div>
  );
}
