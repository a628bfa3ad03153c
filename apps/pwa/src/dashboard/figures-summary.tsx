import type { SurveyRollup, VerificationFigures } from '../api/dashboard-documents.ts';
import { formatCount, formatDecimal, formatPercent } from './dashboard-labels.ts';
import { surveyRateSentence } from './survey-rate-text.tsx';

/** 汇总指标 — the headline figures of an area (county or township) as cards. */
export function FiguresSummary({
  verifications,
  surveys,
}: {
  verifications: VerificationFigures;
  surveys: SurveyRollup;
}) {
  const total = surveys.total;
  const late = verifications.lateRecords + total.lateRecords;
  return (
    <>
      <dl className="figure-cards">
        <div>
          <dt>核实覆盖率</dt>
          <dd>
            <strong>{formatPercent(verifications.coverage, 1)}</strong>
            <span>
              已核实 {formatCount(verifications.verified)} / 花名册{' '}
              {formatCount(verifications.roster)} 人
            </span>
          </dd>
        </div>
        <div>
          <dt>发放准确率</dt>
          <dd>
            <strong>{formatPercent(verifications.paymentAccuracy, 1)}</strong>
            <span>
              足额准确发放 {formatCount(verifications.paidCorrectly)} / 在世且符合资格{' '}
              {formatCount(verifications.outcomes.aliveEligible)} 人
            </span>
          </dd>
        </div>
        <div>
          <dt>违规领取</dt>
          <dd>
            <strong>{formatCount(verifications.ineligiblePayments)} 人</strong>
            <span>应追回 {formatDecimal(verifications.amountToRecover, 2)} 元</span>
          </dd>
        </div>
        <div>
          <dt>满意度</dt>
          <dd>
            <strong>{formatPercent(total.satisfaction.rate, 1)}</strong>
            <span>{surveyRateSentence(total.satisfaction)}</span>
            {total.satisfaction.smallSample ? <span className="tag warning">样本偏小</span> : null}
          </dd>
        </div>
        <div>
          <dt>政策知晓率</dt>
          <dd>
            <strong>{formatPercent(total.awareness.rate, 1)}</strong>
            <span>{surveyRateSentence(total.awareness)}</span>
            {total.awareness.smallSample ? <span className="tag warning">样本偏小</span> : null}
          </dd>
        </div>
        <div>
          <dt>调查样本</dt>
          <dd>
            <strong>{formatCount(total.responses)} 份</strong>
            <span>计入汇总的问卷</span>
          </dd>
        </div>
      </dl>
      {late > 0 ? (
        <p className="hint">
          年度锁定后才同步的记录 {formatCount(late)} 条：已保存，但不计入以上数字。
        </p>
      ) : null}
    </>
  );
}
