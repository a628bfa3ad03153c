import { type EvaluationForm, type FundAmounts, LEVEL1_ORDER, level1Name } from '@jixiao/domain';
import {
  exact,
  type FormEvaluation,
  formatPercent,
  type IndicatorEvaluation,
  indicatorCounts,
} from '@jixiao/scoring';
import { completionText, pointsText } from '../export/completion-text.ts';

/**
 * 项目支出绩效自评报告 — the narrative report drafted from the data, in the sections of the
 * seed's reports (一、项目概况 … 六、项目评价工作情况). Every figure is computed from the form
 * and its evaluation — fund use, execution rate, the counts of 一级 / 二级 / 三级 indicators and
 * how many are met, the unmet ones with their reasons, the score and grade — never typed; what
 * the data cannot say (how the project was organised) is left for the county to write and says
 * so. Structured (sections of paragraphs) for the API and the PWA, with a plain-text rendering.
 */
export interface ReportSection {
  heading: string;
  paragraphs: string[];
  subsections: ReportSection[];
}

export interface SelfEvaluationReport {
  title: string;
  /** "（2020 年度）". */
  subtitle: string;
  /** 项目名称, 实施单位, 主管部门, 项目负责人, 填报时间 as "label：value" lines. */
  meta: { label: string; value: string }[];
  sections: ReportSection[];
}

export interface ReportOptions {
  /** Rows whose actual comes from field work (satisfaction surveys, verification). */
  fieldDataRowIds?: ReadonlySet<string>;
}

const TO_BE_WRITTEN = '（此部分由实施单位根据实际情况填写。）';

function section(
  heading: string,
  paragraphs: string[],
  subsections: ReportSection[] = [],
): ReportSection {
  return { heading, paragraphs, subsections };
}

function amount(value: string | null | undefined): string {
  return value ? `${exact(value).toString()} 万元` : '（未填写）';
}

function rateOf(amounts: FundAmounts): string | null {
  const { budget, executed } = amounts;
  if (!budget || !executed || exact(budget).isZero()) return null;
  return formatPercent(exact(executed).div(budget).times(100), 2);
}

function overview(form: EvaluationForm): ReportSection {
  const unit = [`实施单位：${form.implementingUnit || '（未填写）'}。`];
  if (form.departments?.local || form.departments?.central) {
    unit.push(
      `主管部门：${[form.departments.central, form.departments.local].filter(Boolean).join('、')}。`,
    );
  }
  return section(
    '一、项目概况',
    [],
    [
      section('（一）项目单位基本情况', [...unit, TO_BE_WRITTEN]),
      section('（二）项目预算绩效目标设定情况', [
        form.projectName,
        form.goal ? `年度总体目标：${form.goal}` : '年度总体目标：（未填写）',
      ]),
    ],
  );
}

function funds(evaluation: FormEvaluation): ReportSection {
  const { form } = evaluation;
  const block = form.funds;
  if (!block) {
    return section('二、项目资金使用及管理情况', ['本项目未填报项目资金。']);
  }
  const { total, sources } = block;
  const split = sources
    .filter((line) => line.amounts.budget)
    .map((line) => `${line.label.replace(/^其中[:：]\s*/, '')} ${amount(line.amounts.budget)}`);
  const arranged = `${form.year} 年预算安排总额 ${amount(total.budget)}${split.length > 0 ? `，其中：${split.join('，')}` : ''}。`;
  const arrived = total.arrived ? [`截至监控时点资金到位 ${amount(total.arrived)}。`] : [];
  const rate = rateOf(total);
  const used = total.executed
    ? `本项目实际支付资金 ${amount(total.executed)}` +
      (rate
        ? `，预算执行率 ${rate}（全年执行数 ${exact(total.executed).toString()} / 全年预算数 ${exact(total.budget ?? '0').toString()}）`
        : '') +
      (evaluation.budget
        ? `，预算执行得分 ${pointsText(evaluation.budget.score)} 分（满分 10 分）。`
        : '。')
    : '本项目未填报全年执行数。';
  const bySource = sources
    .filter((line) => line.amounts.executed)
    .map((line) => {
      const lineRate = rateOf(line.amounts);
      return `${line.label.replace(/^其中[:：]\s*/, '')}执行 ${amount(line.amounts.executed)}${lineRate ? `，执行率 ${lineRate}` : ''}`;
    });
  return section(
    '二、项目资金使用及管理情况',
    [],
    [
      section('（一）项目资金安排落实情况', [arranged, ...arrived]),
      section('（二）项目资金实际使用情况分析', [
        used,
        ...(bySource.length > 1 ? [`${bySource.join('；')}。`] : []),
      ]),
      section('（三）项目资金管理情况分析', [TO_BE_WRITTEN]),
    ],
  );
}

function indicatorLine(indicator: IndicatorEvaluation): string {
  const { row, score } = indicator;
  const rate = completionText(indicator, 'uncapped');
  return (
    `${row.name}：年度指标值 ${row.target ?? '（未填写）'}，全年完成值 ${row.actual ?? '（未填写）'}` +
    (rate ? `，完成率 ${rate}` : '，无法计算完成率') +
    (score.weight > 0
      ? `，得分 ${pointsText(score.score)} 分（分值 ${pointsText(score.weight)} 分）`
      : '') +
    '。'
  );
}

