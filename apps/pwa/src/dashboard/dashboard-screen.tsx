import './dashboard.css';
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { Role, Viewer } from '../api/auth-documents.ts';
import type { Project } from '../api/dashboard-documents.ts';
import { LazyScreenBoundary } from '../lazy-screen-boundary.tsx';
import { useServices } from '../ui/services-context.ts';
import { RESPONDENT_GROUP_LABELS } from './dashboard-labels.ts';
import type { ScoredRow } from './evaluation-rows.ts';
import { fieldMetricName, metricFilter } from './field-metric-labels.ts';
import { FormImport } from './form-import.tsx';
import { ProgressView } from './progress-view.tsx';
import { isPrintPage, type ProjectPage } from './project-page.ts';
import { ProjectsView } from './projects-view.tsx';
import { QueryStatus } from './query-status.tsx';
import { RosterImport } from './roster-import.tsx';
import { useCounties } from './use-counties.ts';
import { type DashboardTab, DEFAULT_VIEW, useDashboardView } from './use-dashboard-view.ts';
import { VerificationConflicts } from './verification-conflicts.tsx';
import { YearLockPanel } from './year-lock-panel.tsx';

/** 打印页面 — a chunk of its own, fetched when a printable form or report is opened. */
const PrintView = lazy(() =>
  import('./print/print-view.tsx').then((module) => ({ default: module.PrintView })),
);

/** The year the dashboard opens on: the year of the seed forms. */
export const DEFAULT_YEAR = 2020;
const FIRST_YEAR = 2019;

const ROLE_LABELS: Record<Role, string> = {
  ADMIN: '系统管理员',
  PREFECTURE_VIEWER: '地州查看',
  COUNTY_MANAGER: '县级管理',
  FIELD_WORKER: '乡镇外勤',
};

const TAB_TITLES: Record<DashboardTab, string> = {
  projects: '项目自评',
  progress: '外勤进度',
  conflicts: '年度管理',
  roster: '名册导入',
};

/** The tabs a viewer has: the county's manager edits, imports and resolves; others read. */
function tabsFor(canManage: boolean): DashboardTab[] {
  return canManage
    ? ['projects', 'progress', 'conflicts', 'roster']
    : ['projects', 'progress', 'conflicts'];
}

function tabTitle(tab: DashboardTab, canManage: boolean): string {
  return tab === 'conflicts' && !canManage ? '年度状态与重复核实' : TAB_TITLES[tab];
}

/** The years to pick from: this year back to the first year of the seeds. */
export function yearOptions(now = new Date()): number[] {
  const years: number[] = [];
  for (let year = Math.max(now.getFullYear(), DEFAULT_YEAR); year >= FIRST_YEAR; year--) {
    years.push(year);
  }
  return years;
}

export interface DashboardScreenProps {
  viewer: Viewer;
  /** Opens the login screen (the session expired). */
  onLogin: () => void;
}

/**
 * 绩效看板 — what a county manager, a prefecture viewer or an administrator sees after logging
 * in: a county's projects of a year scored as their self-evaluation forms, the field work behind
 * them by township, and for the county's own manager the edits, the year lock and the duplicate
 * verifications. Loaded lazily: the field worker's capture screens never download it.
 */
