import { render, screen, within } from '@testing-library/react';
import type { Viewer } from '../api/auth-documents.ts';
import { App } from '../app.tsx';
import { createAppServices } from '../app-services.ts';
import { updateSession } from '../offline/local-database.ts';
import { FakeDashboardServer } from './fake-dashboard-server.ts';

/**
 * The app for dashboard tests (the test file imports fake-indexeddb and runs in jsdom): its
 * services talk to a fake dashboard server, with a database of their own.
 */
export const WAIT = { timeout: 5_000 };

export function dashboardServices(server: FakeDashboardServer) {
  return createAppServices({
    databaseName: `dashboard-${crypto.randomUUID()}`,
    fetch: server.fetch,
  });
}

/**
 * The app with `viewer` logged in already (as after a login), opened on the dashboard; the
 * server can be prepared first (a locked year, a resolved conflict).
 */
export async function openDashboard(viewer: Viewer, server = new FakeDashboardServer()) {
  const app = dashboardServices(server);
  const { accessToken, accessTokenExpiresAt, refreshToken } = server.issueSession(viewer);
  await updateSession(app.db, {
    tokens: { accessToken, accessTokenExpiresAt, refreshToken },
    viewer,
    needsLogin: false,
  });
  render(<App services={app} />);
  await screen.findByRole('heading', { name: '城乡居民基本养老保险项目基金' }, WAIT);
  return { server, app };
}

/** The table row whose row header is `name`. */
export function rowOf(table: HTMLElement, name: string | RegExp): HTMLElement {
  const header = within(table).getByRole('rowheader', { name });
  const row = header.closest('tr');
  if (row === null) throw new Error(`no row for ${String(name)}`);
  return row;
}
