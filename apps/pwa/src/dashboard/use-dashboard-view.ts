import { useCallback, useEffect, useRef, useState } from 'react';
import type { Scheme } from '../api/roster-documents.ts';
import { type ProjectPage, projectPageOf } from './project-page.ts';

/** 看板页面 — what the dashboard shows: a tab, and in 外勤进度 a scheme and maybe a township. */
export type DashboardTab = 'projects' | 'progress' | 'conflicts' | 'roster';

export interface DashboardView {
  tab: DashboardTab;
  scheme: Scheme | null;
  townshipCode: string | null;
  /** Why the rollup was opened (an indicator's 查看外勤汇总), or null. */
  origin: string | null;
  /** A project's page over the 项目自评 tab (printable form, import), or null. */
  page: ProjectPage | null;
}

export const DEFAULT_VIEW: DashboardView = {
  tab: 'projects',
  scheme: null,
  townshipCode: null,
  origin: null,
  page: null,
};

const TABS: readonly DashboardTab[] = ['projects', 'progress', 'conflicts', 'roster'];

function viewOf(state: unknown): DashboardView {
  if (typeof state !== 'object' || state === null || !('dashboard' in state)) return DEFAULT_VIEW;
  const view = (state as { dashboard: Partial<DashboardView> | null }).dashboard;
  if (view === null || typeof view !== 'object' || !TABS.includes(view.tab as DashboardTab)) {
    return DEFAULT_VIEW;
  }
  return { ...DEFAULT_VIEW, ...view, page: projectPageOf(view.page) };
}

export interface DashboardNavigation {
  view: DashboardView;
  /** Shows a view; the browser's (and the phone's) back button returns from it. */
  open: (view: DashboardView) => void;
  /** Changes the current view in place (a filter, not a place to go back to). */
  change: (view: DashboardView) => void;
  /** Returns to the view before (browser back), or shows `fallback` if none was opened here. */
  back: (fallback: DashboardView) => void;
}

/**
 * The dashboard's views kept in the browser history next to the app shell's screen (which stays
 * 'home'), so that back leaves a township drill-down instead of the app.
 */
export function useDashboardView(): DashboardNavigation {
  const [view, setView] = useState<DashboardView>(() => viewOf(window.history.state));
  // How many views were opened (pushed) here and not yet gone back from.
  const depth = useRef(0);
  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      depth.current = Math.max(depth.current - 1, 0);
      setView(viewOf(event.state));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const open = useCallback((next: DashboardView) => {
    window.history.pushState({ screen: { name: 'home' }, dashboard: next }, '');
    depth.current++;
    setView(next);
    window.scrollTo(0, 0);
  }, []);
  const change = useCallback((next: DashboardView) => {
    window.history.replaceState({ screen: { name: 'home' }, dashboard: next }, '');
    setView(next);
  }, []);
  const back = useCallback(
    (fallback: DashboardView) => {
      if (depth.current > 0) window.history.back();
      else change(fallback);
    },
    [change],
  );
  return { view, open, change, back };
}
