import { GraphQLError } from 'graphql';
import { requireRead } from '../auth/guards.ts';
import { builder } from '../builder.ts';
import { evaluateProject } from '../services/evaluation-service.ts';
import { evaluationView } from '../services/evaluation-view.ts';
import { DivisionRef } from './divisions.ts';
import { RespondentGroupEnum, SchemeEnum } from './enums.ts';
import { ProjectEvaluationRef } from './evaluation-types.ts';
import { FieldMetricEnum } from './field-metrics.ts';
import { connectionArgs, countyCode, uuidCursor } from './input-schemas.ts';

/**
 * 项目: a county's evaluation form for one year, with its funds, its indicators (raw target
 * text, weight, manual actual or binding to a field metric) and its evaluation by the scoring
 * engine. Read by whoever may read the county.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

builder.prismaObject('FundLine', {
  description: '项目资金 (万元): the total line ("total") or one fund source',
  fields: (t) => ({
    source: t.exposeString('source', {
      description: '"total" or a fund source: central, region, local, fiscal, …',
    }),
    label: t.exposeString('label'),
    budget: t.expose('budget', { type: 'Decimal', nullable: true, description: '全年预算数 A' }),
    arrived: t.expose('arrived', { type: 'Decimal', nullable: true, description: '到位数' }),
    executed: t.expose('executed', {
      type: 'Decimal',
      nullable: true,
      description: '全年执行数 B',
    }),
    printedRate: t.exposeString('printedRate', {
      nullable: true,
      description: '执行率 as the form prints it',
    }),
  }),
});

builder.prismaObject('IndicatorBinding', {
  description: 'Takes the indicator’s actual from field data: a metric and its filters',
  fields: (t) => ({
    metric: t.expose('metric', { type: FieldMetricEnum }),
    scheme: t.expose('scheme', {
      type: SchemeEnum,
      nullable: true,
      description: 'Verification metrics: the scheme; null = the project’s scheme',
    }),
    respondentGroup: t.expose('respondentGroup', {
      type: RespondentGroupEnum,
      nullable: true,
      description: 'Survey metrics: the respondent group; null = every group',
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const IndicatorRef = builder.prismaObject('Indicator', {
  description: '三级指标: the texts of the form, the weight, a manual actual or a binding',
  fields: (t) => ({
    id: t.exposeID('id'),
    rowKey: t.exposeString('rowKey', { description: 'Row id inside the form, e.g. r01' }),
    level1: t.exposeString('level1', { description: '一级指标 as printed' }),
    level2: t.exposeString('level2', { nullable: true, description: '二级指标 as printed' }),
    name: t.exposeString('name'),
    target: t.exposeString('target', { nullable: true, description: '年度指标值 as written' }),
    manualActual: t.exposeString('manualActual', {
      nullable: true,
      description: '全年完成值 entered by hand (scored when the indicator has no binding)',
    }),
    printedRate: t.exposeString('printedRate', { nullable: true }),
    weight: t.expose('weight', { type: 'Decimal', nullable: true, description: '分值' }),
    partOfRowKey: t.exposeString('partOfRowKey', {
      nullable: true,
      description: 'For a 其中 row: the row it is part of',
    }),
    reason: t.exposeString('reason', { nullable: true, description: '未完成原因和改进措施' }),
    binding: t.relation('binding', { nullable: true }),
  }),
});

export const ProjectRef = builder.prismaObject('Project', {
  description: '项目: one evaluation form = one project, one county, one year',
  fields: (t) => ({
    id: t.exposeID('id'),
    key: t.exposeString('key', { description: 'Stable key, e.g. shache-2020-resident-pension' }),
    name: t.exposeString('name', { description: '项目名称' }),
    title: t.exposeString('title', { description: 'The form’s title' }),
    kind: t.exposeString('kind', {
      description: 'self-evaluation, target-declaration, monitoring or evaluation-report',
    }),
    scheme: t.expose('scheme', { type: SchemeEnum, nullable: true }),
    year: t.exposeInt('year'),
    countyCode: t.exposeString('countyCode'),
    county: t.field({
      type: DivisionRef,
      resolve: (project, _args, context) =>
        context.db.prisma.division.findUniqueOrThrow({ where: { code: project.countyCode } }),
    }),
    implementingUnit: t.exposeString('implementingUnit', { description: '实施单位' }),
    goal: t.exposeString('goal', { nullable: true, description: '年度总体目标' }),
    funds: t.relation('funds', { query: { orderBy: { position: 'asc' } } }),
    indicators: t.relation('indicators', { query: { orderBy: { position: 'asc' } } }),
    evaluation: t.field({
      type: ProjectEvaluationRef,
      description: 'The project scored now, bound indicators taking the rollup’s actuals',
      resolve: async (project, _args, context) => {
        const result = await evaluateProject(context, project.id);
        if (!result) throw new GraphQLError('找不到该项目', { extensions: { code: 'NOT_FOUND' } });
        return evaluationView(result.evaluation, result.actualSources);
      },
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.queryField('projects', (t) =>
  t.prismaConnection({
    type: 'Project',
    cursor: 'id',
    authScopes: { signedIn: true },
    description: 'A county’s projects, newest year first, then by key',
    args: {
      countyCode: t.arg.string({ required: true, validate: countyCode }),
      year: t.arg.int(),
    },
    validate: connectionArgs(uuidCursor),
    resolve: (query, _root, { countyCode, year }, context) => {
      requireRead(context, countyCode);
      return context.db.prisma.project.findMany({
        ...query,
        where: { countyCode, ...(year === null || year === undefined ? {} : { year }) },
        orderBy: [{ year: 'desc' }, { key: 'asc' }],
      });
    },
  }),
);

builder.queryField('project', (t) =>
  t.prismaField({
    type: 'Project',
    nullable: true,
    authScopes: { signedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, context) => {
      if (!UUID.test(String(id))) return null;
      const project = await context.db.prisma.project.findUnique({
        ...query,
        where: { id: String(id) },
      });
      if (project) requireRead(context, project.countyCode);
      return project;
    },
  }),
);
