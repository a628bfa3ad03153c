import type { EvaluationForm } from '@jixiao/domain';

/**
 * 莎车县 喀什地区社会保险支出绩效自评表 (2020年度) for the 职工基本医疗保险 fund. The form
 * prints targets (预期指标值) only, so every actual and rate is null.
 */
export const shache2020EmployeeMedical: EvaluationForm = {
  id: 'shache-2020-employee-medical-self-evaluation',
  kind: 'self-evaluation',
  title: '喀什地区社会保险支出绩效自评表',
  year: 2020,
  county: { name: '莎车县', code: '653125' },
  scheme: 'employeeMedical',
  projectName: '莎车县2020年职工基本医疗保险基金项目',
  implementingUnit: '莎车县医疗保障局',
  funds: {
    unit: 'wanYuan',
    total: { budget: '33874', executed: '33874', printedRate: null },
    sources: [
      {
        source: 'socialInsuranceFund',
        label: '其中：社会保险基金',
        amounts: { budget: '33874', executed: '33874', printedRate: null },
      },
    ],
  },
  goal:
    '保障县本级财政保障行政事业单位的国家公职人员合理医疗需求和离退休干部职工等人群的医疗待遇，' +
    '完善医疗保障制度，通过职工基本医疗保险基金，' +
    '切实稳定和保障全县职工基本医疗保险基金的支付能力，促进全县职工的生活质量的不断提高，' +
    '促进社会和谐进步，促进和推动全县社会经济的稳定和可持续发展。',
  goalOutcome:
    '我县严格执行社保基金管理法规政策，' +
    '保障行政事业单位的国家公职人员合理医疗需求和离退休干部职工等人群的医疗待遇，' +
    '完善医疗保障制度，通过职工基本医疗保险基金，' +
    '切实稳定和保障全县职工基本医疗保险基金的支付能力，促进全县职工的生活质量的不断提高，' +
    '促进社会和谐进步，促进和推动全县社会经济的稳定和可持续发展。',
  indicators: [
    {
      id: 'r01',
      level1: '项目完成指标',
      level2: '数量指标',
      name: '参保缴费人数',
      target: '55067人',
      actual: null,
      printedRate: null,
      note:
        'Printed on the line before the one carrying the 项目完成指标 / 数量指标 labels (the ' +
        'merged cells are centred on the block); read as 项目完成指标 / 数量指标.',
    },
    {
      id: 'r02',
      level1: '项目完成指标',
      level2: '数量指标',
      name: '保障退休待遇人数',
      target: '7235人',
      actual: null,
      printedRate: null,
    },
    {
      id: 'r03',
      level1: '项目完成指标',
      level2: '数量指标',
      name: '职工基本医疗待遇享受人数',
      target: '≥9242人',
      actual: null,
      printedRate: null,
    },
    {
      id: 'r04',
      level1: '项目完成指标',
      level2: '数量指标',
      name: '职工基本医疗保险收入预算执行率',
      target: '105%≤95%',
      actual: null,
      printedRate: null,
      note: 'Filed under 数量指标 as printed; the garbled range is kept as printed.',
    },
    {
      id: 'r05',
      level1: '项目完成指标',
      level2: '数量指标',
      name: '职工基本医疗保险待遇支出预算执行率',
      target: '105%≤95%',
      actual: null,
      printedRate: null,
      note: 'Filed under 数量指标 as printed; the garbled range is kept as printed.',
    },
    {
      id: 'r06',
      level1: '项目完成指标',
      level2: '质量指标',
      name: '参保人政策范围内住院费用报销比例',
      target: '≥65%',
      actual: null,
      printedRate: null,
    },
    {
      id: 'r07',
      level1: '项目完成指标',
      level2: '质量指标',
      name: '参保人住院费用实际报销比例',
      target: '≥60%',
      actual: null,
      printedRate: null,
    },
    {
      id: 'r08',
      level1: '项目完成指标',
      level2: '成本指标',
      name: '基金使用符合政策规定',
      target: '100%',
      actual: null,
      printedRate: null,
    },
    {
      id: 'r09',
      level1: '项目完成指标',
      level2: '成本指标',
      name: '单位缴费基数',
      target: '6.80%',
      actual: null,
      printedRate: null,
    },
    {
      id: 'r10',
      level1: '项目完成指标',
      level2: '成本指标',
      name: '个人缴费基数',
      target: '2.00%',
      actual: null,
      printedRate: null,
    },
    {
      id: 'r11',
      level1: '项目效益指标',
      level2: '社会效益指标',
      name: '稳定和保障全县职工基本医疗保险基金的支付能力',
      target: '充分发挥社会保险的职能作用',
      actual: null,
      printedRate: null,
    },
    {
      id: 'r12',
      level1: '项目效益指标',
      level2: '可持续影响力指标',
      name: '对城职工基本医疗保险制度可持续发展',
      target: '长期',
      actual: null,
      printedRate: null,
    },
    {
      id: 'r13',
      level1: '满意度指标',
      level2: '满意度指标',
      name: '保对象满意度',
      target: '≥95%',
      actual: null,
      printedRate: null,
      note:
        'Printed with the level-1 cell empty (which would continue 项目效益指标) and ' +
        '满意度指标 in the level-2 cell; read as 满意度指标 / 满意度指标. The name is printed ' +
        'as is (保对象满意度, presumably 参保对象满意度).',
    },
  ],
  source: {
    file: '004_748413815362b37f.txt',
    section: '喀什地区社会保险支出绩效自评表 (2020年度) — 莎车县2020年职工基本医疗保险基金项目',
    note:
      'The form names no 主管部门 or 实施单位; its 社会保险基金预算支出部门 (莎车县医疗保障局) ' +
      'is transcribed as implementingUnit. The funds block prints no 执行率. The empty ' +
      '其他资金 line is not transcribed. The form has no signature block.',
  },
};
