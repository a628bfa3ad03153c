import type { Project } from '../api/dashboard-documents.ts';
import type {
  FormImportPreview,
  FormSignature,
  ImportCellError,
  SelfEvaluationReport,
} from '../api/form-documents.ts';

/**
 * The forms part of the fake dashboard server: download links (new ones on every request, 10
 * minutes valid), the project as the printed 自评表 reads it (with the header and signature of
 * the seed form), the 自评报告, and the import of a filled form.
 *
 * The fake does not read XLSX: a test uploads a small JSON text standing for the workbook as
 * the server would read it — `{ "actuals": { "r01": "383000" }, "cellErrors": [...] }` — and
 * anything that is not such JSON is "not an XLSX workbook". Preview saves nothing; apply writes
 * the actuals into the project, or refuses the whole file when a cell cannot be read.
 */

type Answer = { data: unknown } | { errors: { message: string; extensions?: object }[] };

const FORBIDDEN: Answer = {
  errors: [{ message: '只有本县的县级管理员可以执行此操作', extensions: { code: 'FORBIDDEN' } }],
};

const KIND_TITLES = {
  SELF_EVALUATION: '绩效自评表',
  TARGET_DECLARATION: '绩效目标申报表',
  MONITORING: '绩效监控情况表',
} as const;

/** What the seed's 自评表 prints around its tables. */
export interface ProjectHeader {
  countyName: string;
  departments: { central: string | null; local: string | null } | null;
  goal: string | null;
  goalOutcome: string | null;
  remarks: string | null;
  signature: FormSignature | null;
}

export const SEED_HEADER: ProjectHeader = {
  countyName: '莎车县',
  departments: { central: '财政部', local: '财政局' },
  goal: '将中央基础养老金指标资金按时足额发放到位，逐步满足参保群众待遇预期。',
  goalOutcome: null,
  remarks: '请在此处说明各级审计和财政监督检查中发现问题所涉及的金额，如没有请填无。',
  signature: {
    preparer: '罗平',
    head: '艾麦提·玉苏甫',
    filedOn: '2020年12月30日',
    contacts: ['15886889309', '13899112060'],
  },
};

export function reportOf(project: Project): SelfEvaluationReport {
  return {
    title: '项目支出绩效自评报告',
    subtitle: `（${project.year} 年度）`,
    meta: [
      { label: '项目名称', value: project.name },
      { label: '实施单位（公章）', value: project.implementingUnit },
    ],
    sections: [
      {
        heading: '一、项目概况',
        paragraphs: [],
        subsections: [
          {
            heading: '（一）项目单位基本情况',
            paragraphs: [
              `实施单位：${project.implementingUnit}。`,
              '（此部分由实施单位根据实际情况填写。）',
            ],
            subsections: [],
          },
        ],
      },
      {
        heading: '四、项目绩效情况',
        paragraphs: [],
        subsections: [
          {
            heading: '（一）项目绩效目标完成情况分析',
            paragraphs: [
              `综合得分 ${project.evaluation.total.toFixed(2)} 分，评价等级为“${project.evaluation.grade}”。`,
            ],
            subsections: [],
          },
        ],
      },
    ],
  };
}

interface UploadedForm {
  actuals: Record<string, string>;
  cellErrors: ImportCellError[];
}

/** The "workbook" a test uploaded, or null when it is not one. */
function readUpload(fileBase64: unknown): UploadedForm | null {
  try {
    const text = new TextDecoder().decode(
      Uint8Array.from(atob(String(fileBase64)), (char) => char.charCodeAt(0)),
    );
    const parsed = JSON.parse(text) as Partial<UploadedForm>;
    if (typeof parsed !== 'object' || parsed === null) return null;
    return { actuals: parsed.actuals ?? {}, cellErrors: parsed.cellErrors ?? [] };
  } catch {
    return null;
  }
}

export class FakeForms {
  readonly #projects: Project[];
  /** The header of each project by id (the seed form's by default). */
  readonly headers = new Map<string, ProjectHeader>();
  /** Imports written, in order. */
  readonly applied: { projectId: string; actuals: Record<string, string> }[] = [];
  /** How long a download link is valid (the server's 10 minutes; 0 = expired at once). */
  linkLifetimeMs = 10 * 60 * 1000;
  /** Cells the next apply refuses although the preview read them (the file changed, say). */
  applyRefusal: ImportCellError[] | null = null;
  #links = 0;

  constructor(projects: Project[]) {
    this.#projects = projects;
  }

