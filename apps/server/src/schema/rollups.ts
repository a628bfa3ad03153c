import type { RespondentGroup } from '@jixiao/db';
import type { ProportionInterval } from '@jixiao/domain';
import { GraphQLError } from 'graphql';
import { requireRead } from '../auth/guards.ts';
import { builder } from '../builder.ts';
import type {
  RateFigures,
  SurveyFigures,
  SurveyRollup,
  VerificationFigures,
} from '../services/rollup-figures.ts';
import { type Rollup, rollup, type TownshipProgress } from '../services/rollup-service.ts';
import { DivisionLevelEnum } from './divisions.ts';
import { RespondentGroupEnum, SchemeEnum } from './enums.ts';
import { divisionCode } from './input-schemas.ts';

/**
 * 汇总 — survey and verification figures of a township, county or prefecture in a year. Rates
 * are Float percentages (96.25 for 96.25%), counts Int, money a Decimal string in 元.
 */

/** A fraction as a percentage, without the float noise of ×100 (0.8 × 100 = 80.00000000000001). */
export function percent(fraction: number): number {
  return Number((fraction * 100).toFixed(8));
}

const IntervalRef = builder.objectRef<ProportionInterval>('ProportionInterval').implement({
  description: '95% Wilson score interval of a rate, in percent',
  fields: (t) => ({
    lower: t.float({ resolve: (interval) => percent(interval.lower) }),
    upper: t.float({ resolve: (interval) => percent(interval.upper) }),
    halfWidth: t.float({
      description: 'Half the width of the interval: the ± to print beside the rate',
      resolve: (interval) => percent(interval.halfWidth),
    }),
  }),
});

const SurveyRateRef = builder.objectRef<RateFigures>('SurveyRate').implement({
  description:
    'A survey rate (满意度 or 政策知晓率) = positive answers / valid answers. Its 95% Wilson ' +
    'interval takes the respondents (responses with at least one valid answer) as the sample ' +
    'size, not the answers: the answers of one person are not independent of each other.',
  fields: (t) => ({
    answers: t.exposeInt('answers', { description: 'Valid answers (the denominator)' }),
    positive: t.exposeInt('positive', {
      description: 'Satisfied (or aware) answers (the numerator)',
    }),
    respondents: t.exposeInt('respondents', {
      description: 'Responses with at least one valid answer: the sample size of the interval',
    }),
    rate: t.float({
      nullable: true,
      description: 'positive / answers in percent; null without answers',
      resolve: (rate) => (rate.answers > 0 ? (rate.positive * 100) / rate.answers : null),
    }),
    interval: t.field({ type: IntervalRef, nullable: true, resolve: (rate) => rate.interval }),
    smallSample: t.exposeBoolean('smallSample', {
      description: 'True when the 95% interval is wider than ±5 points, or there is no sample',
    }),
  }),
});

const RESPONSES = 'Responses that count (not synced after the year was locked)';
const LATE_RESPONSES = 'Responses synced after the year was locked: kept, flagged, not counted';

const SurveyFiguresRef = builder.objectRef<SurveyFigures>('SurveyFigures').implement({
  description: 'Survey figures of every respondent group together',
  fields: (t) => ({
    responses: t.exposeInt('responses', { description: RESPONSES }),
    satisfaction: t.field({ type: SurveyRateRef, resolve: (figures) => figures.satisfaction }),
    awareness: t.field({ type: SurveyRateRef, resolve: (figures) => figures.awareness }),
    lateRecords: t.exposeInt('lateRecords', { description: LATE_RESPONSES }),
  }),
});

const SurveyGroupFiguresRef = builder
  .objectRef<SurveyFigures & { respondentGroup: RespondentGroup }>('SurveyGroupFigures')
  .implement({
    description: 'Survey figures of one respondent group (受访人群)',
    fields: (t) => ({
      respondentGroup: t.field({
        type: RespondentGroupEnum,
        resolve: (figures) => figures.respondentGroup,
      }),
      responses: t.exposeInt('responses', { description: RESPONSES }),
      satisfaction: t.field({ type: SurveyRateRef, resolve: (figures) => figures.satisfaction }),
      awareness: t.field({ type: SurveyRateRef, resolve: (figures) => figures.awareness }),
      lateRecords: t.exposeInt('lateRecords', { description: LATE_RESPONSES }),
    }),
  });

const SurveyRollupRef = builder.objectRef<SurveyRollup>('SurveyRollup').implement({
  description:
    '满意度调查 figures: in total and per respondent group (every group listed). Survey ' +
    'responses carry no scheme: the rollup’s scheme does not filter them.',
  fields: (t) => ({
    total: t.field({ type: SurveyFiguresRef, resolve: (surveys) => surveys.total }),
    byGroup: t.field({ type: [SurveyGroupFiguresRef], resolve: (surveys) => surveys.byGroup }),
  }),
});

