import { evaluateForm } from '@jixiao/scoring';
import {
  shache2019ResidentPensionTargets,
  shache2020InstitutionPension,
  shache2020ResidentPension,
} from '@jixiao/seed-forms';
import { describe, expect, it } from 'vitest';
import { reportText } from './report-text.ts';
import { type ReportSection, selfEvaluationReport } from './self-evaluation-report.ts';

function find(sections: readonly ReportSection[], heading: string): ReportSection {
  for (const section of sections) {
    if (section.heading === heading) return section;
    const inner = section.subsections.find((sub) => sub.heading === heading);
    if (inner) return inner;
  }
  throw new Error(`no section ${heading}`);
}

describe('自评报告 drafted from 莎车县 2020 机关事业单位养老', () => {
  const evaluation = evaluateForm(shache2020InstitutionPension);
  const report = selfEvaluationReport(evaluation, { fieldDataRowIds: new Set(['r01', 'r14']) });

  it('has the seed report’s six sections in order', () => {
    expect(report.title).toBe('项目支出绩效自评报告');
    expect(report.subtitle).toBe('（2020 年度）');
    expect(report.sections.map((section) => section.heading)).toEqual([
      '一、项目概况',
      '二、项目资金使用及管理情况',
      '三、项目组织实施情况',
      '四、项目绩效情况',
      '五、其他需要说明的问题',
      '六、项目评价工作情况',
    ]);
  });

  it('computes the counts from the table, not from the report’s own claims', () => {
    const [summary] = find(report.sections, '（一）项目绩效目标完成情况分析').paragraphs;
    // The filed report claimed “三级指标 14 个，其中已完成三级指标 23 个，指标完成率为 100%”.
    expect(summary).toBe(
      '本项目共设置一级指标 3 个，二级指标 7 个，三级指标 14 个，其中已完成三级指标 12 个，指标完成率为 85.71%。',
    );
    const performance = find(report.sections, '四、项目绩效情况');
    expect(JSON.stringify(performance)).not.toContain('23 个');
  });

  it('states fund use exactly, with the execution rate and its score', () => {
    expect(find(report.sections, '（二）项目资金实际使用情况分析').paragraphs[0]).toBe(
      '本项目实际支付资金 40889 万元，预算执行率 95.06%（全年执行数 40889 / 全年预算数 43013），' +
        '预算执行得分 9.51 分（满分 10 分）。',
    );
  });

  it('lists the unmet indicators with their reason, and the ones that cannot be judged', () => {
    expect(find(report.sections, '（二）项目绩效目标未完成原因分析').paragraphs).toEqual([
      '享受保险基金补助人数(人/月)：年度指标值 ≥5240，全年完成值 5218，完成率 99.58%，' +
        '得分 6.22 分（分值 6.25 分）。未完成原因和改进措施：（未填写）',
      '以下指标没有可评价的全年完成值，无法判断是否完成：补助发放结束时间。',
    ]);
  });

  it('names the indicators that come from field work and the checker’s findings', () => {
    const text = reportText(report);
    expect(text).toContain(
      '其中 享受保险基金补助人数(人/月)、群众满意度(%) 的全年完成值来自乡镇外勤采集数据',
    );
    expect(find(report.sections, '（三）其他').paragraphs).toContain('数据核查发现 7 处问题：');
  });

  it('renders as plain text for printing', () => {
    expect(reportText(report)).toMatchSnapshot();
  });
});

describe('自评报告 of other forms', () => {
  it('says every target was met when they were, with the reason given where one was not', () => {
    const form = {
      ...shache2020ResidentPension,
      indicators: shache2020ResidentPension.indicators.map((row) =>
        row.id === 'r01'
          ? { ...row, actual: '300000', reason: '外出务工人员增多，下年加强宣传' }
          : row,
      ),
    };
    const unmet = find(
      selfEvaluationReport(evaluateForm(form)).sections,
      '（二）项目绩效目标未完成原因分析',
    );
    expect(unmet.paragraphs).toEqual([
      '居民养老保险每月缴费人数(人)：年度指标值 ≥ 377693，全年完成值 300000，完成率 79.43%，' +
        '得分 5.67 分（分值 7.14 分）。未完成原因和改进措施：外出务工人员增多，下年加强宣传',
    ]);
    const met = find(
      selfEvaluationReport(evaluateForm(shache2020ResidentPension)).sections,
      '（二）项目绩效目标未完成原因分析',
    );
    expect(met.paragraphs).toEqual(['不存在未完成情况：2020 年本项目绩效目标全部达成。']);
  });

  it('drafts a declaration’s report without scores', () => {
    const report = selfEvaluationReport(evaluateForm(shache2019ResidentPensionTargets));
    const paragraphs = find(report.sections, '（一）项目绩效目标完成情况分析').paragraphs;
    expect(paragraphs[0]).toBe(
      '本项目共设置一级指标 3 个，二级指标 7 个，三级指标 11 个，其中已完成三级指标 0 个，指标完成率为 0.00%。',
    );
    expect(paragraphs.join('')).not.toContain('综合得分');
  });
});