  /** The answer to a forms operation, or null when `name` is not one. */
  answer(name: string, variables: Record<string, unknown>, manages: boolean): Answer | null {
    const project = this.#projects.find((candidate) => candidate.id === variables.id) ?? null;
    switch (name) {
      case 'ProjectFormDownloads':
        return {
          data: { project: project === null ? null : this.#downloads(project) },
        };
      case 'PrintSelfEvaluation':
        return { data: { project: project === null ? null : this.#printed(project) } };
      case 'PrintSelfEvaluationReport':
        return {
          data: {
            project:
              project === null
                ? null
                : {
                    id: project.id,
                    name: project.name,
                    year: project.year,
                    selfEvaluationReport: reportOf(project),
                  },
          },
        };
      case 'FormImportProject':
        return {
          data: {
            project:
              project === null
                ? null
                : {
                    id: project.id,
                    name: project.name,
                    title: project.title,
                    kind: project.kind,
                    year: project.year,
                  },
          },
        };
      case 'PreviewFormImport':
        return manages ? this.#preview(variables) : FORBIDDEN;
      case 'ApplyFormImport':
        return manages ? this.#apply(variables) : FORBIDDEN;
      default:
        return null;
    }
  }

  #header(project: Project): ProjectHeader {
    return this.headers.get(project.id) ?? SEED_HEADER;
  }

  #downloads(project: Project) {
    this.#links++;
    const expiresAt = new Date(Date.now() + this.linkLifetimeMs).toISOString();
    const stem = `${project.year}_${this.#header(project).countyName}_${project.name}`;
    return {
      id: project.id,
      formDownloads: Object.entries(KIND_TITLES).map(([kind, title]) => ({
        kind,
        title,
        fileName: `${stem}_${title}.xlsx`,
        url: `/exports/token-${this.#links}-${kind.toLowerCase()}`,
        expiresAt,
      })),
    };
  }

  #printed(project: Project) {
    const { countyName, ...header } = this.#header(project);
    return { ...project, ...header, county: { name: countyName } };
  }

  #preview(variables: Record<string, unknown>): Answer {
    const answer = (result: object) => ({ data: { previewFormImport: result } });
    const project = this.#projects.find((candidate) => candidate.id === variables.projectId);
    if (project === undefined) {
      return answer({ __typename: 'NotFoundError', message: '找不到该项目' });
    }
    const upload = readUpload(variables.fileBase64);
    if (upload === null) {
      const preview: FormImportPreview = {
        sheet: null,
        kind: null,
        title: null,
        year: null,
        projectName: null,
        implementingUnit: null,
        goal: null,
        funds: [],
        rows: [],
        cellErrors: [{ sheet: '', cell: null, message: '文件不是有效的 XLSX 工作簿' }],
        canApply: false,
        evaluation: null,
      };
      return answer({ __typename: 'MutationPreviewFormImportSuccess', data: preview });
    }
    const preview: FormImportPreview = {
      sheet: '绩效自评表',
      kind: project.kind,
      title: project.title,
      year: project.year,
      projectName: project.name,
      implementingUnit: project.implementingUnit,
      goal: this.#header(project).goal,
      funds: project.funds.map(({ source, label, budget, executed, printedRate }) => ({
        source,
        label,
        budget,
        executed,
        printedRate,
      })),
      rows: project.indicators.map((indicator) => ({
        rowKey: indicator.rowKey,
        level1: indicator.level1,
        level2: indicator.level2,
        name: indicator.name,
        target: indicator.target,
        actual: upload.actuals[indicator.rowKey] ?? indicator.manualActual,
        printedRate: null,
        weight: indicator.weight === null ? null : Number(indicator.weight),
        reason: indicator.reason,
        partOfRowKey: indicator.partOfRowKey,
      })),
      cellErrors: upload.cellErrors,
      canApply: upload.cellErrors.length === 0,
      evaluation: {
        total: project.evaluation.total,
        grade: project.evaluation.grade,
        complete: project.evaluation.complete,
        findings: project.evaluation.findings,
      },
    };
    return answer({ __typename: 'MutationPreviewFormImportSuccess', data: preview });
  }

  #apply(variables: Record<string, unknown>): Answer {
    const answer = (result: object) => ({ data: { applyFormImport: result } });
    const project = this.#projects.find((candidate) => candidate.id === variables.projectId);
    if (project === undefined) {
      return answer({ __typename: 'NotFoundError', message: '找不到该项目' });
    }
    const upload = readUpload(variables.fileBase64);
    const errors = this.applyRefusal ??
      upload?.cellErrors ?? [{ sheet: '', cell: null, message: '文件不是有效的 XLSX 工作簿' }];
    if (upload === null || errors.length > 0) {
      const fieldErrors = errors.map((error) => ({
        field: error.cell === null ? error.sheet || 'file' : `${error.sheet}!${error.cell}`,
        message: error.message,
      }));
      return answer({
        __typename: 'InvalidInputError',
        message: `表格有 ${errors.length} 处无法读取，未导入任何数据`,
        fieldErrors,
      });
    }
    for (const [rowKey, actual] of Object.entries(upload.actuals)) {
      const indicator = project.indicators.find((row) => row.rowKey === rowKey);
      if (indicator) indicator.manualActual = actual;
      const scored = project.evaluation.indicators.find((row) => row.rowKey === rowKey);
      if (scored && scored.actualSource === 'MANUAL') scored.actual = actual;
    }
    this.applied.push({ projectId: project.id, actuals: upload.actuals });
    return answer({
      __typename: 'MutationApplyFormImportSuccess',
      data: {
        id: project.id,
        name: project.name,
        indicators: project.indicators.map(({ rowKey }) => ({ rowKey })),
        evaluation: {
          total: project.evaluation.total,
          grade: project.evaluation.grade,
          complete: project.evaluation.complete,
        },
      },
    });
  }
}
