import type { Rollup } from '../api/dashboard-documents.ts';
import { formatCount, OUTCOME_FIELDS, OUTCOME_LABELS } from './dashboard-labels.ts';
import { SurveyRateText } from './survey-rate-text.tsx';
import { TableScroll } from './table-scroll.tsx';
import { VerificationCells } from './verification-cells.tsx';

export interface TownshipTableProps {
  rollup: Rollup;
  onOpenTownship: (code: string) => void;
}

/**
 * 乡镇进度表 — per township: the roster, verified people and coverage, the outcomes, payment
 * accuracy, ineligible payments and the amount to recover, the survey sample and satisfaction
 * with its interval; the county's totals in the footer. A township's name opens its drill-down.
 */
export function TownshipTable({ rollup, onOpenTownship }: TownshipTableProps) {
  const caption = `${rollup.divisionName}各乡镇外勤进度（${rollup.year} 年度）`;
  return (
    <TableScroll label={caption}>
      <table className="data-table township-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={3}>
              资格核实
            </th>
            <th scope="colgroup" colSpan={OUTCOME_FIELDS.length}>
              核实结果（人）
            </th>
            <th scope="colgroup" colSpan={3}>
              待遇发放
            </th>
            <th scope="colgroup" colSpan={2}>
              满意度调查
            </th>
          </tr>
          <tr>
            <th scope="col">乡镇</th>
            <th scope="col">花名册人数</th>
            <th scope="col">已核实</th>
            <th scope="col">覆盖率</th>
            {OUTCOME_FIELDS.map(({ key, outcome }) => (
              <th key={key} scope="col">
                {OUTCOME_LABELS[outcome]}
              </th>
            ))}
            <th scope="col">发放准确率</th>
            <th scope="col">违规领取（人）</th>
            <th scope="col">应追回金额（元）</th>
            <th scope="col">样本量（份）</th>
            <th scope="col">满意度（±95%区间）</th>
          </tr>
        </thead>
        <tbody>
          {rollup.townships.map((township) => (
            <tr key={township.code}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onOpenTownship(township.code)}
                >
                  {township.name}
                </button>
              </th>
              <VerificationCells figures={township.verifications} />
              <td className="number">{formatCount(township.surveys.total.responses)}</td>
              <td>
                <SurveyRateText rate={township.surveys.total.satisfaction} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">全县合计</th>
            <VerificationCells figures={rollup.verifications} />
            <td className="number">{formatCount(rollup.surveys.total.responses)}</td>
            <td>
              <SurveyRateText rate={rollup.surveys.total.satisfaction} />
            </td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
