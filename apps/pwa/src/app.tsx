import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Role } from './api/auth-documents.ts';
import type { AppServices } from './app-services.ts';
import { applyWaitingUpdate } from './browser/service-worker-registration.ts';
import { LazyScreenBoundary } from './lazy-screen-boundary.tsx';
import { loadSession, type OutboxEntry } from './offline/local-database.ts';
import { afterLogin } from './ui/after-login.ts';
import { captureYearOf } from './ui/capture-year.ts';
import { EditRecordScreen } from './ui/edit-record-screen.tsx';
import { HomeScreen } from './ui/home-screen.tsx';
import { LoginScreen } from './ui/login-screen.tsx';
import { type Screen, useNavigation } from './ui/navigation.ts';
import { OutboxScreen } from './ui/outbox-screen.tsx';
import { RosterSearchScreen } from './ui/roster-search-screen.tsx';
import { ServicesContext, useServices } from './ui/services-context.ts';
import { SurveyScreen } from './ui/survey-screen.tsx';
import { useLiveQuery } from './ui/use-live-query.ts';
import { VerificationScreen } from './ui/verification-screen.tsx';

/** 绩效看板 — a chunk of its own, fetched only when someone who reads the dashboard logs in. */
const DashboardScreen = lazy(() =>
  import('./dashboard/dashboard-screen.tsx').then((module) => ({
    default: module.DashboardScreen,
  })),
);

/** The roles that land on the dashboard instead of the capture screens. */
export const DASHBOARD_ROLES: ReadonlySet<Role> = new Set([
  'COUNTY_MANAGER',
  'PREFECTURE_VIEWER',
  'ADMIN',
]);

/** The screens that hold unsaved input (a reload would lose it). */
export const FORM_SCREENS: ReadonlySet<Screen['name']> = new Set(['verify', 'survey', 'edit']);

export function App({
  services,
  onScreenChange,
}: {
  services: AppServices;
  onScreenChange?: (screen: Screen) => void;
}) {
  return (
    <ServicesContext.Provider value={services}>
      <Screens onScreenChange={onScreenChange} />
    </ServicesContext.Provider>
  );
}

function Screens({ onScreenChange }: { onScreenChange?: (screen: Screen) => void }) {
  const services = useServices();
  const { db, sync } = services;
  // Created (with the device id) at start; the live query itself may only read.
  useEffect(() => {
    void loadSession(db);
  }, [db]);
  const session = useLiveQuery(() => db.session.get('current'), [db]);
  const { screen, navigate, replace, back } = useNavigation();
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const loggedIn = session?.tokens != null;
  // Only a field worker's session sends the outbox (the API takes records from field workers).
  const capturing = loggedIn && session?.viewer?.role === 'FIELD_WORKER';

  // The notice of a save is read out and focused on the screen the worker returns to.
  useEffect(() => {
    if (notice !== null && !FORM_SCREENS.has(screen.name)) noticeRef.current?.focus();
  }, [notice, screen]);

  useEffect(() => {
    onScreenChange?.(screen);
    if (screen.name === 'home') applyWaitingUpdate();
  }, [screen, onScreenChange]);

  // Sync when the network comes back, and once at start when something waits.
  useEffect(() => {
    if (!capturing) return;
    const stop = sync.watchNetwork(window);
    if (navigator.onLine) void sync.run();
    return stop;
  }, [sync, capturing]);

  if (session === undefined) {
    return (
      <main className="screen">
        <p role="status">正在启动…</p>
      </main>
    );
  }

  if (session.viewer === null || screen.name === 'login') {
    const expired = session.viewer !== null;
    return (
      <LoginScreen
        username={session.viewer?.username}
        notice={expired ? '请重新登录，已采集的记录不会丢失。' : undefined}
        onCancel={expired ? back : undefined}
        onLoggedIn={() => {
          void afterLogin(services);
          // A login opened from the home screen returns there; a first login shows it.
          if (screen.name === 'login') back();
          else replace({ name: 'home' });
        }}
      />
    );
  }

  if (DASHBOARD_ROLES.has(session.viewer.role)) {
    return (
      <LazyScreenBoundary what="绩效看板">
        <Suspense
          fallback={
            <main className="screen">
              <p role="status">正在打开绩效看板…</p>
            </main>
          }
        >
          <DashboardScreen viewer={session.viewer} onLogin={() => navigate({ name: 'login' })} />
        </Suspense>
      </LazyScreenBoundary>
    );
  }

  /** After a save: back to where the form was opened from, saying what happened. */
  function saved(entry: OutboxEntry) {
    const online = navigator.onLine;
    setNotice(`已保存到手机：${entry.subject}。${online ? '正在同步…' : '有网络时会自动同步。'}`);
    if (online) void sync.run();
    back();
  }

  function go(next: Screen) {
    setNotice(null);
    navigate(next);
  }

  function goBack() {
    setNotice(null);
    back();
  }

  const noticeBar =
    notice === null ? null : (
      <p className="notice" role="status" tabIndex={-1} ref={noticeRef}>
        {notice}
      </p>
    );

  switch (screen.name) {
    case 'search':
      return (
        <>
          {noticeBar}
          <RosterSearchScreen session={session} onNavigate={go} onBack={goBack} />
        </>
      );
    case 'verify':
      return (
        <VerificationScreen
          person={{ townshipCode: screen.townshipCode, personId: screen.personId }}
          captureYear={captureYearOf(session.viewer)}
          onSaved={saved}
          onBack={goBack}
        />
      );
    case 'survey':
      return <SurveyScreen session={session} onSaved={saved} onBack={goBack} />;
    case 'edit':
      return (
        <EditRecordScreen
          entryId={screen.entryId}
          session={session}
          onSaved={saved}
          onBack={goBack}
        />
      );
    case 'outbox':
      return (
        <>
          {noticeBar}
          <OutboxScreen onNavigate={go} onBack={goBack} />
        </>
      );
    default:
      return (
        <>
          {noticeBar}
          <HomeScreen session={session} onNavigate={go} />
        </>
      );
  }
}
