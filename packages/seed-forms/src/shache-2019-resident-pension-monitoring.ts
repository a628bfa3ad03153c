import type { EvaluationForm } from '@jixiao/domain';

/**
 * 莎车县 喀什地区地方专项转移支付绩效监控情况表 (2019, 监控时点 2019年12月) for the
 * 城乡居民基本养老金转移支付资金. Rates are the form's own, uncapped, as printed.
 */
export const shache2019ResidentPensionMonitoring: EvaluationForm = {
  id: 'shache-2019-resident-pension-monitoring',
  kind: 'monitoring',
  title: '喀什地区地方专项转移支付绩效监控情况表',
  year: 2019,
  county: { name: '莎车县', code: '653125' },
  scheme: 'residentPension',
  projectName: '城乡居民基本养老金转移支付资金',
  implementingUnit: '莎车县社会保险管理局',
  funds: {
    unit: 'wanYuan',
    total: { budget: '14698.45', arrived: '13509.36', executed: '13509.36', printedRate: null },
    sources: [
      {
        source: 'central',
        label: '其中：中央资金',
        amounts: { budget: '7227.9', arrived: '6592', executed: '6592', printedRate: null },
      },
      {
        source: 'region',
        label: '自治区财政资金',
        amounts: { budget: '6074.71', arrived: '6466', executed: '6466', printedRate: null },
      },
      {
        source: 'local',
        label: '地方财政资金',
        amounts: { budget: '1395.84', arrived: '451.36', executed: '451.36', printedRate: null },
      },
    ],
  },
  goal:
    '我县年满16周岁符合参保的城乡居民参保缴费率达到97.86%以上，' +
    '年满60周岁以上符合享受待遇人员按时足额发放养老金，' +
    '对建档立卡贫困人口实行财政代缴保费政策助力脱贫攻坚，做到应保尽保，实现老有所养，' +
    '促进我县经济发展，维护社会和谐稳定。',
  goalOutcome:
    '根据地区统一要求，我县年满16周岁符合参保缴费的人员6月开始正式缴费，' +
    '年满60周岁以上符合享受待遇人员按时足额发放养老金，实现老有所养，促进我县经济发展，' +
    '维护社会和谐稳定。',
  indicators: [
    {
      id: 'r01',
      level1: '产出指标',
      level2: '数量指标',
      name: '缴费人数(人)',
      target: '360736',
      actual: '371029',
      printedRate: '102.85%',
    },
    {
      id: 'r02',
      level1: '产出指标',
      level2: '数量指标',
      name: '其中：建档立卡贫困户(人)',
      target: '121848',
      actual: '101155',
      printedRate: '100%',
      partOf: 'r01',
    },
    {
      id: 'r03',
      level1: '产出指标',
      level2: '数量指标',
      name: '人均缴费补助(元)',
      target: '51.8',
      actual: '51.8',
      printedRate: '100%',
    },
    {
      id: 'r04',
      level1: '产出指标',
      level2: '数量指标',
      name: '其中：自治区人均标准(元)',
      target: '50',
      actual: '50',
      printedRate: '100%',
      partOf: 'r03',
    },
    {
      id: 'r05',
      level1: '产出指标',
      level2: '数量指标',
      name: '县级人均标准(元)',
      target: '1.8',
      actual: '1.8',
      printedRate: '100%',
      partOf: 'r03',
    },
    {
      id: 'r06',
      level1: '产出指标',
      level2: '数量指标',
      name: '享受领取保险待遇人数(人)',
      target: '68446',
      actual: '56968',
      printedRate: '0.00%',
    },
    {
      id: 'r07',
      level1: '产出指标',
      level2: '数量指标',
      name: '其中：建档立卡贫困户(人)',
      target: '27293',
      actual: '27293',
      printedRate: '100%',
      partOf: 'r06',
    },
    {
      id: 'r08',
      level1: '产出指标',
      level2: '成本指标',
      name: '享受发放补助人均标准(元)',
      target: '150',
      actual: '150',
      printedRate: '100%',
      note:
        'Printed one column to the left, with 成本指标 in the level-1 column (as are the rows ' +
        'to r14); read as 产出指标 / 成本指标.',
    },
    {
      id: 'r09',
      level1: '产出指标',
      level2: '成本指标',
      name: '其中：中央人均标准(元)',
      target: '88',
      actual: '88',
      printedRate: '100%',
      partOf: 'r08',
      note: 'Printed one column to the left, like r08.',
    },
    {
      id: 'r10',
      level1: '产出指标',
      level2: '成本指标',
      name: '自治区人均标准(元)',
      target: '52',
      actual: '52',
      printedRate: '100%',
      partOf: 'r08',
      note: 'Printed one column to the left, like r08.',
    },
    {
      id: 'r11',
      level1: '产出指标',
      level2: '成本指标',
      name: '县级人均标准(元)',
      target: '10',
      actual: '10',
      printedRate: '100%',
      partOf: 'r08',
      note: 'Printed one column to the left, like r08.',
    },
    {
      id: 'r12',
      level1: '产出指标',
      level2: '质量指标',
      name: '保障城乡居民缴费人员覆盖率',
      target: '100%',
      actual: '98.25%',
      printedRate: '100%',
      note:
        'Printed one column to the left, with 质量指标 in the level-1 column; read as 产出指标 ' +
        '/ 质量指标.',
    },
    {
      id: 'r13',
      level1: '产出指标',
      level2: '质量指标',
      name: '发放符合领取城乡居民养老保险待遇',
      target: '100%',
      actual: '41.34%',
      printedRate: '100%',
      note: 'Printed one column to the left, like r12; the name is truncated as printed.',
    },
    {
      id: 'r14',
      level1: '产出指标',
      level2: '质量指标',
      name: '养老补助按时发放及时率',
      target: '100%',
      actual: '100%',
      printedRate: '100%',
      note:
        'Printed one column to the left, in the merged 质量指标 cell (kept as printed; the ' +
        'declaration has a 时效指标 row 按月发放 instead).',
    },
    {
      id: 'r15',
      level1: '效益指标',
      level2: '社会效益指标',
      name: '社会效益指标',
      target: '有效促进',
      actual: '达成预期指标',
      printedRate: '100%',
      note:
        'The form prints no 三级 name for this row (the declaration names it 促进社会稳定); ' +
        'the level-2 label is used as its name.',
    },
    {
      id: 'r16',
      level1: '效益指标',
      level2: '可持续影响指标',
      name: '可持续影响指标',
      target: '≥1年',
      actual: '12月',
      printedRate: '100%',
      note:
        'The form prints no 三级 name for this row (the declaration names it ' +
        '保障城乡居民养老保险待遇领取年限); the level-2 label is used as its name. The empty ' +
        '经济效益指标 and 生态效益指标 template rows before it are not rows.',
    },
    {
      id: 'r17',
      level1: '满意度指标',
      level2: '满意度指标',
      name: '城乡居民缴费人员满意度',
      target: '≥90%',
      actual: '100%',
      printedRate: '100%',
    },
    {
      id: 'r18',
      level1: '满意度指标',
      level2: '满意度指标',
      name: '享受待遇人员满意度',
      target: '≥90%',
      actual: '100%',
      printedRate: '100%',
    },
  ],
  narrative: { completionRate: '100.00%', quote: '三、目标完成情况 — 总体完成率：100.00%' },
  signature: { preparer: '罗平', contacts: ['15886889309'] },
  remarks: '通过系统比对核实，今年实际发放养老金人数要小于预算人数，故预算执行率较低。',
  source: {
    file: '004_748413815362b37f.txt',
    section: '喀什地区地方专项转移支付绩效监控情况表',
    note:
      '填报单位：莎车县社会保险管理局 (also 本级部门单位名称 and 具体实施单位); 项目名称 ' +
      '城乡居民基本养老金转移支付资金项目; 专项类型 ■中央专项 ■自治区专项 ■地（州、市）专项;' +
      ' 专项实施期 2019年; 项目绩效目标类型 □区域 ■项目; 监控时点 2019年12月. The funds ' +
      'block prints no 执行率; the empty 其他 line is not transcribed. remarks is section 五 ' +
      '(偏差).',
  },
};
