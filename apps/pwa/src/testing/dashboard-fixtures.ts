import type { Viewer } from '../api/auth-documents.ts';
import type {
  AreaDivision,
  Project,
  Rollup,
  SurveyFigures,
  SurveyRate,
  SurveyRollup,
  TownshipProgress,
  VerificationConflict,
  VerificationFigures,
} from '../api/dashboard-documents.ts';
import type { DivisionWithChildren } from '../api/division-documents.ts';

/**
 * 看板测试数据 — what the API answers the dashboard in tests: 莎车县's 2020 resident-pension
 * form (cut to five rows, with one of the seed's errors and a field-bound row without data), a
 * county rollup of two townships, and one duplicate verification. Figures are made up.
 */

export const MANAGER: Viewer = {
  id: 'user-manager',
  username: 'shache-manager',
  displayName: '莎车县社会保险管理局',
  role: 'COUNTY_MANAGER',
  scopeCode: '653125',
  townshipCodes: [],
};

export const PREFECTURE_VIEWER: Viewer = {
  id: 'user-viewer',
  username: 'kashgar-viewer',
  displayName: '喀什地区人社局（查看）',
  role: 'PREFECTURE_VIEWER',
  scopeCode: '653100',
  townshipCodes: [],
};

export const COUNTY = '653125';

const TOWNSHIPS = [
  { code: '653125100', name: '莎车镇', level: 'TOWNSHIP' as const },
  { code: '653125101', name: '恰热克镇', level: 'TOWNSHIP' as const },
];

export const COUNTY_DIVISION: DivisionWithChildren = {
  code: COUNTY,
  name: '莎车县',
  level: 'COUNTY',
  children: TOWNSHIPS,
};

export const PREFECTURE_AREA: AreaDivision = {
  code: '653100',
  name: '喀什地区',
  level: 'PREFECTURE',
  children: [{ code: COUNTY, name: '莎车县', level: 'COUNTY', children: TOWNSHIPS }],
};

const indicatorDefaults = {
  manualActual: null,
  weight: null,
  partOfRowKey: null,
  reason: null,
  binding: null,
};

/** 城乡居民基本养老保险项目基金, 2020: five of its rows. */
export function residentPensionProject(): Project {
  return {
    id: 'project-1',
    key: 'shache-2020-resident-pension',
    name: '城乡居民基本养老保险项目基金',
    title: '城乡居民养老补贴绩效自评表',
    kind: 'self-evaluation',
    scheme: 'RESIDENT_PENSION',
    year: 2020,
    implementingUnit: '莎车县社会保险管理局',
    funds: [
      {
        source: 'total',
        label: '年度资金总额',
        budget: '14204',
        executed: '11616',
        printedRate: '81.78%',
      },
      {
        source: 'central',
        label: '其中：中央补助',
        budget: '14204',
        executed: '11616',
        printedRate: '81.78%',
      },
    ],
    indicators: [
      {
        ...indicatorDefaults,
        id: 'ind-r01',
        rowKey: 'r01',
        level1: '项目完成',
        level2: '数量指标',
        name: '居民养老保险每月缴费人数(人)',
        target: '≥ 377693',
        manualActual: '382107',
        weight: '20',
      },
      {
        ...indicatorDefaults,
        id: 'ind-r02',
        rowKey: 'r02',
        level1: '项目完成',
        level2: '质量指标',
        name: '保险基金补助发放准确率 (%)',
        target: '=100%',
        manualActual: '100%',
        weight: '30',
        binding: {
          metric: 'PAYMENT_ACCURACY',
          scheme: null,
          respondentGroup: null,
          updatedAt: '2026-11-01T10:00:00+08:00',
        },
      },
      {
        ...indicatorDefaults,
        id: 'ind-r08',
        rowKey: 'r08',
        level1: '项目效益',
        level2: '经济效益指标',
        name: '城乡居民基本养老保险基金',
        target: '≤ 14204',
        manualActual: '11616',
        weight: '30',
      },
      {
        ...indicatorDefaults,
        id: 'ind-r10',
        rowKey: 'r10',
        level1: '满意度指标',
        level2: '满意度指标',
        name: '享受待遇人员满意度 (%)',
        target: '≥ 90%',
        weight: '10',
        binding: {
          metric: 'SATISFACTION_RATE',
          scheme: null,
          respondentGroup: 'RESIDENT_BENEFICIARY',
          updatedAt: '2026-11-01T10:00:00+08:00',
        },
      },
    ],
    evaluation: {
      total: 83.67,
      grade: '良',
      complete: false,
      budget: { executionRate: 81.78, score: 8.18, weight: 10 },
      indicators: [
        {
          rowKey: 'r01',
          name: '居民养老保险每月缴费人数(人)',
          target: '≥ 377693',
          actual: '382107',
          actualSource: 'MANUAL',
          completionRate: 101.17,
          score: 20,
          weight: 20,
          met: true,
          flags: [],
        },
        {
          rowKey: 'r02',
          name: '保险基金补助发放准确率 (%)',
          target: '=100%',
          actual: '97.50%',
          actualSource: 'FIELD_DATA',
          completionRate: 97.5,
          score: 25.49,
          weight: 30,
          met: false,
          flags: [],
        },
        {
          rowKey: 'r08',
          name: '城乡居民基本养老保险基金',
          target: '≤ 14204',
          actual: '11616',
          actualSource: 'MANUAL',
          completionRate: 122.28,
          score: 30,
          weight: 30,
          met: true,
          flags: ['farAboveTarget'],
        },
        {
          rowKey: 'r10',
          name: '享受待遇人员满意度 (%)',
          target: '≥ 90%',
          actual: null,
          actualSource: 'FIELD_DATA',
          completionRate: null,
          score: 0,
          weight: 10,
          met: false,
          flags: ['missingActual'],
        },
      ],
      findings: [
        {
          code: 'NEGATIVE_PRINTED_AS_POSITIVE',
          severity: 'ERROR',
          rowKey: 'r08',
          subject: '城乡居民基本养老保险基金',
          message: '“≤”指标的完成率应为 A/B = 122.28%，表中按 B/A 填报为 81.78%',
        },
        {
          code: 'NARRATIVE_COUNT_MISMATCH',
          severity: 'WARNING',
          rowKey: null,
          subject: '自评报告',
          message: '报告称三级指标 12 个，表中只有 11 行',
        },
      ],
    },
  };
}

