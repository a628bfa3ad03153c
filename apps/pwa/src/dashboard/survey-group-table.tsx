import type { SurveyRollup } from '../api/dashboard-documents.ts';
import { formatCount, RESPONDENT_GROUP_LABELS } from './dashboard-labels.ts';
import { SurveyRateText } from './survey-rate-text.tsx';
import { TableScroll } from './table-scroll.tsx';

/** 分人群调查结果 — sample, satisfaction and awareness of each respondent group. */
export function SurveyGroupTable({ surveys, caption }: { surveys: SurveyRollup; caption: string }) {
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">受访人群</th>
            <th scope="col">样本量（份）</th>
            <th scope="col">满意度（±95%区间）</th>
            <th scope="col">政策知晓率（±95%区间）</th>
          </tr>
        </thead>
        <tbody>
          {surveys.byGroup.map((group) => (
            <tr key={group.respondentGroup}>
              <th scope="row">{RESPONDENT_GROUP_LABELS[group.respondentGroup]}</th>
              <td className="number">{formatCount(group.responses)}</td>
              <td>
                <SurveyRateText rate={group.satisfaction} />
              </td>
              <td>
                <SurveyRateText rate={group.awareness} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">合计</th>
            <td className="number">{formatCount(surveys.total.responses)}</td>
            <td>
              <SurveyRateText rate={surveys.total.satisfaction} />
            </td>
            <td>
              <SurveyRateText rate={surveys.total.awareness} />
            </td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
