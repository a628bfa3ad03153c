import type { SurveyRate } from '../api/dashboard-documents.ts';
import { formatCount, formatPercent } from './dashboard-labels.ts';

/**
 * 满意度及其误差 — a survey rate with the ± of its 95% interval and its sample size, and a
 * warning when the sample is too small for the rate to be read on its own (±5 points or more).
 */
export function SurveyRateText({ rate }: { rate: SurveyRate }) {
  if (rate.rate === null) {
    return <span className="muted">无有效答案</span>;
  }
  const interval = rate.interval;
  return (
    <span className="survey-rate">
      <span className="rate-value">{formatPercent(rate.rate, 1)}</span>
      {interval === null ? null : (
        <span
          className="rate-interval"
          title={`95% 置信区间 ${formatPercent(interval.lower, 1)}–${formatPercent(interval.upper, 1)}`}
        >
          {' '}
          ±{interval.halfWidth.toFixed(1)}
        </span>
      )}
      <span className="rate-sample">（n={formatCount(rate.respondents)}）</span>
      {rate.smallSample ? <span className="tag warning">样本偏小</span> : null}
    </span>
  );
}

/** The same as one sentence, for the summary cards and the drill-down. */
export function surveyRateSentence(rate: SurveyRate): string {
  if (rate.rate === null) return '尚无有效答案';
  const interval = rate.interval;
  const range =
    interval === null
      ? ''
      : `，95% 置信区间 ${formatPercent(interval.lower, 1)}–${formatPercent(interval.upper, 1)}`;
  const small = rate.smallSample ? '；样本偏小（误差超过 ±5 个百分点），仅供参考' : '';
  const counts =
    `${formatCount(rate.positive)} / ${formatCount(rate.answers)} 个有效答案，` +
    `${formatCount(rate.respondents)} 名受访者`;
  return `${formatPercent(rate.rate, 1)}（${counts}${range}）${small}`;
}
