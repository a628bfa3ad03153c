import type { Indicator } from '../api/dashboard-documents.ts';
import { flagLabel, formatPercent, formatScore } from './dashboard-labels.ts';
import type { ScoredRow } from './evaluation-rows.ts';
import { fieldMetricName } from './field-metric-labels.ts';
import { FindingsList } from './findings-list.tsx';
import { TableScroll } from './table-scroll.tsx';

export interface IndicatorTableProps {
  rows: readonly ScoredRow[];
  caption: string;
  /** Shows the 操作 column (the county manager of the project's county). */
  onEdit?: (indicator: Indicator) => void;
  /** Opens the field-work rollup an indicator's actual comes from. */
  onShowRollup: (row: ScoredRow) => void;
}

/**
 * 绩效指标表 — the indicators as the 自评表 prints them: 一级 and 二级 cells merged over their
 * rows, then 三级指标, 年度指标值, 全年完成值, 完成率, 分值 and 得分, with what the scoring
 * flagged and the checker's findings on the row they concern.
 */
export function IndicatorTable({ rows, caption, onEdit, onShowRollup }: IndicatorTableProps) {
  const weights = rows.reduce((sum, row) => sum + (row.scored?.weight ?? 0), 0);
  const scores = rows.reduce((sum, row) => sum + (row.scored?.score ?? 0), 0);
  const columns = onEdit === undefined ? 10 : 11;
  return (
    <TableScroll label={caption}>
      <table className="data-table indicator-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">一级指标</th>
            <th scope="col">二级指标</th>
            <th scope="col">三级指标</th>
            <th scope="col">年度指标值</th>
            <th scope="col">全年完成值</th>
            <th scope="col">完成率</th>
            <th scope="col">分值</th>
            <th scope="col">得分</th>
            <th scope="col">提示</th>
            <th scope="col">审核意见</th>
            {onEdit === undefined ? null : <th scope="col">操作</th>}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns}>表中没有绩效指标。</td>
            </tr>
          ) : null}
          {rows.map((row) => (
            <IndicatorRow key={row.rowKey} row={row} onEdit={onEdit} onShowRollup={onShowRollup} />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={6}>
              指标合计
            </th>
            <td className="number">{formatScore(weights)}</td>
            <td className="number">{formatScore(scores)}</td>
            <td colSpan={columns - 8} />
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}

function IndicatorRow({
  row,
  onEdit,
  onShowRollup,
}: {
  row: ScoredRow;
  onEdit?: (indicator: Indicator) => void;
  onShowRollup: (row: ScoredRow) => void;
}) {
  const scored = row.scored;
  const fromField = scored?.actualSource === 'FIELD_DATA';
  const binding = row.indicator?.binding ?? null;
  const flags = scored?.flags ?? [];
  const shortfall = scored !== null && !scored.met && !flags.includes('missingActual');
  const name = row.partOf && !row.name.startsWith('其中') ? `其中：${row.name}` : row.name;
  const hasFindings = row.findings.some((finding) => finding.severity !== 'INFO');
  return (
    <tr className={hasFindings ? 'has-findings' : undefined}>
      {row.level1Span > 0 ? (
        <th scope="rowgroup" rowSpan={row.level1Span} className="level">
          {row.level1}
        </th>
      ) : null}
      {row.level2Span > 0 ? (
        <th scope="rowgroup" rowSpan={row.level2Span} className="level">
          {row.level2}
        </th>
      ) : null}
      <th scope="row" className={row.partOf ? 'indicator-name part-of' : 'indicator-name'}>
        {name}
      </th>
      <td>{scored?.target ?? row.indicator?.target ?? '—'}</td>
      <td>
        {scored?.actual ?? <span className="muted">{fromField ? '外勤暂无数据' : '未填报'}</span>}
        {fromField ? (
          <span className="source">
            数据来源：外勤采集
            {binding === null ? null : `（${fieldMetricName(binding.metric)}）`}{' '}
            <button
              type="button"
              className="link-button"
              aria-label={`查看外勤汇总：${row.name}`}
              onClick={() => onShowRollup(row)}
            >
              查看外勤汇总
            </button>
          </span>
        ) : null}
      </td>
      <td className="number">{formatPercent(scored?.completionRate)}</td>
      <td className="number">{formatScore(scored?.weight)}</td>
      <td className="number">{formatScore(scored?.score)}</td>
      <td>
        {flags.length === 0 && !shortfall ? null : (
          <ul className="flags">
            {shortfall ? <li className="tag warning">未完全达成</li> : null}
            {flags.map((flag) => (
              <li key={flag} className="tag warning">
                {flagLabel(flag)}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <FindingsList findings={row.findings} />
      </td>
      {onEdit === undefined ? null : (
        <td>
          {row.indicator === null ? null : (
            <button
              type="button"
              className="button secondary small"
              aria-label={`修改：${row.name}`}
              onClick={() => row.indicator !== null && onEdit(row.indicator)}
            >
              修改
            </button>
          )}
        </td>
      )}
    </tr>
  );
}
