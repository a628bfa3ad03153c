import { formFromProject, Prisma, projectCreateInput } from '@jixiao/db';
import type { EvaluationForm } from '@jixiao/domain';
import {
  type CellError,
  describeCellError,
  type FormImport,
  importFormWorkbook,
} from '@jixiao/forms';
import { audit } from '../audit.ts';
import { requireManage } from '../auth/guards.ts';
import type { Context } from '../context.ts';
import { InvalidInputError, NotFoundError } from '../schema/errors.ts';
import { PROJECT_WITH_ROWS } from './evaluation-service.ts';
import { decodeBase64File } from './uploaded-file.ts';

/**
 * 表格导入 — a county manager uploads the project's filled 自评表 (or 申报表 / 监控表, of the
 * project's kind and year) as XLSX. `preview` reads it and runs the checks without writing;
 * `apply` writes it all or nothing: any cell that cannot be read refuses the whole file, with
 * each cell named ("绩效自评表!D12"). Applying replaces the project's header, funds and
 * indicators by the sheet's; an indicator keeps its id and its binding to field data when its
 * row is still there. Audited with counts only.
 */
export const FORM_XLSX_MAX_BYTES = 4 * 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function projectToManage(context: Context, projectId: string) {
  const project = UUID.test(projectId)
    ? await context.db.prisma.project.findUnique({
        where: { id: projectId },
        include: PROJECT_WITH_ROWS,
      })
    : null;
  if (!project) throw new NotFoundError('找不到该项目');
  requireManage(context, project.countyCode);
  const county = await context.db.prisma.division.findUnique({
    where: { code: project.countyCode },
  });
  return { project, form: formFromProject(project, county?.name ?? project.countyCode) };
}

export interface FormImportPreview extends FormImport {
  projectId: string;
}

export async function previewFormImport(
  context: Context,
  projectId: string,
  fileBase64: string,
): Promise<FormImportPreview> {
  const { project, form } = await projectToManage(context, projectId);
  const bytes = decodeBase64File(fileBase64, 'fileBase64', FORM_XLSX_MAX_BYTES);
  return { ...(await importFormWorkbook(bytes, { project: form })), projectId: project.id };
}

function refused(errors: readonly CellError[]): InvalidInputError {
  const fieldErrors = errors.map((error) => ({
    field: error.cell === null ? error.sheet || 'file' : `${error.sheet}!${error.cell}`,
    message: error.message,
  }));
  return new InvalidInputError(
    `表格有 ${errors.length} 处无法读取，未导入任何数据：${errors.slice(0, 3).map(describeCellError).join('；')}`,
    fieldErrors,
  );
}

function jsonOrNull(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  return value === undefined || value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue);
}

export async function applyFormImport(
  context: Context,
  projectId: string,
  fileBase64: string,
): Promise<{ id: string }> {
  const { project, form: before } = await projectToManage(context, projectId);
  const bytes = decodeBase64File(fileBase64, 'fileBase64', FORM_XLSX_MAX_BYTES);
  const imported = await importFormWorkbook(bytes, { project: before });
  if (imported.errors.length > 0 || !imported.form) {
    throw refused(
      imported.errors.length > 0
        ? imported.errors
        : [{ sheet: '', cell: null, message: '表格中没有可导入的内容' }],
    );
  }
  const form: EvaluationForm = imported.form;
  const input = projectCreateInput(project.key, form);
  const fundLines = input.funds?.create;
  const rows = input.indicators?.create;
  const lines = Array.isArray(fundLines) ? fundLines : fundLines ? [fundLines] : [];
  const indicators = Array.isArray(rows) ? rows : rows ? [rows] : [];
  const keys = new Set(indicators.map((row) => row.rowKey));
  const kept = project.indicators.filter((row) => keys.has(row.rowKey)).length;

  await context.db.prisma.$transaction(async (tx) => {
    await tx.fundLine.deleteMany({ where: { projectId: project.id } });
    await tx.indicator.deleteMany({
      where: { projectId: project.id, rowKey: { notIn: [...keys] } },
    });
    await tx.project.update({
      where: { id: project.id },
      data: {
        title: form.title,
        name: form.projectName,
        departments: jsonOrNull(form.departments),
        implementingUnit: form.implementingUnit,
        goal: form.goal ?? null,
        goalOutcome: form.goalOutcome ?? null,
        narrative: jsonOrNull(form.narrative),
        signature: jsonOrNull(form.signature),
        remarks: form.remarks ?? null,
        funds: { create: lines },
        indicators: {
          upsert: indicators.map((row) => ({
            where: { projectId_rowKey: { projectId: project.id, rowKey: row.rowKey } },
            create: row,
            update: row,
          })),
        },
      },
    });
    await audit(tx, context, {
      action: 'project.importForm',
      entity: 'Project',
      entityId: project.id,
      countyCode: project.countyCode,
      details: {
        project: project.key,
        sheet: imported.sheet,
        fundLines: lines.length,
        indicators: indicators.length,
        updated: kept,
        created: indicators.length - kept,
        removed: project.indicators.length - kept,
      },
    });
  });
  return { id: project.id };
}
