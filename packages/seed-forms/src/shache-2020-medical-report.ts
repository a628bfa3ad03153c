import type { EvaluationForm } from '@jixiao/domain';

/**
 * 莎车县医疗保险基金整体支出绩效自评报告 (2020 年度): the figures its text states and how the
 * text relates them, plus the 执行数 of the two 2020 medical self-evaluation forms.
 */
export const shache2020MedicalReport: EvaluationForm = {
  id: 'shache-2020-medical-report',
  kind: 'evaluation-report',
  title: '莎车县医疗保险基金整体支出绩效自评报告',
  year: 2020,
  county: { name: '莎车县', code: '653125' },
  scheme: null,
  projectName: '莎车县医疗保险基金支出项目',
  implementingUnit: '莎车县医疗保障局',
  funds: null,
  goal:
    '我县两项社会保险支出严格按照年初制定的预算执行，' +
    '目标为保证全县参保人员各项医保待遇的正常享受。',
  goalOutcome:
    '截至 2020 年 12 月我县两项社会保险基金支出 17.52 亿元，完成年度支出预算 9.93 亿元的 ' +
    '176.44%。保障了参保人员的医疗保险待遇享受切身利益问题。坚定维护了新疆社会稳定和长治久安。',
  indicators: [],
  figures: [
    {
      id: 'total-expenditure',
      label: '城镇职工、城乡居民医疗保险两项社会保险基金总支出',
      value: '17.52',
      unit: 'yiYuan',
    },
    { id: 'total-balance', label: '两项社会保险基金总结余', value: '1.15', unit: 'yiYuan' },
    { id: 'budget', label: '年度支出预算', value: '9.93', unit: 'yiYuan' },
    {
      id: 'resident-insured',
      label: '城乡居民医疗保险参保缴费人数',
      value: '823913',
      unit: 'person',
    },
    {
      id: 'resident-beneficiaries',
      label: '城乡居民医疗保险享受待遇人数',
      value: '128711',
      unit: 'person',
    },
    {
      id: 'resident-expenditure',
      label: '城乡居民医疗保险总支出',
      value: '110420.25',
      unit: 'wanYuan',
    },
    {
      id: 'resident-inpatient',
      label: '城乡居民医疗保险住院费支出',
      value: '46887.43',
      unit: 'wanYuan',
    },
    {
      id: 'resident-outpatient',
      label: '城乡居民医疗保险门诊支出',
      value: '11822.55',
      unit: 'wanYuan',
    },
    {
      id: 'resident-remitted',
      label: '城乡居民医疗保险上解地区',
      value: '51710.27',
      unit: 'wanYuan',
    },
    {
      id: 'resident-balance',
      label: '城乡居民医疗保险基金结余',
      value: '8948.95',
      unit: 'wanYuan',
    },
    {
      id: 'employee-insured',
      label: '城镇职工医疗保险参保缴费人数',
      value: '55067',
      unit: 'person',
    },
    {
      id: 'employee-beneficiaries',
      label: '城镇职工医疗保险享受待遇人数',
      value: '9242',
      unit: 'person',
    },
    {
      id: 'employee-expenditure',
      label: '城镇职工医疗保险总支出',
      value: '64807.4',
      unit: 'wanYuan',
    },
    {
      id: 'employee-inpatient',
      label: '城镇职工医疗保险住院费支出',
      value: '4518.91',
      unit: 'wanYuan',
    },
    {
      id: 'employee-outpatient',
      label: '城镇职工医疗保险门诊支出',
      value: '2687.96',
      unit: 'wanYuan',
    },
    {
      id: 'employee-balance',
      label: '城镇职工医疗保险基金结余',
      value: '2604.56',
      unit: 'wanYuan',
    },
    {
      id: 'form-executed-employee',
      // Not in the report's text: the 执行数 of the 2020 employee medical self-evaluation form.
      label: '职工基本医疗保险2020年自评表执行数',
      value: '33874',
      unit: 'wanYuan',
    },
    {
      id: 'form-executed-resident',
      // Not in the report's text: the 执行数 of the 2020 resident medical self-evaluation form.
      label: '城乡居民医疗保险2020年自评表执行数',
      value: '65436.74',
      unit: 'wanYuan',
    },
  ],
  relations: [
    {
      kind: 'ratio',
      numerator: 'total-expenditure',
      denominator: 'budget',
      printed: '176.44%',
      quote: '两项社会保险基金支出 17.52 亿元，完成年度支出预算 9.93 亿元的 176.44%。',
    },
    {
      kind: 'sum',
      total: 'resident-expenditure',
      parts: ['resident-inpatient', 'resident-outpatient', 'resident-remitted'],
      quote:
        '总支出 110420.25 万元，其中：住院费支出：46887.43 万元，门诊支出 11822.55 万元，' +
        '上解地区 51710.27 万元',
    },
    {
      kind: 'sum',
      total: 'employee-expenditure',
      parts: ['employee-inpatient', 'employee-outpatient'],
      quote: '总支出 64807.4 万元，其中：住院费支出：4518.91 万元，门诊支出 2687.96 万元',
    },
    {
      kind: 'sum',
      total: 'total-expenditure',
      parts: ['resident-expenditure', 'employee-expenditure'],
      quote:
        '城镇职工、城乡居民医疗保险两项社会保险基金总支出 17.52 亿元 (the 总支出 of each ' +
        'scheme is stated in 一(二) 1 and 2)',
    },
    {
      kind: 'sum',
      total: 'total-balance',
      parts: ['resident-balance', 'employee-balance'],
      quote:
        '两项社会保险基金总支出 17.52 亿元，总结余 1.15 亿元 (the 基金结余 of each scheme is ' +
        'stated in 一(二) 1 and 2)',
    },
    {
      kind: 'sum',
      total: 'budget',
      parts: ['form-executed-employee', 'form-executed-resident'],
      quote:
        '完成年度支出预算 9.93 亿元 — the sum of the 预算数 (= 执行数) 33874 and 65436.74 万元 ' +
        'of the two 2020 medical self-evaluation forms',
    },
    {
      kind: 'sum',
      total: 'total-expenditure',
      parts: ['form-executed-employee', 'form-executed-resident'],
      quote:
        'The two 2020 medical self-evaluation forms report 执行数 = 预算数 (33874 and 65436.74 ' +
        '万元, 9.93 亿元 in all), while the report says 两项社会保险基金支出 17.52 亿元 was ' +
        'spent.',
    },
  ],
  signature: { head: '王雅琴', filedOn: '2021 年 4 月 5 日' },
  remarks:
    '根据地区文件，2020 年医疗保险基金实行地级统筹管理，' +
    '各县市将县财政专户资金上解至地区财政局统一管理，导致支出偏大。',
  source: {
    file: '004_748413815362b37f.txt',
    section: '莎车县医疗保险基金整体支出绩效自评报告 (2020 年度)',
    note:
      'The title is printed 莎车县医疗保险基金整体支出 绩效自评报告 (a line break). 17.52 亿元 ' +
      'is stated three times (一(一), 二(一)1, 三(二)) and transcribed once. The head is the ' +
      '项目负责人. remarks is 二(一)2 支出存在偏差的主要原因. The form-executed-* figures come ' +
      'from the 喀什地区社会保险支出绩效自评表 forms of the same file.',
  },
};
