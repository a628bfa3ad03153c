/**
 * 注 — the footnotes the templates print under the tables. The first two are the scoring rules
 * printed under every 2020 self-evaluation form (莎车县 seed); the third says how a generated
 * form's figures were obtained.
 */
export const SCORING_FOOTNOTE = [
  '注：1. 定性指标根据指标完成情况分为：达成预期指标、部分达成预期指标并具有一定效果、' +
    '未达成预期指标且效果较差三档，分别按照100-80%（含80%）、80-50%（含50%）、50-0%合理填写完成比例。',
  '2. 定量指标若为正向指标（即指标值为≥*），则得分计算方法应用全年实际值（B）/年度指标值（A）' +
    '×该指标分值；若定量指标为反向指标（即指标值为≤*），则得分计算方法应用年度指标值（A）/' +
    '全年实际值（B）×该指标分值。',
] as const;

/** How a generated form's figures were obtained (the XLSX and the printed page alike). */
export const GENERATED_FOOTNOTE_RULES =
  '3. 本表由系统按填报数据生成：完成率为得分占该指标分值的比例，执行率为全年执行数（B）/' +
  '全年预算数（A）；分值栏空白的指标按默认分值（预算执行率 10、产出指标 50、效益指标 30、' +
  '满意度指标 10）在同一一级指标内平均分配。';

/** The XLSX's note: its 核查意见 are on a worksheet of their own. */
export const GENERATED_FOOTNOTE = `${GENERATED_FOOTNOTE_RULES}核查发现的问题见“核查意见”工作表。`;

/** Printed under the 绩效目标申报表 (2019 seed). */
export const DECLARATION_FOOTNOTE = [
  '注：1. “其他资金”是指与财政拨款共同用于同一项目的单位自有资金、社会资金等。',
  '2. 各地请根据实际情况，选择适合的二级指标进行填报，并细化为三级指标和指标值。',
] as const;
