import type { EvaluationForm } from '@jixiao/domain';

/**
 * 莎车县 城乡居民养老补贴绩效自评表 (2020年度), with the counts its 自评报告 (附件 2) claims.
 * Values are as printed; the seed's own errors are kept for the checker to find.
 */
export const shache2020ResidentPension: EvaluationForm = {
  id: 'shache-2020-resident-pension-self-evaluation',
  kind: 'self-evaluation',
  title: '城乡居民养老补贴绩效自评表',
  year: 2020,
  county: { name: '莎车县', code: '653125' },
  scheme: 'residentPension',
  projectName: '城乡居民基本养老保险项目基金',
  departments: { central: '财政部', local: '财政局' },
  implementingUnit: '莎车县社会保险管理局',
  funds: {
    unit: 'wanYuan',
    total: { budget: '14204', executed: '11616', printedRate: '81.78%' },
    sources: [
      {
        source: 'central',
        label: '其中：中央补助',
        amounts: { budget: '14204', executed: '11616', printedRate: '81.78%' },
      },
    ],
  },
  goal:
    '1. 本项目资金186万元，莎财社[2020]67号下达直达资金186万元，' +
    '将中央基础养老金指标资金按时足额发放到位，逐步满足参保群众待遇预期，助力精准脱贫。' +
    '莎车县每月居民养老保险缴费人数为379320人，其中建档立卡贫困户102696人。' +
    '每月保险待遇发放人数为56798人，其中建档立卡贫困户26553人。',
  indicators: [
    {
      id: 'r01',
      level1: '项目完成',
      level2: '数量指标',
      name: '居民养老保险每月缴费人数(人)',
      target: '≥ 377693',
      actual: '382107',
      printedRate: '100.0%',
    },
    {
      id: 'r02',
      level1: '项目完成',
      level2: '质量指标',
      name: '保险基金补助发放准确率 (%)',
      target: '=100%',
      actual: '100%',
      printedRate: '100.0%',
    },
    {
      id: 'r03',
      level1: '项目完成',
      level2: '时效指标',
      name: '在规定时限内拨付补助资金的地区',
      target: '=100%',
      actual: '100%',
      printedRate: '100.0%',
    },
    {
      id: 'r04',
      level1: '项目完成',
      level2: '时效指标',
      name: '基础养老金发放到位率',
      target: '=100%',
      actual: '100%',
      printedRate: '100.0%',
    },
    {
      id: 'r05',
      level1: '项目完成',
      level2: '时效指标',
      name: '补助发放开始时间',
      target: '2020/1/1',
      actual: '100%',
      printedRate: '100.0%',
    },
    {
      id: 'r06',
      level1: '项目完成',
      level2: '成本指标',
      name: '补助发放结束时间',
      target: '2020/12/31',
      actual: '100%',
      printedRate: '100.0%',
      note:
        'Printed with 成本指标 in the level-2 cell, as kept here: an end date filed under ' +
        '成本指标 is an error of the seed, not of the transcription.',
    },
    {
      id: 'r07',
      level1: '项目完成',
      level2: '成本指标',
      name: '中央基础养老金标准(元/人/月)',
      target: '=88',
      actual: '88',
      printedRate: '100.0%',
      note:
        'The name is printed in the level-1 column with the level-1 and level-2 cells empty; ' +
        'read as the merged cells above it (项目完成 / 成本指标).',
    },
    {
      id: 'r08',
      level1: '项目效益',
      level2: '经济效益指标',
      name: '城乡居民基本养老保险基金',
      target: '≤ 14204',
      actual: '11616',
      printedRate: '81.78%',
      note:
        'Printed with 项目效益 in the level-1 column and the name in the level-2 column; the ' +
        'empty row below it prints 经济效益指标, read as the level-2 label of this row (the ' +
        'institution-pension form files its fund row under 经济效益指标, and the 二级指标 7 个 ' +
        'of the report only adds up this way).',
    },
    {
      id: 'r09',
      level1: '项目效益',
      level2: '社会效益指标',
      name: '对实现社会稳定和长治久安总目标',
      target: '持续推动',
      actual: '100%',
      printedRate: '100.0%',
      note:
        'Printed with 社会效益指标 in the first column (under 绩效指标) and the level-1 cell ' +
        'empty; read as 项目效益 / 社会效益指标. The empty template rows 经济效益指标 and ' +
        '生态效益指标 around it carry no indicator and are not rows.',
    },
    {
      id: 'r10',
      level1: '满意度指标',
      level2: '满意度指标',
      name: '政策知晓率 (%)',
      target: '$\\geq 95\\%$',
      actual: '95%',
      printedRate: '100.0%',
    },
    {
      id: 'r11',
      level1: '满意度指标',
      level2: '满意度指标',
      name: '补助人员满意度 (%)',
      target: '$\\geq 95\\%$',
      actual: '95%',
      printedRate: '100.0%',
    },
  ],
  narrative: {
    level1Count: 3,
    level2Count: 7,
    level3Count: 12,
    completedLevel3Count: 12,
    completionRate: '100%',
    allTargetsMet: true,
    quote:
      '本项目共设置一级指标3个，二级指标7个，三级指标12个，其中已完成三级指标 12 个，' +
      '指标完成率为 100%。… 不存在未完成情况：2020 年本项目绩效目标全部达成。',
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
    section: '城乡居民养老补贴绩效自评表 (2020年度)',
    note:
      'The 未完成原因和改进措施 column holds the completion rate, transcribed as printedRate. ' +
      'The 全年实际完成情况 cell is empty. The 说明 cell keeps the prompt of the template (not ' +
      'answered). narrative: 附件 2 项目支出绩效自评报告 (2020 年度) 四(一)、(二), which names ' +
      'the 项目负责人 艾买提.玉素甫 and the 主管部门 莎车县人力资源和社会保障局.',
  },
};
