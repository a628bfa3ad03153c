import { formFromProject } from '@jixiao/db';
import {
  type CellError,
  DOCUMENT_NAMES,
  type FormDocumentKind,
  formFileName,
  type ReportSection,
  type SelfEvaluationReport,
} from '@jixiao/forms';
import { GraphQLError } from 'graphql';
import { signExportToken } from '../auth/export-tokens.ts';
import { requireRead } from '../auth/guards.ts';
import { builder } from '../builder.ts';
import { EXPORTS_PATH } from '../http/export-download.ts';
import { PROJECT_WITH_ROWS } from '../services/evaluation-service.ts';
import { evaluationView } from '../services/evaluation-view.ts';
import { documentKindsOf, projectReport } from '../services/form-documents.ts';
import {
  applyFormImport,
  type FormImportPreview,
  previewFormImport,
} from '../services/form-import-service.ts';
import { InvalidInputError, NotFoundError } from './errors.ts';
import { EvaluationRef } from './evaluation-types.ts';
import { ProjectRef } from './projects.ts';

/**
 * 表格 — the forms a county files, for a project: download links per form kind (a short-lived
 * signed link to GET /exports/<token>, so a plain link works in the browser), the 自评报告
 * drafted from the data, and the import of a filled XLSX form (preview without saving, or
 * apply, all or nothing, audited). Reading follows the project (its county's manager, a
 * prefecture viewer over it, the admin); importing is the county manager's, in their county.
 */
export const FormDocumentKindEnum = builder.enumType('FormDocumentKind', {
  values: {
    SELF_EVALUATION: { value: 'self-evaluation', description: '绩效自评表' },
    TARGET_DECLARATION: {
      value: 'target-declaration',
      description:
        '绩效目标申报表: next year’s, drafted from the project (or the declaration itself)',
    },
    MONITORING: { value: 'monitoring', description: '绩效监控情况表' },
    FUND_SUMMARY: {
      value: 'fund-summary',
      description: '基金收支情况表, for a report stating its fund income and expenditure',
    },
  } as const,
});

interface FormDownload {
  kind: FormDocumentKind;
  fileName: string;
  url: string;
  expiresAt: Date;
}

const FormDownloadRef = builder.objectRef<FormDownload>('FormDownload').implement({
  description: 'A form of the project as an XLSX file, behind a short-lived link',
  fields: (t) => ({
    kind: t.field({ type: FormDocumentKindEnum, resolve: (download) => download.kind }),
    title: t.string({
      description: 'The form’s Chinese name, e.g. 绩效自评表',
      resolve: (download) => DOCUMENT_NAMES[download.kind],
    }),
    fileName: t.exposeString('fileName', { description: 'e.g. 2020_莎车县_…_绩效自评表.xlsx' }),
    url: t.exposeString('url', {
      description: 'A path on this server (/exports/<token>); a plain GET downloads the file',
    }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      description: 'When the link stops working',
    }),
  }),
});

const ReportSectionRef = builder.objectRef<ReportSection>('ReportSection');
ReportSectionRef.implement({
  description: 'One section of the report: a heading, its paragraphs, its subsections',
  fields: (t) => ({
    heading: t.exposeString('heading', { description: 'e.g. 四、项目绩效情况' }),
    paragraphs: t.exposeStringList('paragraphs'),
    subsections: t.field({ type: [ReportSectionRef], resolve: (section) => section.subsections }),
  }),
});

const ReportMetaLineRef = builder
  .objectRef<{ label: string; value: string }>('ReportMetaLine')
  .implement({
    description: 'A line of the report’s cover: 项目名称, 实施单位, …',
    fields: (t) => ({ label: t.exposeString('label'), value: t.exposeString('value') }),
  });