function rate(positive: number, answers: number, respondents: number): SurveyRate {
  if (answers === 0) {
    return { answers, positive, respondents, rate: null, interval: null, smallSample: true };
  }
  const value = (positive * 100) / answers;
  const halfWidth = respondents >= 400 ? 3.1 : 9.6;
  return {
    answers,
    positive,
    respondents,
    rate: value,
    interval: {
      lower: Math.max(value - halfWidth, 0),
      upper: Math.min(value + halfWidth, 100),
      halfWidth,
    },
    smallSample: halfWidth > 5,
  };
}

function surveys(responses: number, satisfied: number): SurveyRollup {
  const total: SurveyFigures = {
    responses,
    lateRecords: 0,
    satisfaction: rate(satisfied, responses, responses),
    awareness: rate(Math.round(responses * 0.8), responses, responses),
  };
  return {
    total,
    byGroup: [
      { ...total, respondentGroup: 'RESIDENT_BENEFICIARY' },
      {
        respondentGroup: 'INSTITUTION_RETIREE',
        responses: 0,
        lateRecords: 0,
        satisfaction: rate(0, 0, 0),
        awareness: rate(0, 0, 0),
      },
      {
        respondentGroup: 'CONTRIBUTOR',
        responses: 0,
        lateRecords: 0,
        satisfaction: rate(0, 0, 0),
        awareness: rate(0, 0, 0),
      },
    ],
  };
}

function verifications(roster: number, verified: number, ineligible: number): VerificationFigures {
  const aliveEligible = verified - ineligible;
  return {
    roster,
    verified,
    coverage: roster === 0 ? null : (verified * 100) / roster,
    outcomes: {
      aliveEligible,
      deceased: ineligible,
      moved: 0,
      imprisoned: 0,
      duplicateEnrolment: 0,
      otherIneligible: 0,
    },
    paidCorrectly: aliveEligible - 1,
    paymentAccuracy: aliveEligible === 0 ? null : ((aliveEligible - 1) * 100) / aliveEligible,
    ineligiblePayments: ineligible,
    amountToRecover: `${ineligible * 203}.80`,
    lateRecords: 0,
  };
}

export function countyRollup(year: number): Rollup {
  const townships: TownshipProgress[] = [
    {
      code: '653125100',
      name: '莎车镇',
      surveys: surveys(40, 37),
      verifications: verifications(120, 90, 2),
    },
    {
      code: '653125101',
      name: '恰热克镇',
      surveys: surveys(0, 0),
      verifications: verifications(80, 20, 0),
    },
  ];
  return {
    divisionCode: COUNTY,
    divisionName: '莎车县',
    level: 'COUNTY',
    year,
    scheme: null,
    surveys: surveys(40, 37),
    verifications: verifications(200, 110, 2),
    townships,
  };
}

export const CONFLICT: VerificationConflict = {
  beneficiaryId: 'B-653125100-000001',
  beneficiary: {
    name: '艾麦提·玉苏甫',
    idNumber: '653125195003040011',
    masked: false,
    townshipCode: '653125100',
  },
  counted: {
    id: 'v-2',
    capturedAt: '2020-11-03T10:00:00+08:00',
    receivedAt: '2020-11-05T09:00:00+08:00',
    outcome: 'DECEASED',
    workerId: 'user-2',
    townshipCode: '653125100',
    counted: true,
    lateForLockedYear: false,
  },
  others: [
    {
      id: 'v-1',
      capturedAt: '2020-10-20T10:00:00+08:00',
      receivedAt: '2020-10-21T09:00:00+08:00',
      outcome: 'ALIVE_ELIGIBLE',
      workerId: 'user-1',
      townshipCode: '653125100',
      counted: false,
      lateForLockedYear: false,
    },
  ],
  resolution: null,
};
