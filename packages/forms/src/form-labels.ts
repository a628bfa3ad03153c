/**
 * 表格用语 — the labels the forms print, one place for both directions: the export writes the
 * canonical label, the import accepts any of its spellings. Counties retype the templates and
 * vary the wording ("专项名称" / "项目名称", "全年预算数（A, 含结余结转）" / "预算数："), so a label
 * is matched on its normalized text with parenthesised remarks removed.
 */
export const LABELS = {
  projectName: ['专项名称', '项目名称', '专项资金名称', '项目名称(区域绩效不用填写)'],
  centralDepartment: ['中央主管部门'],
  localDepartment: ['地方主管部门', '主管部门'],
  implementingUnit: [
    '实施单位',
    '具体实施单位',
    '项目实施单位',
    '本级部门单位名称',
    '社会保险基金预算支出部门',
  ],
  funds: ['项目资金', '资金情况', '预算执行情况', '项目资金(万元)'],
  goal: ['年度目标', '年度总体目标', '总体目标', '年度预期目标', '预期目标'],
  goalPlanned: ['年初设定目标', '年度预期目标', '预期目标'],
  goalOutcome: ['全年实际完成情况', '目前完成情况', '实际完成目标', '实际完成情况'],
  overallRate: ['总体完成率'],
  remarks: ['说明', '偏差和措施', '绩效目标执行出现的偏差和采取的措施'],
  preparer: ['经办人', '填报人'],
  head: ['单位负责人', '项目负责人'],
  filedOn: ['上报时间', '填报时间', '填报日期'],
  contact: ['联系方式', '联系电话'],
  asOf: ['监控时点'],
  period: ['专项实施期', '实施期'],
  filingUnit: ['填报单位', '填报单位(公章)'],
  amountUnit: ['金额单位', '单位'],
} as const;

/** Captions down the left of a block; never a value. */
export const CAPTIONS = [
  '绩效指标',
  '基本情况',
  '预算执行情况',
  '目标完成情况',
  '年度绩效指标完成情况',
  '评分',
  '资金来源',
] as const;

/** Column headers of the funds table. */
export const FUND_COLUMNS = {
  budget: ['全年预算数', '预算数', '年度预算数', '预算安排数'],
  arrived: ['到位数', '资金到位数'],
  executed: ['全年执行数', '执行数', '资金执行数'],
  printedRate: ['执行率', '预算执行率'],
} as const;

/** Column headers of the indicator table. */
export const INDICATOR_COLUMNS = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  name: ['三级指标'],
  target: ['年度指标值', '指标值', '预期指标值', '年初指标值'],
  actual: ['全年完成值', '指标完成值', '实际完成值', '全年实际值'],
  printedRate: ['完成率', '指标完成率', '完成比例', '得分率'],
  weight: ['分值', '权重'],
  score: ['得分'],
  reason: ['未完成原因和改进措施', '未完成原因', '偏差原因'],
} as const;

/** Labels of the funds table's rows: the total line. */
export const FUND_TOTAL_LABELS = ['年度资金总额', '资金总额', '合计', '总计'] as const;

/** A row whose first label is one of these ends the indicator table. */
export const TABLE_END_LABELS = [
  '说明',
  '评分',
  '经办人',
  '填报人',
  '单位负责人',
  '项目负责人',
  '上报时间',
  '填报时间',
  '联系方式',
  '联系电话',
  '注',
  '预算执行率得分',
  '总分',
  '合计',
  '偏差和措施',
  '绩效目标执行出现的偏差和采取的措施',
] as const;

/**
 * The text of a label as compared: NFKC (full-width brackets and colons become ASCII), no
 * whitespace, no parenthesised remark, no leading "一、" numbering, no trailing colon.
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^[一二三四五六七八九十]+、/, '')
    .replace(/\([^()]*\)/g, '')
    .replace(/[:：]+$/, '');
}

/** True when `text` is one of the spellings. */
export function isLabel(text: string, spellings: readonly string[]): boolean {
  const normalized = normalizeLabel(text);
  if (normalized === '') return false;
  return spellings.some((spelling) => normalizeLabel(spelling) === normalized);
}

/** The key of the first table whose spellings include `text`, or null. */
export function labelKey<K extends string>(
  text: string,
  table: Record<K, readonly string[]>,
): K | null {
  for (const key of Object.keys(table) as K[]) if (isLabel(text, table[key])) return key;
  return null;
}

/**
 * "经办人：罗平" → { label: '经办人', value: '罗平' } when the label is one of `spellings`;
 * a cell may carry its label and value together, as the seed forms print them.
 */
export function splitLabelledValue(
  text: string,
  spellings: readonly string[],
): { value: string } | null {
  const match = /^\s*([^:：]+?)\s*[:：]\s*(.*)$/s.exec(text);
  if (!match?.[1] || !isLabel(match[1], spellings)) return null;
  return { value: (match[2] ?? '').trim() };
}
