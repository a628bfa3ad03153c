import type { EvaluationForm } from '@jixiao/domain';

/**
 * 莎车县 财政对机关养老保险补贴绩效自评表 (2020年度), with the counts its 自评报告 (附件 2)
 * claims. Values are as printed; the seed's own errors are kept for the checker to find.
 */
export const shache2020InstitutionPension: EvaluationForm = {
  id: 'shache-2020-institution-pension-self-evaluation',
  kind: 'self-evaluation',
  title: '财政对机关养老保险补贴绩效自评表',
  year: 2020,
  county: { name: '莎车县', code: '653125' },
  scheme: 'institutionPension',
  projectName: '对机关事业单位基本养老保险基金的补助',
  departments: { central: '财政部', local: '财政局' },
  implementingUnit: '莎车县社会保险管理局',
  funds: {
    unit: 'wanYuan',
    total: { budget: '43013', executed: '40889', printedRate: '95.06%' },
    sources: [
      {
        source: 'central',
        label: '其中：中央补助',
        amounts: { budget: '43013', executed: '40889', printedRate: '95.06%' },
      },
    ],
  },
  goal:
    '1. 本项目资金2277万元，莎财社[2020]58号下达直达资金2277万元，' +
    '用于保障机关事业单位退休人员养老金待遇得到及时保障，' +
    '莎车县每月享受保险基金补助人数为5178人。 2. 本项目实施统筹城乡社会保障体系建设，' +
    '建立更加公平、可持续的养老保险制度，坚持全覆盖、保基本、多层次、可持续方针，以增强公平性、' +
    '适应流动性、保证可持续性为重',
  goalOutcome:
    '1. 本项目资金2277万元，莎财社[2020]58号下达直达资金2277万元，截至监控节点，' +
    '2277万元直达资金已经全部支出完毕，资金执行率100%。莎车县每月享受保险基金补助人数为5178人，' +
    '受疫情影响，目前已经提前发放到了10月份，绩效指标总体完成率100%。',
  indicators: [
    {
      id: 'r01',
      level1: '项目完成',
      level2: '数量指标',
      name: '享受保险基金补助人数(人/月)',
      target: '≥5240',
      actual: '5218',
      printedRate: '99.58%',
    },
    {
      id: 'r02',
      level1: '项目完成',
      level2: '数量指标',
      name: '保障机关事业单位退休人员覆盖率',
      target: '=100%',
      actual: '100%',
      printedRate: '100.0%',
    },
    {
      id: 'r03',
      level1: '项目完成',
      level2: '质量指标',
      name: '资金使用合规率(%)',
      target: '=100%',
      actual: '100%',
      printedRate: '100.0%',
    },
    {
      id: 'r04',
      level1: '项目完成',
      level2: '质量指标',
      name: '按养老金标准足额发放(%)',
      target: '=100%',
      actual: '100%',
      printedRate: '100.0%',
    },
    {
      id: 'r05',
      level1: '项目完成',
      level2: '时效指标',
      name: '养老金发放准确率(%)',
      target: '=100%',
      actual: '100%',
      printedRate: '100.0%',
    },
    {
      id: 'r06',
      level1: '项目完成',
      level2: '时效指标',
      name: '符合机关事业单位养老保险参保范',
      target: '=100%',
      actual: '100%',
      printedRate: '100.0%',
    },
    {
      id: 'r07',
      level1: '项目完成',
      level2: '时效指标',
      name: '财政补助资金到位率(%)',
      target: '=100%',
      actual: '100%',
      printedRate: '100.0%',
    },
    {
      id: 'r08',
      level1: '项目完成',
      level2: '时效指标',
      name: '待遇按时发放',
      target: '每月20日前',
      actual: '100%',
      printedRate: '100.0%',
    },
    {
      id: 'r09',
      level1: '项目效益',
      level2: '社会效益指标',
      name: '补助发放开始时间',
      target: '2020年6月30',
      actual: '100%',
      printedRate: '100.0%',
      note:
        'Printed under 项目效益 / 社会效益指标, as kept here: a start date filed under ' +
        '社会效益指标 is an error of the seed, not of the transcription.',
    },
    {
      id: 'r10',
      level1: '项目效益',
      level2: '社会效益指标',
      name: '补助发放结束时间',
      target: '2020年12月31',
      actual: '未达监控节点',
      printedRate: '/',
      note:
        'Printed in the merged 社会效益指标 cell, as kept here (an end date under 社会效益指标 ' +
        'is an error of the seed). The actual reads 未达监控节点 and the rate /.',
    },
    {
      id: 'r11',
      level1: '项目效益',
      level2: '经济效益指标',
      name: '机关事业单位基本养老保险基金',
      target: '≤43013',
      actual: '40889',
      printedRate: '95.06%',
    },
    {
      id: 'r12',
      level1: '项目效益',
      level2: '社会效益指标',
      name: '对机关事业单位养老保险制度可持',
      target: '=100%',
      actual: '100%',
      printedRate: '100.0%',
      note:
        'Printed on a line whose level-1 cell reads 满意度指 and level-2 cell 社会效益指标, ' +
        'with the name one column to the left; read as 项目效益 / 社会效益指标 (the merged ' +
        '满意度指标 label of the last row was displaced upward). The name is truncated as ' +
        'printed.',
    },
    {
      id: 'r13',
      level1: '项目效益',
      level2: '可持续影响指',
      name: '建立机关事业单位养老保险制度',
      target: '长期',
      actual: '100%',
      printedRate: '100.0%',
      note:
        'Printed with the level-1 cell empty and the cells one column to the right of the ' +
        'header, after an empty 生态效益指标 template row; level-2 kept as printed ' +
        '(可持续影响指, a truncated 可持续影响指标).',
    },
    {
      id: 'r14',
      level1: '满意度指标',
      level2: '满意度指标',
      name: '群众满意度(%)',
      target: '≥90%',
      actual: '90%',
      printedRate: '100.0%',
      note:
        'Printed with the level-1 cell empty (its 满意度指 label appears two lines up) and the ' +
        'cells one column to the right of the header; read as 满意度指标 / 满意度指标.',
    },
  ],
  narrative: {
    level1Count: 3,
    level2Count: 7,
    level3Count: 14,
    completedLevel3Count: 23,
    completionRate: '100%',
    allTargetsMet: true,
    quote:
      '本项目共设置一级指标 3 个，二级指标 7 个，三级指标 14 个，其中已完成三级指标 23 个，' +
      '指标完成率为 100%。… 不存在未完成情况：2020年本项目绩效目标全部达成。',
  },
  signature: {
    preparer: '罗平',
    head: '艾麦提·玉苏甫',
    filedOn: '2020年12月30日',
    contacts: ['15886889309', '13899112060'],
  },
  remarks: '请在此处说明各级审计和财政监督检查中发现问题所涉及的金额，如没有请填无。',
  source: {
    file: '004_748413815362b37f.txt',
    section: '财政对机关养老保险补贴绩效自评表 (2020年度)',
    note:
      'The 未完成原因和改进措施 column holds the completion rate, transcribed as printedRate. ' +
      'The goal cell is truncated as printed (…保证可持续性为重). The 说明 cell keeps the ' +
      'prompt of the template (not answered). narrative: 附件 2 项目支出绩效自评报告 (2020 ' +
      '年度) 四(一)、(二).',
  },
};
