import './dashboard.css';
import { useEffect, useId, useRef, useState } from 'react';
import type { Role, Viewer } from '../api/auth-documents.ts';
import type { Project } from '../api/dashboard-documents.ts';
import { useServices } from '../ui/services-context.ts';
import { RESPONDENT_GROUP_LABELS } from './dashboard-labels.ts';
import type { ScoredRow } from './evaluation-rows.ts';
import { fieldMetricName, metricFilter } from './field-metric-labels.ts';
import { ProgressView } from './progress-view.tsx';
import { ProjectsView } from './projects-view.tsx';
import { QueryStatus } from './query-status.tsx';
import { useCounties } from './use-counties.ts';
import { type DashboardTab, DEFAULT_VIEW, useDashboardView } from './use-dashboard-view.ts';
import { VerificationConflicts } from './verification-conflicts.tsx';
import { YearLockPanel } from './year-lock-panel.tsx';

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
};

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
  const tab: DashboardTab = view.tab === 'conflicts' && !canManage ? 'projects' : view.tab;
  const tabs: DashboardTab[] = canManage
    ? ['projects', 'progress', 'conflicts']
    : ['projects', 'progress'];

  const headingRef = useRef<HTMLHeadingElement>(null);
  // The heading takes the focus when another tab opens or a township closes (a township's own
  // heading takes it when it opens); not when the dashboard first shows.
  const place = `${tab}:${view.townshipCode ?? ''}`;
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
    open({ tab: 'progress', scheme, townshipCode: null, origin });
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
              {TAB_TITLES[name]}
            </button>
          ))}
        </nav>

        <h2 className="view-title" tabIndex={-1} ref={headingRef}>
          {county === null ? '' : `${county.name} · `}
          {year} 年度 · {TAB_TITLES[tab]}
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

        {countyCode !== null && tab === 'projects' ? (
          <ProjectsView
            key={`${countyCode}:${year}`}
            countyCode={countyCode}
            year={year}
            canManage={canManage}
            onShowRollup={showRollup}
            onLogin={onLogin}
          />
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

        {countyCode !== null && tab === 'conflicts' && canManage ? (
          <>
            <YearLockPanel key={year} countyCode={countyCode} year={year} />
            <section className="card" aria-labelledby={`${ids}-conflicts`}>
              <h2 id={`${ids}-conflicts`}>重复核实（核实冲突）</h2>
              <VerificationConflicts
                key={`${countyCode}:${year}`}
                countyCode={countyCode}
                year={year}
                townshipNames={counties.townshipNames}
                onLogin={onLogin}
              />
            </section>
          </>
        ) : null}
      </main>
    </>
  );
}
