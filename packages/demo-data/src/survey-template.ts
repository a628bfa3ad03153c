/**
 * 满意度调查问卷 — the demo survey template a township worker fills in on the phone while
 * interviewing a retiree, a resident-pension recipient or a contributor.
 *
 * NOTE: the Uyghur (ug, Arabic script) texts were written without a native speaker and must be
 * reviewed by one before they are shown to respondents.
 */

/** 调查对象 — 机关事业单位退休人员, 城乡居民待遇领取人员, 缴费人员. */
export type DemoRespondentGroup = 'institutionRetiree' | 'residentBeneficiary' | 'contributor';

/** 题型 — 满意度 (satisfaction) or 政策知晓 (policy awareness). */
export type DemoQuestionKind = 'satisfaction' | 'awareness';

export interface DemoBilingualText {
  zh: string;
  ug: string;
}

export interface DemoSurveyQuestion {
  id: string;
  kind: DemoQuestionKind;
  text: DemoBilingualText;
  /** Five labels; the answer value is the label's position, 1..5. */
  scale: DemoBilingualText[];
  /** The values that count as satisfied (or aware): the numerator of the rate. */
  satisfiedValues: number[];
}

/**
 * Structurally the SurveyTemplate of packages/domain/src/capture/survey-template.ts (being
 * written in parallel); the integrator replaces this interface with that type.
 */
export interface DemoSurveyTemplate {
  id: string;
  version: number;
  title: DemoBilingualText;
  respondentGroups: DemoRespondentGroup[];
  questions: DemoSurveyQuestion[];
}

/** 很不满意 … 很满意. */
export const SATISFACTION_SCALE: readonly DemoBilingualText[] = [
  { zh: '很不满意', ug: 'ناھايىتى نارازى' },
  { zh: '不满意', ug: 'نارازى' },
  { zh: '一般', ug: 'ئوتتۇراھال' },
  { zh: '满意', ug: 'رازى' },
  { zh: '很满意', ug: 'ناھايىتى رازى' },
];

/** 完全不了解 … 非常了解. */
export const AWARENESS_SCALE: readonly DemoBilingualText[] = [
  { zh: '完全不了解', ug: 'پەقەت بىلمەيمەن' },
  { zh: '不太了解', ug: 'ئانچە بىلمەيمەن' },
  { zh: '一般', ug: 'ئوتتۇراھال' },
  { zh: '比较了解', ug: 'خېلى بىلىمەن' },
  { zh: '非常了解', ug: 'ناھايىتى ياخشى بىلىمەن' },
];

function question(id: string, kind: DemoQuestionKind, text: DemoBilingualText): DemoSurveyQuestion {
  const scale = kind === 'satisfaction' ? SATISFACTION_SCALE : AWARENESS_SCALE;
  return { id, kind, text, scale: scale.map((label) => ({ ...label })), satisfiedValues: [4, 5] };
}

/** 社会保险待遇领取人员满意度调查 (2020), version 1. */
export const DEMO_SURVEY_TEMPLATE: DemoSurveyTemplate = {
  id: 'satisfaction-2020',
  version: 1,
  title: {
    zh: '社会保险待遇领取人员满意度调查',
    ug: 'ئىجتىمائىي سۇغۇرتا تەمىناتى ئالغۇچىلارنىڭ رازىمەنلىك تەكشۈرۈشى',
  },
  respondentGroups: ['institutionRetiree', 'residentBeneficiary', 'contributor'],
  questions: [
    question('overall-payment', 'satisfaction', {
      zh: '您对养老金发放工作总体是否满意？',
      ug: 'سىز پېنسىيە تارقىتىش خىزمىتىدىن ئومۇمەن رازىمۇ؟',
    }),
    question('payment-timeliness', 'satisfaction', {
      zh: '您对养老金按时足额发放是否满意？',
      ug: 'سىز پېنسىيەنىڭ ۋاقتىدا ۋە تولۇق تارقىتىلىشىدىن رازىمۇ؟',
    }),
    question('township-service', 'satisfaction', {
      zh: '您对乡镇（街道）工作人员的服务是否满意？',
      ug: 'سىز يېزا-بازار (كوچا) خادىملىرىنىڭ مۇلازىمىتىدىن رازىمۇ؟',
    }),
    question('certification-convenience', 'satisfaction', {
      zh: '您对待遇资格认证的便利程度是否满意？',
      ug: 'سىز تەمىنات سالاھىيىتىنى دەلىللەشنىڭ قولايلىقلىقىدىن رازىمۇ؟',
    }),
    question('knows-pension-standard', 'awareness', {
      zh: '您是否了解2020年城乡居民基础养老金标准？',
      ug: 'سىز 2020-يىللىق شەھەر-يېزا ئاھالىلىرى ئاساسىي پېنسىيە ئۆلچىمىنى بىلەمسىز؟',
    }),
    question('knows-certification', 'awareness', {
      zh: '您是否了解如何办理待遇资格认证？',
      ug: 'سىز تەمىنات سالاھىيىتىنى دەلىللەشنى قانداق بېجىرىشنى بىلەمسىز؟',
    }),
    question('knows-complaint-channel', 'awareness', {
      zh: '您是否知道遇到问题时到哪里投诉或反映？',
      ug: 'سىز مەسىلىگە يولۇققاندا قەيەرگە ئەرز قىلىش ياكى ئىنكاس قىلىشنى بىلەمسىز؟',
    }),
  ],
};
