import type { EvaluationForm, FormKind, IndicatorRow, Signature } from '@jixiao/domain';
import { evaluateForm, type Finding, type FormEvaluation } from '@jixiao/scoring';
import { isLabel, LABELS } from '../form-labels.ts';
import { SheetGrid } from '../xlsx/sheet-grid.ts';
import { readWorkbook } from '../xlsx/workbook-buffer.ts';
import { type CellError, cellError } from './cell-error.ts';
import { readFunds } from './funds-reader.ts';
import { findIndicatorHeader, readIndicators } from './indicator-reader.ts';
import { labelledValue, labelledValues } from './label-values.ts';

/**
 * 表格导入 — reads a filled 自评表, 申报表 or 监控表 (as exported, or as a county typed it: merged
 * cells, blank lines, amounts with or without 万元, numbers stored as text, other wordings of the
 * labels) into the form model, with a located Chinese error for every cell that cannot be read,
 * then runs the scoring's checks over it. Pure: bytes in, data out; nothing is stored.
 *
 * A sheet does not print everything a project holds: its id, the county code and scheme, the
 * claims of the 自评报告 and the figures of a report live with the project. Given the project,
 * the import keeps those and checks that the sheet is of the project's kind and year.
 */
export interface FormImportOptions {
  /** The project the sheet is imported into. */
  project?: EvaluationForm;
  /** The uploaded file's name, recorded as the form's source when there is no project. */
  fileName?: string;
}

export interface FormImport {
  /** The form read from the sheet, or null when no form could be found in the file. */
  form: EvaluationForm | null;
  /** Every cell that could not be read; the import is complete only when this is empty. */
  errors: CellError[];
  /** The scoring's findings on the form as read (empty when there is no form). */
  findings: Finding[];
  evaluation: FormEvaluation | null;
  /** The worksheet the form was read from. */
  sheet: string | null;
}

export const KIND_NAMES: Record<FormKind, string> = {
  'self-evaluation': '绩效自评表',
  'target-declaration': '绩效目标申报表',
  monitoring: '绩效监控情况表',
  'evaluation-report': '绩效评价报告',
};

/** The kind a title names: 监控 → monitoring, 申报 → declaration, 报告 → report, else 自评表. */
export function kindOfTitle(title: string): FormKind {
  if (title.includes('监控')) return 'monitoring';
  if (title.includes('申报')) return 'target-declaration';
  if (title.includes('报告')) return 'evaluation-report';
  return 'self-evaluation';
}

export async function importFormWorkbook(
  bytes: Uint8Array,
  options: FormImportOptions = {},
): Promise<FormImport> {
  const reading = await readWorkbook(bytes);
  if (!reading.ok) {
    return {
      form: null,
      errors: [cellError('', null, reading.message)],
      findings: [],
      evaluation: null,
      sheet: null,
    };
  }
  const grids = reading.workbook.worksheets.map((sheet) => SheetGrid.of(sheet));
  const grid = grids.find((candidate) => findIndicatorHeader(candidate) !== null) ?? grids[0];
  if (!grid) {
    return {
      form: null,
      errors: [cellError('', null, '工作簿中没有工作表')],
      findings: [],
      evaluation: null,
      sheet: null,
    };
  }
  const read = readFormSheet(grid, options);
  const evaluation = read.form ? evaluateForm(read.form) : null;
  return {
    form: read.form,
    errors: read.errors,
    findings: evaluation?.findings ?? [],
    evaluation,
    sheet: grid.name,
  };
}

function findTitle(grid: SheetGrid): { text: string; address: string } | null {
  for (let row = 1; row <= Math.min(grid.rowCount, 6); row++) {
    for (const cell of grid.texts(row)) {
      if (/年度/.test(cell.text) && cell.text.length < 14) continue;
      if (/[表告]\s*$/.test(cell.text)) return { text: cell.text, address: cell.address };
    }
  }
  return null;
}

function findYear(grid: SheetGrid): number | null {
  for (let row = 1; row <= Math.min(grid.rowCount, 8); row++) {
    for (const cell of grid.texts(row)) {
      const match = /(\d{4})\s*年度/.exec(cell.text);
      if (match?.[1]) return Number(match[1]);
    }
  }
  const period = labelledValue(grid, LABELS.period);
  const match = period ? /(\d{4})/.exec(period.text) : null;
  return match?.[1] ? Number(match[1]) : null;
}

function signatureOf(grid: SheetGrid, from: number): Signature | undefined {
  const value = (spellings: readonly string[]) => labelledValue(grid, spellings, from)?.text;
  const preparer = value(LABELS.preparer);
  const head = value(LABELS.head);
  const filedOn = value(LABELS.filedOn);
  const contacts = labelledValues(grid, LABELS.contact, from).map((found) => found.text);
  const signature: Signature = {
    ...(preparer !== undefined ? { preparer } : {}),
    ...(head !== undefined ? { head } : {}),
    ...(filedOn !== undefined ? { filedOn } : {}),
    ...(contacts.length > 0 ? { contacts } : {}),
  };
  return Object.keys(signature).length > 0 ? signature : undefined;
}

