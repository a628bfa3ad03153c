import { exact, formatPercent, type IndicatorEvaluation } from '@jixiao/scoring';

/**
 * The rate a generated form prints for an indicator, from the scoring engine's exact ratios: a
 * 自评表 prints the share of the weight earned (capped at 100%, as the 2020 forms do), a 监控表
 * the completion rate itself (uncapped: 371029 / 360736 = 102.85%). Null when the row cannot
 * be scored (no actual, "/", 未达监控节点): the cell stays empty, nothing is guessed.
 */
export type RateStyle = 'capped' | 'uncapped';

export function completionText(indicator: IndicatorEvaluation, style: RateStyle): string | null {
  const ratio = style === 'capped' ? indicator.score.exactCapped : indicator.score.exactRatio;
  return ratio === null ? null : formatPercent(ratio.times(100), 2);
}

/** A score or weight as printed: two decimals, rounded half-up. */
export function pointsText(points: number): string {
  return exact(points).toDecimalPlaces(2, 4).toFixed(2);
}