export function DashboardScreen({ viewer, onLogin }: DashboardScreenProps) {
  const { session } = useServices();
  const ids = useId();
  const counties = useCounties(viewer);
  const [pickedCounty, setPickedCounty] = useState<string | null>(null);
  const countyCode = pickedCounty ?? counties.counties[0]?.code ?? null;
  const county = counties.counties.find((candidate) => candidate.code === countyCode) ?? null;
  const [year, setYear] = useState(DEFAULT_YEAR);
  const { view, open, change, back } = useDashboardView();
  const canManage = viewer.role === 'COUNTY_MANAGER' && viewer.scopeCode === countyCode;
  const tabs = tabsFor(canManage);
  const tab: DashboardTab = tabs.includes(view.tab) ? view.tab : 'projects';

  const headingRef = useRef<HTMLHeadingElement>(null);
  // The heading takes the focus when another tab opens or a township closes (a township's own
  // heading takes it when it opens); not when the dashboard first shows.
  const place = `${tab}:${view.townshipCode ?? ''}${view.page === null ? '' : `:${view.page.kind}`}`;
  const shownPlace = useRef(place);
  useEffect(() => {
    if (shownPlace.current === place) return;
    shownPlace.current = place;
    if (place.endsWith(':')) headingRef.current?.focus();
  }, [place]);

  function showRollup(project: Project, row: ScoredRow) {
    const binding = row.indicator?.binding ?? null;
    let scheme = view.scheme;
    let origin = `指标“${row.name}”的全年完成值来自外勤采集。`;
    if (binding !== null) {
      const verification = metricFilter(binding.metric) === 'scheme';
      if (verification) scheme = binding.scheme ?? project.scheme;
      const group =
        binding.respondentGroup === null
          ? ''
          : `，受访人群：${RESPONDENT_GROUP_LABELS[binding.respondentGroup]}`;
      origin =
        `指标“${row.name}”的全年完成值来自外勤采集：${fieldMetricName(binding.metric)}` +
        `${group}${verification ? '（核实险种已按绑定选好）' : ''}。`;
    }
    open({ tab: 'progress', scheme, townshipCode: null, origin, page: null });
  }

  // The project a page was opened from is shown again when the page closes.
  const [pageProjectId, setPageProjectId] = useState<string | null>(null);
  function openPage(page: ProjectPage) {
    setPageProjectId(page.projectId);
    open({ ...view, tab: 'projects', townshipCode: null, origin: null, page });
  }
  const closePage = () => back({ ...view, page: null });

  if (countyCode !== null && isPrintPage(view.page)) {
    return (
      <LazyScreenBoundary what="打印页面">
        <Suspense
          fallback={
            <main className="screen">
              <p role="status">正在打开打印页面…</p>
            </main>
          }
        >
          <PrintView page={view.page} onBack={closePage} onLogin={onLogin} />
        </Suspense>
      </LazyScreenBoundary>
    );
  }

  return (
    <>
      <header className="dashboard-header">
        <h1>绩效看板</h1>
        <span className="viewer-name">
          {viewer.displayName}
          <span className="viewer-role">（{ROLE_LABELS[viewer.role]}）</span>
        </span>
        <button type="button" className="header-button" onClick={() => void session.logout()}>
          退出登录
        </button>
      </header>
      <main className="dashboard">
        <div className="dashboard-controls">
          {viewer.role === 'COUNTY_MANAGER' ? (
            <p className="county-name">{county?.name ?? countyCode ?? ''}</p>
          ) : (
            <div className="field inline-field">
              <label htmlFor={`${ids}-county`}>区县</label>
              <select
                id={`${ids}-county`}
                value={countyCode ?? ''}
                disabled={counties.counties.length === 0}
                onChange={(event) => {
                  setPickedCounty(event.target.value);
                  change({ ...view, townshipCode: null, origin: null });
                }}
              >
                {counties.counties.map((choice) => (
                  <option key={choice.code} value={choice.code}>
                    {choice.prefecture === null ? '' : `${choice.prefecture} · `}
                    {choice.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field inline-field">
            <label htmlFor={`${ids}-year`}>年度</label>
            <select
              id={`${ids}-year`}
              value={year}
              onChange={(event) => {
                setYear(Number(event.target.value));
                change({ ...view, origin: null });
              }}
            >
              {yearOptions().map((option) => (
                <option key={option} value={option}>
                  {option} 年度
                </option>
              ))}
            </select>
          </div>
        </div>

        <nav className="tabs" aria-label="看板内容">
          {tabs.map((name) => (
            <button
              key={name}
              type="button"
              className="tab"
              aria-current={name === tab ? 'page' : undefined}
              onClick={() => open({ ...DEFAULT_VIEW, tab: name, scheme: view.scheme })}
            >
              {tabTitle(name, canManage)}
            </button>
          ))}
        </nav>

        <h2 className="view-title" tabIndex={-1} ref={headingRef}>
          {county === null ? '' : `${county.name} · `}
          {tab === 'roster' ? '' : `${year} 年度 · `}
          {tabTitle(tab, canManage)}
        </h2>

        {countyCode === null ? (
          <>
            <QueryStatus
              state={counties.state}
              what="可查看的区县"
              onRetry={counties.reload}
              onLogin={onLogin}
            />
            {counties.state.status === 'ready' ? (
              <p className="banner warning">此账号没有可查看的区县。</p>
            ) : null}
          </>
        ) : null}

        {countyCode !== null && tab === 'projects' && view.page === null ? (
          <ProjectsView
            key={`${countyCode}:${year}`}
            countyCode={countyCode}
            year={year}
            canManage={canManage}
            initialProjectId={pageProjectId}
            onShowRollup={showRollup}
            onOpenPage={openPage}
            onLogin={onLogin}
          />
        ) : null}

        {countyCode !== null && tab === 'projects' && view.page?.kind === 'form-import' ? (
          canManage ? (
            <FormImport projectId={view.page.projectId} onBack={closePage} onLogin={onLogin} />
          ) : (
            <p className="banner warning">只有本县的县级管理员可以导入表格。</p>
          )
        ) : null}

        {countyCode !== null && tab === 'progress' ? (
          <ProgressView
            countyCode={countyCode}
            year={year}
            scheme={view.scheme}
            onSchemeChange={(scheme) => change({ ...view, scheme })}
            townshipCode={view.townshipCode}
            onOpenTownship={(code) => open({ ...view, townshipCode: code })}
            onCloseTownship={() => back({ ...view, townshipCode: null })}
            origin={view.origin}
            onLogin={onLogin}
          />
        ) : null}

        {countyCode !== null && tab === 'conflicts' ? (
          <>
            <YearLockPanel
              key={`${countyCode}:${year}`}
              countyCode={countyCode}
              year={year}
              canManage={canManage}
              onLogin={onLogin}
            />
            <section className="card" aria-labelledby={`${ids}-conflicts`}>
              <h2 id={`${ids}-conflicts`}>重复核实（核实冲突）</h2>
              <VerificationConflicts
                key={`${countyCode}:${year}`}
                countyCode={countyCode}
                year={year}
                townshipNames={counties.townshipNames}
                canManage={canManage}
                onLogin={onLogin}
              />
            </section>
          </>
        ) : null}

        {countyCode !== null && tab === 'roster' && canManage ? (
          <RosterImport
            key={countyCode}
            countyCode={countyCode}
            countyName={county?.name ?? countyCode}
          />
        ) : null}
      </main>
    </>
  );
}