const SelfEvaluationReportRef = builder
  .objectRef<SelfEvaluationReport & { text: string }>('SelfEvaluationReport')
  .implement({
    description:
      '项目支出绩效自评报告 drafted from the project’s data in the sections of the filed reports; ' +
      'every figure computed (fund use, counts of indicators and how many are met, unmet ' +
      'indicators with their reasons), what the data cannot say left for the county to write',
    fields: (t) => ({
      title: t.exposeString('title'),
      subtitle: t.exposeString('subtitle', { description: 'e.g. （2020 年度）' }),
      meta: t.field({ type: [ReportMetaLineRef], resolve: (report) => report.meta }),
      sections: t.field({ type: [ReportSectionRef], resolve: (report) => report.sections }),
      text: t.exposeString('text', { description: 'The whole report as plain text, to print' }),
    }),
  });

builder.prismaObjectFields('Project', (t) => ({
  formDownloads: t.field({
    type: [FormDownloadRef],
    description: 'The forms of the project as XLSX downloads, one link per kind',
    resolve: async (project, _args, context) => {
      const viewer = requireRead(context, project.countyCode);
      const [rows, county] = await Promise.all([
        context.db.prisma.project.findUniqueOrThrow({
          where: { id: project.id },
          include: PROJECT_WITH_ROWS,
        }),
        context.db.prisma.division.findUnique({ where: { code: project.countyCode } }),
      ]);
      const form = formFromProject(rows, county?.name ?? project.countyCode);
      return Promise.all(
        documentKindsOf(project).map(async (kind) => {
          const { token, expiresAt } = await signExportToken(
            { projectId: project.id, kind, viewer },
            context.tokens.secret,
            context.now,
          );
          return {
            kind,
            fileName: formFileName(form, kind),
            url: `${EXPORTS_PATH}${token}`,
            expiresAt,
          };
        }),
      );
    },
  }),
  selfEvaluationReport: t.field({
    type: SelfEvaluationReportRef,
    description: 'The 自评报告 drafted from the project as scored now',
    resolve: async (project, _args, context) => {
      requireRead(context, project.countyCode);
      const report = await projectReport(context, project.id);
      if (!report) throw new GraphQLError('找不到该项目', { extensions: { code: 'NOT_FOUND' } });
      return report;
    },
  }),
}));

const CellErrorRef = builder.objectRef<CellError>('CellError').implement({
  description: 'A cell of the uploaded workbook that could not be read, and what was expected',
  fields: (t) => ({
    sheet: t.exposeString('sheet'),
    cell: t.exposeString('cell', {
      nullable: true,
      description: 'e.g. D12; null for a problem of the whole sheet',
    }),
    message: t.exposeString('message'),
  }),
});

type ImportedForm = NonNullable<FormImportPreview['form']>;
type ImportedFundLine = {
  source: string;
  label: string;
  amounts: NonNullable<ImportedForm['funds']>['total'];
};

const FormImportFundLineRef = builder.objectRef<ImportedFundLine>('FormImportFundLine').implement({
  description: 'A line of the funds block as read (万元)',
  fields: (t) => ({
    source: t.exposeString('source', { description: '"total" or a fund source' }),
    label: t.exposeString('label'),
    budget: t.field({ type: 'Decimal', nullable: true, resolve: (line) => line.amounts.budget }),
    arrived: t.field({
      type: 'Decimal',
      nullable: true,
      resolve: (line) => line.amounts.arrived ?? null,
    }),
    executed: t.field({
      type: 'Decimal',
      nullable: true,
      resolve: (line) => line.amounts.executed,
    }),
    printedRate: t.string({ nullable: true, resolve: (line) => line.amounts.printedRate ?? null }),
  }),
});

const FormImportRowRef = builder
  .objectRef<ImportedForm['indicators'][number]>('FormImportRow')
  .implement({
    description: 'An indicator row as read from the uploaded form',
    fields: (t) => ({
      rowKey: t.exposeString('id', { description: 'r01, r02, … in table order' }),
      level1: t.exposeString('level1'),
      level2: t.exposeString('level2', { nullable: true }),
      name: t.exposeString('name'),
      target: t.exposeString('target', { nullable: true }),
      actual: t.exposeString('actual', { nullable: true }),
      printedRate: t.exposeString('printedRate', { nullable: true }),
      weight: t.float({ nullable: true, resolve: (row) => row.weight ?? null }),
      reason: t.string({ nullable: true, resolve: (row) => row.reason ?? null }),
      partOfRowKey: t.string({ nullable: true, resolve: (row) => row.partOf ?? null }),
    }),
  });