const OutcomesRef = builder
  .objectRef<VerificationFigures['outcomes']>('VerificationOutcomeCounts')
  .implement({
    description: '核实结果: counted verifications by outcome',
    fields: (t) => ({
      aliveEligible: t.exposeInt('aliveEligible', { description: '在世且符合领取资格' }),
      deceased: t.exposeInt('deceased', { description: '已死亡' }),
      moved: t.exposeInt('moved', { description: '迁出' }),
      imprisoned: t.exposeInt('imprisoned', { description: '服刑' }),
      duplicateEnrolment: t.exposeInt('duplicateEnrolment', { description: '重复参保' }),
      otherIneligible: t.exposeInt('otherIneligible', {
        description: '其他原因不符合领取资格',
      }),
    }),
  });

const VerificationFiguresRef = builder
  .objectRef<VerificationFigures>('VerificationFigures')
  .implement({
    description:
      '待遇领取资格核实 figures. Only counted verifications (the latest capture per beneficiary ' +
      'and year) that were not synced after the year was locked count.',
    fields: (t) => ({
      roster: t.exposeInt('roster', {
        description: 'Beneficiaries on the roster (ACTIVE or SUSPENDED) of the scheme(s)',
      }),
      verified: t.exposeInt('verified', { description: 'Counted verifications' }),
      coverage: t.float({
        nullable: true,
        description: 'verified / roster in percent; null for an empty roster',
        resolve: (figures) => (figures.coverage === null ? null : percent(figures.coverage)),
      }),
      outcomes: t.field({ type: OutcomesRef, resolve: (figures) => figures.outcomes }),
      paidCorrectly: t.exposeInt('paidCorrectly', {
        description: 'Alive and eligible people paid exactly the amount due',
      }),
      paymentAccuracy: t.float({
        nullable: true,
        description:
          '发放准确率: paidCorrectly / outcomes.aliveEligible in percent; null when nobody alive ' +
          'and eligible was verified',
        resolve: (figures) =>
          figures.outcomes.aliveEligible > 0
            ? (figures.paidCorrectly * 100) / figures.outcomes.aliveEligible
            : null,
      }),
      ineligiblePayments: t.exposeInt('ineligiblePayments', {
        description: 'Counted verifications with a payment to a person not entitled to it',
      }),
      amountToRecover: t.field({
        type: 'Decimal',
        description: '应追回金额 (元): the sum of those payments, exact',
        resolve: (figures) => figures.amountToRecover,
      }),
      lateRecords: t.exposeInt('lateRecords', {
        description: 'Verifications synced after the year was locked: kept, flagged, not counted',
      }),
    }),
  });

const TownshipProgressRef = builder.objectRef<TownshipProgress>('TownshipProgress').implement({
  description: '乡镇进度: the same figures for one township of the area',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    surveys: t.field({ type: SurveyRollupRef, resolve: (township) => township.surveys }),
    verifications: t.field({
      type: VerificationFiguresRef,
      resolve: (township) => township.verifications,
    }),
  }),
});

const RollupRef = builder.objectRef<Rollup>('Rollup').implement({
  description:
    '汇总: the field work of a township, county or prefecture in one year. The totals are the ' +
    'sums of the township rows (one scan per kind of record).',
  fields: (t) => ({
    divisionCode: t.string({ resolve: (result) => result.division.code }),
    divisionName: t.string({ resolve: (result) => result.division.name }),
    level: t.field({ type: DivisionLevelEnum, resolve: (result) => result.division.level }),
    year: t.exposeInt('year'),
    scheme: t.field({
      type: SchemeEnum,
      nullable: true,
      description: 'The scheme the verifications and the roster are filtered by; null = all',
      resolve: (result) => result.scheme,
    }),
    surveys: t.field({ type: SurveyRollupRef, resolve: (result) => result.surveys }),
    verifications: t.field({
      type: VerificationFiguresRef,
      resolve: (result) => result.verifications,
    }),
    townships: t.field({
      type: [TownshipProgressRef],
      description: 'Every township of the area, by code, with zeros where nothing was captured',
      resolve: (result) => result.townships,
    }),
  }),
});

builder.queryField('rollup', (t) =>
  t.field({
    type: RollupRef,
    authScopes: { signedIn: true },
    description: 'The rollup of a township (9 digits), county or prefecture the viewer may read',
    args: {
      divisionCode: t.arg.string({ required: true, validate: divisionCode }),
      year: t.arg.int({ required: true }),
      scheme: t.arg({ type: SchemeEnum }),
    },
    resolve: async (_root, { divisionCode, year, scheme }, context) => {
      requireRead(context, divisionCode);
      const result = await rollup(context, divisionCode, year, scheme ?? null);
      if (result === 'unknown') {
        throw new GraphQLError('找不到该行政区划', { extensions: { code: 'NOT_FOUND' } });
      }
      if (result === 'village') {
        const message = '汇总只到乡镇一级，请选择乡镇、县或地区';
        throw new GraphQLError(message, {
          extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'divisionCode', message }] },
        });
      }
      return result;
    },
  }),
);
