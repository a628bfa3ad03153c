import type { EvaluationForm } from '@jixiao/domain';
import { evaluateForm, type FormEvaluation } from '@jixiao/scoring';
import { newWorkbook, workbookBytes } from '../xlsx/workbook-buffer.ts';
import { declarationDraft, monitoringDraft } from './form-drafts.ts';
import { addMonitoringSheet, type MonitoringOptions } from './monitoring-sheet.ts';
import { addSelfEvaluationSheet } from './self-evaluation-sheet.ts';
import type { FormSheetOptions } from './sheet-options.ts';
import { addTargetDeclarationSheet } from './target-declaration-sheet.ts';

/**
 * One XLSX file per form kind, from a project's form and its evaluation (the evaluation the
 * API shows: bound indicators carry their field-data actuals). A 申报表 is next year's
 * declaration drafted from the project, unless the project is itself a declaration; a 监控表
 * is the project's state at a date.
 */
export type FormSheetKind = 'self-evaluation' | 'target-declaration' | 'monitoring';

export const FORM_SHEET_NAMES: Record<FormSheetKind, string> = {
  'self-evaluation': '绩效自评表',
  'target-declaration': '绩效目标申报表',
  monitoring: '绩效监控情况表',
};

/** Every file a project can be downloaded as: the three forms and 和硕县-style 基金收支. */
export type FormDocumentKind = FormSheetKind | 'fund-summary';

export const DOCUMENT_NAMES: Record<FormDocumentKind, string> = {
  ...FORM_SHEET_NAMES,
  'fund-summary': '基金收支情况表',
};

export interface FormWorkbookOptions extends FormSheetOptions, MonitoringOptions {
  /** The year a drafted 申报表 declares (default: the year after the project's). */
  declarationYear?: number;
}

/** The form a kind prints for a project: itself, or the draft of the other form. */
export function formForKind(
  form: EvaluationForm,
  kind: FormSheetKind,
  options: FormWorkbookOptions = {},
): EvaluationForm {
  switch (kind) {
    case 'self-evaluation':
      return form;
    case 'target-declaration':
      return declarationDraft(
        form,
        options.declarationYear ?? (form.kind === 'target-declaration' ? form.year : form.year + 1),
      );
    case 'monitoring':
      return monitoringDraft(form);
  }
}

export async function formWorkbook(
  evaluation: FormEvaluation,
  kind: FormSheetKind,
  options: FormWorkbookOptions = {},
): Promise<Uint8Array> {
  const form = formForKind(evaluation.form, kind, options);
  const scored = form === evaluation.form ? evaluation : evaluateForm(form);
  const workbook = newWorkbook();
  workbook.title = `${form.title}（${form.year}年度）`;
  switch (kind) {
    case 'self-evaluation':
      addSelfEvaluationSheet(workbook, scored, options);
      break;
    case 'target-declaration':
      addTargetDeclarationSheet(workbook, scored);
      break;
    case 'monitoring':
      addMonitoringSheet(workbook, scored, options);
      break;
  }
  return workbookBytes(workbook);
}

/** The workbook of a form in the layout of its own kind (a report prints as a 自评表). */
export function ownSheetKind(form: EvaluationForm): FormSheetKind {
  if (form.kind === 'target-declaration' || form.kind === 'monitoring') return form.kind;
  return 'self-evaluation';
}

/** "2020_莎车县_城乡居民基本养老保险项目基金_绩效自评表.xlsx" — safe in every file system. */
export function formFileName(
  form: EvaluationForm,
  kind: FormDocumentKind,
  options: FormWorkbookOptions = {},
): string {
  const year = kind === 'fund-summary' ? form.year : formForKind(form, kind, options).year;
  const parts = [String(year), form.county.name, form.projectName, DOCUMENT_NAMES[kind]];
  return `${parts
    .filter((part) => part !== '')
    .join('_')
    .replace(/[\\/:*?"<>|\s]+/g, '')}.xlsx`;
}