const FormImportPreviewRef = builder.objectRef<FormImportPreview>('FormImportPreview').implement({
  description:
    'An uploaded form as read, not saved: its rows, the cells that could not be read, and the ' +
    'checks run over it. It can be applied when cellErrors is empty.',
  fields: (t) => ({
    sheet: t.exposeString('sheet', { nullable: true, description: 'The worksheet read' }),
    kind: t.string({ nullable: true, resolve: (preview) => preview.form?.kind ?? null }),
    title: t.string({ nullable: true, resolve: (preview) => preview.form?.title ?? null }),
    year: t.int({ nullable: true, resolve: (preview) => preview.form?.year ?? null }),
    projectName: t.string({
      nullable: true,
      resolve: (preview) => preview.form?.projectName ?? null,
    }),
    implementingUnit: t.string({
      nullable: true,
      resolve: (preview) => preview.form?.implementingUnit ?? null,
    }),
    goal: t.string({ nullable: true, resolve: (preview) => preview.form?.goal ?? null }),
    funds: t.field({
      type: [FormImportFundLineRef],
      resolve: (preview) => {
        const funds = preview.form?.funds;
        if (!funds) return [];
        return [
          { source: 'total', label: '年度资金总额', amounts: funds.total },
          ...funds.sources.map((line) => ({ ...line, source: line.source as string })),
        ];
      },
    }),
    rows: t.field({
      type: [FormImportRowRef],
      resolve: (preview) => preview.form?.indicators ?? [],
    }),
    cellErrors: t.field({ type: [CellErrorRef], resolve: (preview) => preview.errors }),
    canApply: t.boolean({
      resolve: (preview) => preview.form !== null && preview.errors.length === 0,
    }),
    evaluation: t.field({
      type: EvaluationRef,
      nullable: true,
      description: 'The form as read, scored, with its findings',
      resolve: (preview) => (preview.evaluation ? evaluationView(preview.evaluation) : null),
    }),
  }),
});

const IMPORT_ERRORS = { types: [InvalidInputError, NotFoundError] };

builder.mutationField('previewFormImport', (t) =>
  t.field({
    type: FormImportPreviewRef,
    authScopes: { roles: ['COUNTY_MANAGER'] },
    errors: IMPORT_ERRORS,
    description:
      'Reads a filled XLSX form (自评表, 申报表 or 监控表 of the project’s kind and year, at most ' +
      '4 MB, base64) and checks it; nothing is saved',
    args: {
      projectId: t.arg.id({ required: true }),
      fileBase64: t.arg.string({ required: true }),
    },
    resolve: (_root, { projectId, fileBase64 }, context) =>
      previewFormImport(context, String(projectId), fileBase64),
  }),
);

builder.mutationField('applyFormImport', (t) =>
  t.field({
    type: ProjectRef,
    authScopes: { roles: ['COUNTY_MANAGER'] },
    errors: IMPORT_ERRORS,
    description:
      'Saves a filled XLSX form into the project, all or nothing: when any cell cannot be read ' +
      'nothing is written and each is named (sheet!cell). Replaces the header, funds and ' +
      'indicators; an indicator whose row is still there keeps its binding to field data.',
    args: {
      projectId: t.arg.id({ required: true }),
      fileBase64: t.arg.string({ required: true }),
    },
    resolve: async (_root, { projectId, fileBase64 }, context) => {
      const { id } = await applyFormImport(context, String(projectId), fileBase64);
      return context.db.prisma.project.findUniqueOrThrow({ where: { id } });
    },
  }),
);