function performance(evaluation: FormEvaluation, options: ReportOptions): ReportSection {
  const counts = indicatorCounts(evaluation);
  const rows = evaluation.indicators.filter((indicator) => !indicator.isPart);
  if (rows.length === 0) {
    return section('四、项目绩效情况', ['本项目未设置绩效指标。']);
  }
  const rate = formatPercent(exact(counts.met).div(counts.level3).times(100), 2);
  const summary =
    `本项目共设置一级指标 ${counts.level1} 个，二级指标 ${counts.level2} 个，三级指标 ${counts.level3} 个，` +
    `其中已完成三级指标 ${counts.met} 个，指标完成率为 ${rate}。`;
  const scored = evaluation.scorable
    ? [
        `按评分规则计算，预算执行率得分 ${pointsText(evaluation.budget?.score ?? 0)} 分，` +
          `综合得分 ${pointsText(evaluation.total)} 分，评价等级为“${evaluation.grade}”` +
          (evaluation.complete ? '。' : '（部分指标缺少可评价的完成值，得分不完整）。'),
      ]
    : [];
  const groups = LEVEL1_ORDER.flatMap((level1) => {
    const inGroup = rows.filter((indicator) => indicator.level1 === level1);
    if (inGroup.length === 0) return [];
    const met = inGroup.filter((indicator) => indicator.score.met).length;
    return [
      `${level1Name(level1)}共 ${inGroup.length} 个，已完成 ${met} 个：`,
      ...inGroup.map((indicator, index) => `（${index + 1}）${indicatorLine(indicator)}`),
    ];
  });
  const unfiled = rows.filter((indicator) => indicator.level1 === null);
  const fieldRows = rows.filter((indicator) => options.fieldDataRowIds?.has(indicator.row.id));
  const field =
    fieldRows.length > 0
      ? [
          `其中 ${fieldRows.map((indicator) => indicator.row.name).join('、')} 的全年完成值来自乡镇外勤采集数据（满意度调查、待遇领取资格核实）。`,
        ]
      : [];

  const unmet = rows.filter((indicator) => !indicator.score.met);
  const unscorable = unmet.filter((indicator) => indicator.score.completionRate === null);
  const missed = unmet.filter((indicator) => indicator.score.completionRate !== null);
  const reasons =
    unmet.length === 0
      ? [`不存在未完成情况：${evaluation.form.year} 年本项目绩效目标全部达成。`]
      : [
          ...missed.map(
            (indicator) =>
              `${indicatorLine(indicator)}未完成原因和改进措施：${indicator.row.reason ?? '（未填写）'}`,
          ),
          ...(unscorable.length > 0
            ? [
                `以下指标没有可评价的全年完成值，无法判断是否完成：${unscorable.map((indicator) => indicator.row.name).join('、')}。`,
              ]
            : []),
        ];
  return section(
    '四、项目绩效情况',
    [],
    [
      section('（一）项目绩效目标完成情况分析', [
        summary,
        ...scored,
        ...groups,
        ...unfiled.map(indicatorLine),
        ...field,
      ]),
      section('（二）项目绩效目标未完成原因分析', reasons),
    ],
  );
}

function otherMatters(evaluation: FormEvaluation): ReportSection {
  const problems = evaluation.findings.filter((found) => found.severity !== 'info');
  return section(
    '五、其他需要说明的问题',
    [],
    [
      section('（一）后续工作计划', [TO_BE_WRITTEN]),
      section('（二）主要经验及做法、存在问题和建议', [TO_BE_WRITTEN]),
      section('（三）其他', [
        ...(evaluation.form.remarks ? [`说明：${evaluation.form.remarks}`] : []),
        ...(problems.length > 0
          ? [
              `数据核查发现 ${problems.length} 处问题：`,
              ...problems.map((found, index) => `${index + 1}. ${found.message}`),
            ]
          : ['数据核查未发现问题。']),
      ]),
    ],
  );
}

function evaluationWork(evaluation: FormEvaluation): ReportSection {
  return section('六、项目评价工作情况', [
    '本次自评以绩效自评表填报数据为依据，按照《项目支出绩效评价管理办法》（财预〔2020〕10号）' +
      '和自评表所附评分规则计算：预算执行率 10 分，产出指标 50 分，效益指标 30 分，满意度指标 10 分；' +
      '正向指标按全年实际值（B）/年度指标值（A）、反向指标按年度指标值（A）/全年实际值（B）计算得分，' +
      '定性指标按达成预期指标、部分达成、未达成三档评定。' +
      (evaluation.weightSource === 'form'
        ? '各指标分值按项目设定。'
        : '项目未设定指标分值，按各一级指标的默认分值平均分配。'),
  ]);
}

export function selfEvaluationReport(
  evaluation: FormEvaluation,
  options: ReportOptions = {},
): SelfEvaluationReport {
  const { form } = evaluation;
  const departments = [form.departments?.central, form.departments?.local]
    .filter(Boolean)
    .join('、');
  const meta = [
    { label: '项目名称', value: form.projectName },
    { label: '实施单位（公章）', value: form.implementingUnit },
    ...(departments ? [{ label: '主管部门（公章）', value: departments }] : []),
    ...(form.signature?.head ? [{ label: '项目负责人（签章）', value: form.signature.head }] : []),
    ...(form.signature?.filedOn ? [{ label: '填报时间', value: form.signature.filedOn }] : []),
  ];
  return {
    title: '项目支出绩效自评报告',
    subtitle: `（${form.year} 年度）`,
    meta,
    sections: [
      overview(form),
      funds(evaluation),
      section(
        '三、项目组织实施情况',
        [],
        [
          section('（一）项目组织情况分析', [TO_BE_WRITTEN]),
          section('（二）项目管理情况分析', [TO_BE_WRITTEN]),
        ],
      ),
      performance(evaluation, options),
      otherMatters(evaluation),
      evaluationWork(evaluation),
    ],
  };
}
