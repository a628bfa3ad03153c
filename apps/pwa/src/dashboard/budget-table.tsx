import type { BudgetScore, FundLine } from '../api/dashboard-documents.ts';
import { formatDecimal, formatPercent, formatScore, ratioPercent } from './dashboard-labels.ts';
import { TableScroll } from './table-scroll.tsx';

export interface BudgetTableProps {
  funds: readonly FundLine[];
  budget: BudgetScore | null;
  caption: string;
}

/**
 * 项目资金 — 全年预算数 A, 全年执行数 B, 执行率 and, on the total line, the budget execution
 * score (min(B/A, 1) × 10) as the form lays them out, in 万元.
 */
export function BudgetTable({ funds, budget, caption }: BudgetTableProps) {
  return (
    <>
      <TableScroll label={caption}>
        <table className="data-table budget-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">资金</th>
              <th scope="col">全年预算数 A（万元）</th>
              <th scope="col">全年执行数 B（万元）</th>
              <th scope="col">执行率 B/A</th>
              <th scope="col">分值</th>
              <th scope="col">得分</th>
            </tr>
          </thead>
          <tbody>
            {funds.length === 0 ? (
              <tr>
                <td colSpan={6}>表中未填报项目资金。</td>
              </tr>
            ) : null}
            {funds.map((line) => {
              const total = line.source === 'total' || funds.length === 1;
              const rate = total && budget !== null ? budget.executionRate : null;
              return (
                <tr
                  key={`${line.source}:${line.label}`}
                  className={total ? 'total-line' : undefined}
                >
                  <th scope="row">{line.label}</th>
                  <td className="number">{formatDecimal(line.budget)}</td>
                  <td className="number">{formatDecimal(line.executed)}</td>
                  <td className="number">
                    {formatPercent(rate ?? ratioPercent(line.executed, line.budget))}
                    {line.printedRate === null ? null : (
                      <span className="printed">表中填报 {line.printedRate}</span>
                    )}
                  </td>
                  <td className="number">
                    {total && budget !== null ? formatScore(budget.weight) : ''}
                  </td>
                  <td className="number">
                    {total && budget !== null ? formatScore(budget.score) : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      {budget === null ? (
        <p className="hint">未填报全年预算数或执行数，预算执行率未评分。</p>
      ) : null}
    </>
  );
}
