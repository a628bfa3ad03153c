import { useId } from 'react';
import type { TownshipProgress } from '../api/dashboard-documents.ts';
import { formatCount, formatPercent } from './dashboard-labels.ts';

/**
 * 各乡镇核实覆盖率 — a bar per township (verified / roster), drawn with CSS: each bar is a list
 * item whose text says the figures, so a screen reader reads the chart as a list. The 100% line
 * is the roster; a township without a roster has no bar.
 */
export function CoverageChart({ townships }: { townships: readonly TownshipProgress[] }) {
  const captionId = useId();
  return (
    <figure className="coverage-chart" aria-labelledby={captionId}>
      <figcaption id={captionId}>各乡镇核实覆盖率（已核实人数 ÷ 花名册人数）</figcaption>
      <ol className="bars">
        {townships.map((township) => {
          const { coverage, verified, roster } = township.verifications;
          const width = coverage === null ? 0 : Math.min(Math.max(coverage, 0), 100);
          return (
            <li key={township.code} className="bar-row">
              <span className="bar-label">{township.name}</span>
              <span className="bar-track" aria-hidden="true">
                <span
                  className={`bar-fill${width >= 100 ? ' full' : ''}`}
                  style={{ width: `${width}%` }}
                />
              </span>
              <span className="bar-value">
                {coverage === null ? '无花名册' : formatPercent(coverage, 1)}
                <span className="bar-count">
                  {' '}
                  （{formatCount(verified)} / {formatCount(roster)}）
                </span>
              </span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
