import { useId } from 'react';
import { DASHBOARD_ROLLUP_QUERY } from '../api/dashboard-documents.ts';
import type { Scheme } from '../api/roster-documents.ts';
import { SCHEME_LABELS } from '../ui/labels.ts';
import { CoverageChart } from './coverage-chart.tsx';
import { FiguresSummary } from './figures-summary.tsx';
import { QueryStatus } from './query-status.tsx';
import { SurveyGroupTable } from './survey-group-table.tsx';
import { TownshipDetail } from './township-detail.tsx';
import { TownshipTable } from './township-table.tsx';
import { shownData, useApiQuery } from './use-api-query.ts';

const SCHEMES = Object.keys(SCHEME_LABELS) as Scheme[];

export interface ProgressViewProps {
  countyCode: string;
  year: number;
  /** The verifications' and the roster's scheme; null = every scheme. */
  scheme: Scheme | null;
  onSchemeChange: (scheme: Scheme | null) => void;
  /** The township drilled down to, or null for the county. */
  townshipCode: string | null;
  onOpenTownship: (code: string) => void;
  onCloseTownship: () => void;
  /** Why this rollup was opened (from an indicator's 查看外勤汇总), shown on top. */
  origin: string | null;
  onLogin: () => void;
}

/** 外勤进度 — the county's field work in the year: figures, coverage chart, township table. */
export function ProgressView(props: ProgressViewProps) {
  const { countyCode, year, scheme, townshipCode, onLogin } = props;
  const schemeId = useId();
  const query = useApiQuery(DASHBOARD_ROLLUP_QUERY, { divisionCode: countyCode, year, scheme });
  const rollup = shownData(query.state)?.rollup ?? null;
  const township =
    townshipCode === null
      ? null
      : (rollup?.townships.find((candidate) => candidate.code === townshipCode) ?? null);

  return (
    <>
      {props.origin === null ? null : <p className="banner info">{props.origin}</p>}
      <div className="field inline-field">
        <label htmlFor={schemeId}>核实险种</label>
        <select
          id={schemeId}
          value={scheme ?? ''}
          onChange={(event) => props.onSchemeChange((event.target.value || null) as Scheme | null)}
        >
          <option value="">全部险种</option>
          {SCHEMES.map((value) => (
            <option key={value} value={value}>
              {SCHEME_LABELS[value]}
            </option>
          ))}
        </select>
        <p className="hint">险种筛选核实和花名册；满意度调查不分险种。</p>
      </div>
      <QueryStatus state={query.state} what="外勤汇总" onRetry={query.reload} onLogin={onLogin} />
      {rollup === null ? null : township !== null ? (
        <TownshipDetail
          key={township.code}
          township={township}
          year={year}
          onBack={props.onCloseTownship}
          onLogin={onLogin}
        />
      ) : (
        <>
          {townshipCode === null ? null : (
            <p className="banner warning">找不到乡镇 {townshipCode}。</p>
          )}
          <FiguresSummary verifications={rollup.verifications} surveys={rollup.surveys} />
          {rollup.townships.length === 0 ? (
            <p>本县没有乡镇数据。</p>
          ) : (
            <CoverageChart townships={rollup.townships} />
          )}
          <TownshipTable rollup={rollup} onOpenTownship={props.onOpenTownship} />
          <SurveyGroupTable surveys={rollup.surveys} caption="全县分人群调查结果" />
        </>
      )}
    </>
  );
}
