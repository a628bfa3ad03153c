import type { FormEvaluation } from '../evaluate-form.ts';
import { exact } from '../exact-decimal.ts';
import { type Finding, finding } from '../finding.ts';
import { matchPrintedRate } from '../printed-rate.ts';

/**
 * How many 一级 / 二级 / 三级 indicators a table has and how many of its 三级 indicators are met
 * ("其中" rows are parts of their parent and not counted): what a 自评报告 states, computed.
 */
export function indicatorCounts(evaluation: FormEvaluation): {
  level1: number;
  level2: number;
  level3: number;
  met: number;
} {
  const rows = evaluation.indicators.filter((indicator) => !indicator.isPart);
  return {
    level1: new Set(rows.map((row) => row.level1 ?? row.row.level1)).size,
    level2: new Set(rows.map((row) => row.level2 ?? row.row.level2 ?? '')).size,
    level3: rows.length,
    met: rows.filter((row) => row.score.met).length,
  };
}

/**
 * What a narrative report (自评报告) or the form itself claims about the table: the number of
 * level-1/2/3 indicators, how many were completed, the completion rate, "全部达成".
 */
export function checkNarrative(evaluation: FormEvaluation): Finding[] {
  const claims = evaluation.form.narrative;
  if (!claims || !evaluation.scorable) return [];
  const rows = evaluation.indicators.filter((indicator) => !indicator.isPart);
  const findings: Finding[] = [];
  const say = (code: Parameters<typeof finding>[0], message: string) =>
    findings.push(finding(code, '自评报告', `自评报告称“${claims.quote}”：${message}`));

  const counts = indicatorCounts(evaluation);
  const claimed = {
    level1: claims.level1Count,
    level2: claims.level2Count,
    level3: claims.level3Count,
  };
  const levelNames = { level1: '一级', level2: '二级', level3: '三级' } as const;
  for (const level of ['level1', 'level2', 'level3'] as const) {
    const value = claimed[level];
    if (value !== undefined && value !== counts[level]) {
      say(
        'NARRATIVE_COUNT_MISMATCH',
        `表中实有${levelNames[level]}指标 ${counts[level]} 个，而非 ${value} 个`,
      );
    }
  }

  const met = rows.filter((row) => row.score.met);
  const unmet = rows.filter((row) => !row.score.met);
  if (claims.completedLevel3Count !== undefined) {
    if (claims.completedLevel3Count > rows.length) {
      say(
        'NARRATIVE_COMPLETED_EXCEEDS_TOTAL',
        `已完成 ${claims.completedLevel3Count} 个超过三级指标总数 ${rows.length} 个`,
      );
    } else if (claims.completedLevel3Count !== met.length) {
      say(
        'NARRATIVE_COMPLETED_MISMATCH',
        `按表中数据已完成 ${met.length} 个，而非 ${claims.completedLevel3Count} 个`,
      );
    }
  }
  if (claims.allTargetsMet && unmet.length > 0) {
    say(
      'NARRATIVE_ALL_MET_CONTRADICTED',
      `但以下指标未完成：${unmet.map((row) => row.row.name).join('、')}`,
    );
  }
  if (claims.completionRate && rows.length > 0) {
    const rate = exact(met.length).div(rows.length).times(100);
    if (matchPrintedRate(claims.completionRate, rate) === 'wrong') {
      say(
        'NARRATIVE_RATE_MISMATCH',
        `按表中数据 ${rows.length} 项指标完成 ${met.length} 项，完成率为 ` +
          `${rate.toDecimalPlaces(2).toFixed(2)}%，而非 ${claims.completionRate}`,
      );
    }
  }
  return findings;
}