/** A row keeps the project's transcription note when it is the same row (id, name, levels). */
function withNotes(rows: IndicatorRow[], project: EvaluationForm | undefined): IndicatorRow[] {
  if (!project) return rows;
  const before = new Map(project.indicators.map((row) => [row.id, row]));
  return rows.map((row) => {
    const old = before.get(row.id);
    const same =
      old?.note !== undefined &&
      old.name === row.name &&
      old.level1 === row.level1 &&
      old.level2 === row.level2;
    return same ? { ...row, note: old.note } : row;
  });
}

/** Reads the form on one sheet (pure and synchronous: the grid is already in memory). */
export function readFormSheet(
  grid: SheetGrid,
  options: FormImportOptions = {},
): { form: EvaluationForm | null; errors: CellError[] } {
  const errors: CellError[] = [];
  const { project } = options;
  const header = findIndicatorHeader(grid);
  if (!header) {
    errors.push(
      cellError(
        grid.name,
        null,
        '找不到绩效指标表的表头（应有“一级指标”“二级指标”“三级指标”等列）',
      ),
    );
    return { form: null, errors };
  }
  const title = findTitle(grid);
  if (!title)
    errors.push(cellError(grid.name, 'A1', '找不到表名（如“城乡居民养老补贴绩效自评表”）'));
  const kind = kindOfTitle(title?.text ?? '');
  const year = findYear(grid) ?? project?.year ?? null;
  if (year === null)
    errors.push(cellError(grid.name, null, '找不到年度（如“（2020年度）”或“专项实施期 2020年”）'));

  const projectName = labelledValue(grid, LABELS.projectName, 1, header.row);
  if (!projectName)
    errors.push(cellError(grid.name, null, '找不到项目名称（“专项名称”或“项目名称”一栏）'));
  const unit =
    labelledValue(grid, LABELS.implementingUnit, 1, header.row) ??
    labelledValue(grid, LABELS.filingUnit, 1, header.row);
  if (!unit) errors.push(cellError(grid.name, null, '找不到实施单位（“实施单位”一栏）'));
  const central = labelledValue(grid, LABELS.centralDepartment, 1, header.row)?.text;
  const local = labelledValue(grid, LABELS.localDepartment, 1, header.row)?.text;

  const goalLabels = [...LABELS.goalPlanned, ...LABELS.goal, ...LABELS.goalOutcome];
  const funds = readFunds(grid, header.row, (row) =>
    grid.texts(row).some((cell) => isLabel(cell.text, goalLabels)),
  );
  errors.push(...funds.errors);
  const goal =
    labelledValue(grid, LABELS.goalPlanned, 1, header.row) ??
    labelledValue(grid, LABELS.goal, 1, header.row);
  const goalOutcome = labelledValue(grid, LABELS.goalOutcome, 1, header.row);
  const overall =
    kind === 'monitoring' ? labelledValue(grid, LABELS.overallRate, 1, header.row) : null;

  const table = readIndicators(grid, header);
  errors.push(...table.errors);
  const remarks = labelledValue(grid, LABELS.remarks, table.endRow);
  const signature = signatureOf(grid, table.endRow);

  if (project && project.kind !== kind) {
    errors.push(
      cellError(
        grid.name,
        title?.address ?? null,
        `表格是${KIND_NAMES[kind]}，而该项目是${KIND_NAMES[project.kind]}，不能导入`,
      ),
    );
  }
  if (project && year !== null && project.year !== year) {
    errors.push(cellError(grid.name, null, `表格年度为 ${year} 年，而该项目为 ${project.year} 年`));
  }

  const departments = {
    ...(central ? { central } : {}),
    ...(local ? { local } : {}),
  };
  const narrative = overall
    ? { completionRate: overall.text, quote: `三、目标完成情况 — 总体完成率：${overall.text}` }
    : project?.narrative;
  const form: EvaluationForm = {
    id: project?.id ?? 'imported',
    kind,
    title: title?.text ?? '',
    year: year ?? 0,
    county: project?.county ?? { name: '', code: '' },
    scheme: project?.scheme ?? null,
    projectName: projectName?.text ?? '',
    ...(Object.keys(departments).length > 0 ? { departments } : {}),
    implementingUnit: unit?.text ?? '',
    funds: funds.funds,
    ...(goal ? { goal: goal.text } : {}),
    ...(goalOutcome ? { goalOutcome: goalOutcome.text } : {}),
    indicators: withNotes(table.rows, project),
    ...(narrative ? { narrative } : {}),
    ...(project?.figures ? { figures: project.figures } : {}),
    ...(project?.relations ? { relations: project.relations } : {}),
    ...(signature ? { signature } : {}),
    ...(remarks ? { remarks: remarks.text } : {}),
    source: project?.source ?? { file: options.fileName ?? 'upload.xlsx', section: grid.name },
  };
  return { form, errors };
}
