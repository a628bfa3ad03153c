import type { EvaluationForm } from '@jixiao/domain';

/**
 * 莎车县 喀什地区社会保险支出绩效自评表 (2020年度) for the 城乡居民医疗保险 fund. The form
 * prints targets (预期指标值) only, so every actual and rate is null.
 */
export const shache2020ResidentMedical: EvaluationForm = {
  id: 'shache-2020-resident-medical-self-evaluation',
  kind: 'self-evaluation',
  title: '喀什地区社会保险支出绩效自评表',
  year: 2020,
  county: { name: '莎车县', code: '653125' },
  scheme: 'residentMedical',
  projectName: '莎车县2020年城乡居民医疗保险项目',
  implementingUnit: '莎车县医疗保障局',
  funds: {
    unit: 'wanYuan',
    total: { budget: '65436.74', executed: '65436.74', printedRate: null },
    sources: [
      {
        source: 'socialInsuranceFund',
        label: '其中：社会保险基金',
        amounts: { budget: '65436.74', executed: '65436.74', printedRate: null },
      },
    ],
  },
  goal:
    '主要用于积极推进全民参保计划，确保城乡居民基本医疗保险参保人员的医疗待遇落实，' +
    '确保全面实施大病保险制度，减轻参保人员的经济负担，缓解社会矛盾。',
  goalOutcome:
    '我县积极推进全民参保计划，确保城乡居民基本医疗保险参保人员的医疗待遇落实，' +
    '确保全面实施大病保险制度，减轻参保人员的经济负担，缓解社会矛盾。',
  indicators: [
    {
      id: 'r01',
      level1: '项目完成指标',
      level2: '数量指标',
      name: '参保人数',
      target: '823913人',
      actual: null,
      printedRate: null,
    },
    {
      id: 'r02',
      level1: '项目完成指标',
      level2: '数量指标',
      name: '享受待遇人数',
      target: '≥128711人',
      actual: null,
      printedRate: null,
    },
    {
      id: 'r03',
      level1: '项目完成指标',
      level2: '数量指标',
      name: '缴纳当年医疗保险费',
      target: '176万元',
      actual: null,
      printedRate: null,
    },
    {
      id: 'r04',
      level1: '项目完成指标',
      level2: '数量指标',
      name: '预收下年度医疗保险费',
      target: '27429.5万元',
      actual: null,
      printedRate: null,
    },
    {
      id: 'r05',
      level1: '项目完成指标',
      level2: '数量指标',
      name: '城乡居民医疗保险基金收入预算执行率',
      target: '105%≤≥95%',
      actual: null,
      printedRate: null,
    },
    {
      id: 'r06',
      level1: '项目完成指标',
      level2: '质量指标',
      name: '城乡居民医疗保险基金支出预算执行率',
      target: '105%≤≥95%',
      actual: null,
      printedRate: null,
    },
    {
      id: 'r07',
      level1: '项目完成指标',
      level2: '成本指标',
      name: '以户籍人口数为基数计算的基本医保综合参保率（%）',
      target: '≥95%',
      actual: null,
      printedRate: null,
    },
    {
      id: 'r08',
      level1: '项目完成指标',
      level2: '成本指标',
      name: '以常住人口数为基数计算的基本参保综合参保率（%）',
      target: '≥93%',
      actual: null,
      printedRate: null,
    },
    {
      id: 'r09',
      level1: '项目完成指标',
      level2: '成本指标',
      name: '参保人政策范围内住院费用报销比例（%）',
      target: '≥68%',
      actual: null,
      printedRate: null,
    },
    {
      id: 'r10',
      level1: '项目完成指标',
      level2: '成本指标',
      name: '参保人住院费用实际报销比例（%）',
      target: '≥60%',
      actual: null,
      printedRate: null,
    },
    {
      id: 'r11',
      level1: '项目完成指标',
      level2: '成本指标',
      name: '参保居民个人实际缴费标准（元/人/年）',
      target: '=280',
      actual: null,
      printedRate: null,
    },
    {
      id: 'r12',
      level1: '项目完成指标',
      level2: '成本指标',
      name: '城乡居民医疗各级财政实际补助标准（元/人/年）',
      target: '=580',
      actual: null,
      printedRate: null,
      note:
        'Printed with 项目效益指标 in the level-1 column and the name in the level-2 column; ' +
        'read as 项目完成指标 / 成本指标 (a per-person subsidy standard, like =280 above it); ' +
        'the 项目效益指标 label belongs to the block below.',
    },
    {
      id: 'r13',
      level1: '项目效益指标',
      level2: '社会效益指标',
      name: '减轻参保人员就医经济负担，缓解社会矛盾',
      target: '有效缓解',
      actual: null,
      printedRate: null,
      note: 'Its level-1 cell is empty; the merged 项目效益指标 label is printed one line up.',
    },
    {
      id: 'r14',
      level1: '项目效益指标',
      level2: '可持续影响力指标',
      name: '对城乡居民医疗保险制度可持续发展',
      target: '长期',
      actual: null,
      printedRate: null,
    },
    {
      id: 'r15',
      level1: '满意度指标',
      level2: '满意度指标',
      name: '参保对象满意度（%）',
      target: '≥95%',
      actual: null,
      printedRate: null,
    },
  ],
  source: {
    file: '004_748413815362b37f.txt',
    section: '喀什地区社会保险支出绩效自评表 (2020年度) — 莎车县2020年城乡居民医疗保险项目',
    note:
      'The form names no 主管部门 or 实施单位; its 社会保险基金预算支出部门 (莎车县医疗保障局) ' +
      'is transcribed as implementingUnit. The funds block prints no 执行率. The empty ' +
      '其他资金 line is not transcribed. The form has no signature block.',
  },
};
