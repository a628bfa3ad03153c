import { useEffect, useRef } from 'react';
import type { TownshipProgress } from '../api/dashboard-documents.ts';
import { formatCount, OUTCOME_FIELDS, OUTCOME_LABELS } from './dashboard-labels.ts';
import { FiguresSummary } from './figures-summary.tsx';
import { RosterList } from './roster-list.tsx';
import { SurveyGroupTable } from './survey-group-table.tsx';

export interface TownshipDetailProps {
  township: TownshipProgress;
  year: number;
  onBack: () => void;
  onLogin: () => void;
}

/** 乡镇详情 — one township's figures, outcomes, survey groups and roster. */
export function TownshipDetail({ township, year, onBack, onLogin }: TownshipDetailProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const outcomes = township.verifications.outcomes;
  return (
    <section className="township-detail" aria-labelledby="township-title">
      <button type="button" className="button secondary small" onClick={onBack}>
        ‹ 返回乡镇列表
      </button>
      <h2 id="township-title" tabIndex={-1} ref={headingRef}>
        {township.name}（{township.code}）· {year} 年度
      </h2>
      <FiguresSummary verifications={township.verifications} surveys={township.surveys} />
      <section aria-labelledby="outcomes-title">
        <h3 id="outcomes-title">核实结果</h3>
        <dl className="outcome-list">
          {OUTCOME_FIELDS.map(({ key, outcome }) => (
            <div key={key}>
              <dt>{OUTCOME_LABELS[outcome]}</dt>
              <dd>{formatCount(outcomes[key])} 人</dd>
            </div>
          ))}
        </dl>
      </section>
      <SurveyGroupTable surveys={township.surveys} caption={`${township.name}分人群调查结果`} />
      <RosterList townshipCode={township.code} townshipName={township.name} onLogin={onLogin} />
    </section>
  );
}
