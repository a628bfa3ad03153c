import type { Project } from '@jixiao/db';
import type { Figure, FigureRelation } from '@jixiao/domain';
import {
  type FormDocumentKind,
  formFileName,
  formWorkbook,
  fundSummaryFromReport,
  fundSummaryWorkbook,
  reportText,
  type SelfEvaluationReport,
  selfEvaluationReport,
} from '@jixiao/forms';
import type { Context } from '../context.ts';
import { evaluateProject } from './evaluation-service.ts';

/**
 * 表格下载 — the files a project is downloaded as, built from the project as the API scores it
 * (bound indicators with their field-data actuals): the 自评表, next year's 申报表 drafted from
 * it, the 监控表, and the 基金收支情况表 when the project is a report stating its fund figures.
 * Also the 自评报告 drafted from the same evaluation.
 */
export const FORM_DOCUMENT_KINDS: readonly FormDocumentKind[] = [
  'self-evaluation',
  'target-declaration',
  'monitoring',
  'fund-summary',
];

export function isFormDocumentKind(kind: string): kind is FormDocumentKind {
  return (FORM_DOCUMENT_KINDS as readonly string[]).includes(kind);
}

function reportFigures(project: Project, countyName: string) {
  return {
    figures: (project.figures ?? undefined) as Figure[] | undefined,
    relations: (project.figureRelations ?? undefined) as FigureRelation[] | undefined,
    county: { name: countyName, code: project.countyCode },
    year: project.year,
  };
}

/** The kinds a project can be downloaded as. */
export function documentKindsOf(project: Project): FormDocumentKind[] {
  const hasSummary = fundSummaryFromReport(reportFigures(project, '')) !== null;
  return FORM_DOCUMENT_KINDS.filter((kind) => kind !== 'fund-summary' || hasSummary);
}

export interface FormDocument {
  /** "2020_莎车县_…_绩效自评表.xlsx". */
  fileName: string;
  /** An ASCII name for clients that ignore filename*: "shache-2020-resident-pension-self-evaluation.xlsx". */
  asciiFileName: string;
  bytes: Uint8Array;
}

/** The file, or null when there is no such project or it has no document of this kind. */
export async function formDocument(
  context: Context,
  projectId: string,
  kind: FormDocumentKind,
): Promise<FormDocument | null> {
  const result = await evaluateProject(context, projectId);
  if (!result) return null;
  const { form } = result.evaluation;
  const asciiFileName = `${result.project.key.replace(/[^A-Za-z0-9-]/g, '-')}-${kind}.xlsx`;
  if (kind === 'fund-summary') {
    const summary = fundSummaryFromReport(form);
    if (!summary) return null;
    return {
      fileName: formFileName(form, kind),
      asciiFileName,
      bytes: await fundSummaryWorkbook(summary),
    };
  }
  return {
    fileName: formFileName(form, kind),
    asciiFileName,
    bytes: await formWorkbook(result.evaluation, kind),
  };
}

/** The 自评报告 drafted from the project's evaluation, with its plain text. */
export async function projectReport(
  context: Context,
  projectId: string,
): Promise<(SelfEvaluationReport & { text: string }) | null> {
  const result = await evaluateProject(context, projectId);
  if (!result) return null;
  const fieldDataRowIds = new Set(
    [...result.actualSources]
      .filter(([, source]) => source === 'FIELD_DATA')
      .map(([rowKey]) => rowKey),
  );
  const report = selfEvaluationReport(result.evaluation, { fieldDataRowIds });
  return { ...report, text: reportText(report) };
}
