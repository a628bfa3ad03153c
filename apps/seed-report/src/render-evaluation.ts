import { level1Name, level2Name } from '@jixiao/domain';
import type { Finding, FormEvaluation, IndicatorEvaluation, Severity } from '@jixiao/scoring';
import { renderTable } from './text-table.ts';

const KIND_TITLES = {
  'self-evaluation': '绩效自评表',
  'target-declaration': '绩效目标申报表',
  monitoring: '绩效监控情况表',
  'evaluation-report': '绩效评价报告',
} as const;

const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

function fixed(value: number | null | undefined, places = 2): string {
  return value === null || value === undefined ? '—' : value.toFixed(places);
}

function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${value.toFixed(2)}%`;
}

function indicatorRow(indicator: IndicatorEvaluation, scored: boolean): string[] {
  const { row, level1, level2, score } = indicator;
  const name = indicator.isPart ? `  ${row.name}` : row.name;
  const cells = [
    level1 ? level1Name(level1) : row.level1,
    level2 ? level2Name(level2) : (row.level2 ?? '—'),
    name,
    row.target ?? '—',
  ];
  if (!scored) return cells;
  return [
    ...cells,
    row.actual ?? '—',
    percent(score.completionRate),
    row.printedRate ?? '—',
    indicator.isPart ? '其中' : fixed(score.weight),
    indicator.isPart ? '' : fixed(score.score),
  ];
}

function renderFinding(found: Finding): string {
  const where = found.rowId ? ` ${found.rowId}` : '';
  return `  [${SEVERITY_LABELS[found.severity]}] ${found.code}${where}  ${found.message}`;
}

/** One seed form as a person reads it: header, funds, the scored table, total, findings. */
export function renderEvaluation(evaluation: FormEvaluation): string {
  const { form, budget } = evaluation;
  const lines: string[] = [];
  lines.push(
    `━━ ${form.title}（${form.year}年度）· ${form.county.name} · ${KIND_TITLES[form.kind]} ━━`,
  );
  lines.push(`项目：${form.projectName}    实施单位：${form.implementingUnit}`);
  const total = form.funds?.total;
  if (total) {
    const rate = budget ? `执行率 ${budget.executionRate.toFixed(2)}%` : '执行率 —';
    const points = budget ? `预算执行得分 ${fixed(budget.score)} / ${budget.weight}` : '';
    lines.push(
      `资金（万元）：全年预算数 A ${total.budget ?? '—'}    全年执行数 B ${total.executed ?? '—'}    ${rate}    ${points}`.trimEnd(),
    );
  }
  if (form.indicators.length > 0) {
    const scored = evaluation.scorable;
    const columns = [
      { header: '一级指标' },
      { header: '二级指标' },
      { header: '三级指标', maxWidth: 34 },
      { header: '年度指标值' },
      ...(scored
        ? [
            { header: '全年完成值' },
            { header: '完成率', align: 'right' as const },
            { header: '表中填报', align: 'right' as const },
            { header: '分值', align: 'right' as const },
            { header: '得分', align: 'right' as const },
          ]
        : []),
    ];
    lines.push('');
    lines.push(
      ...renderTable(
        columns,
        evaluation.indicators.map((indicator) => indicatorRow(indicator, scored)),
      ),
    );
    lines.push('');
    if (scored) {
      const weights =
        evaluation.weightSource === 'form'
          ? '表中分值'
          : '默认分值（产出50 / 效益30 / 满意度10，组内平均）';
      const completeness = evaluation.complete
        ? ''
        : '（评分不完整：部分指标无可评分的完成值，按 0 分计）';
      lines.push(
        `总分 ${fixed(evaluation.total)}    等级 ${evaluation.grade}    ${weights}${completeness}`,
      );
    } else {
      lines.push('申报表只有指标值，不评分；下面只列出检查结果。');
    }
  }
  if (form.figures && form.figures.length > 0) {
    lines.push(
      `报告文字中的数据 ${form.figures.length} 项，数据间关系 ${form.relations?.length ?? 0} 项已核对。`,
    );
  }
  lines.push('');
  if (evaluation.findings.length === 0) {
    lines.push('发现问题：无');
  } else {
    lines.push(`发现问题（${evaluation.findings.length}）：`);
    lines.push(...evaluation.findings.map(renderFinding));
  }
  return lines.join('\n');
}
