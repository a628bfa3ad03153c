/**
 * 注 — the footnote printed under the 自评表: the two scoring rules printed under every 2020
 * self-evaluation form of the 莎车县 seed, and how the figures of a generated form were obtained.
 * The same words as the XLSX export (packages/forms/src/export/footnotes.ts; a test keeps them
 * in step), except that the printed page carries its 核查意见 on a page of its own instead of a
 * second worksheet. Copied, not imported: the forms package brings exceljs with it.
 */
export const SCORING_FOOTNOTE = [
  '注：1. 定性指标根据指标完成情况分为：达成预期指标、部分达成预期指标并具有一定效果、' +
    '未达成预期指标且效果较差三档，分别按照100-80%（含80%）、80-50%（含50%）、50-0%合理填写完成比例。',
  '2. 定量指标若为正向指标（即指标值为≥*），则得分计算方法应用全年实际值（B）/年度指标值（A）' +
    '×该指标分值；若定量指标为反向指标（即指标值为≤*），则得分计算方法应用年度指标值（A）/' +
    '全年实际值（B）×该指标分值。',
] as const;

/** The generated form's note, up to where the XLSX names its 核查意见 worksheet. */
export const GENERATED_FOOTNOTE_RULES =
  '3. 本表由系统按填报数据生成：完成率为得分占该指标分值的比例，执行率为全年执行数（B）/' +
  '全年预算数（A）；分值栏空白的指标按默认分值（预算执行率 10、产出指标 50、效益指标 30、' +
  '满意度指标 10）在同一一级指标内平均分配。';

export const PRINTED_FOOTNOTE = [
  ...SCORING_FOOTNOTE,
  `${GENERATED_FOOTNOTE_RULES}核查发现的问题见附页“核查意见”。`,
] as const;
