import { gql } from '@urql/core';
import {
  EVALUATION_FIELDS,
  FINDING_FIELDS,
  FUND_LINE_FIELDS,
  type FundLine,
  INVALID_INPUT_FIELDS,
  type Indicator,
  type InvalidInputFailure,
  NOT_FOUND_FIELDS,
  type NotFoundFailure,
  type ProjectEvaluation,
} from './dashboard-documents.ts';

/**
 * 表格 — the documents of the dashboard's forms: a project's download links (signed, valid 10
 * minutes), the project as the printed 自评表 shows it, the 自评报告, and the import of a filled
 * XLSX form (preview, then apply). Result types written by hand from apps/server/schema.graphql.
 * Only the lazily loaded dashboard imports this module.
 */

// ---- Downloads ----

export type FormDocumentKind =
  | 'SELF_EVALUATION'
  | 'TARGET_DECLARATION'
  | 'MONITORING'
  | 'FUND_SUMMARY';

/** A form of the project as an XLSX file behind a short-lived link (GET /exports/<token>). */
export interface FormDownload {
  kind: FormDocumentKind;
  /** 绩效自评表, 绩效目标申报表, … */
  title: string;
  /** 2020_莎车县_…_绩效自评表.xlsx */
  fileName: string;
  /** A path on the API's origin; a plain GET downloads the file. */
  url: string;
  /** When the link stops working (ISO 8601). */
  expiresAt: string;
}

export interface ProjectIdVariables {
  id: string;
}

export interface FormDownloadsData {
  project: { id: string; formDownloads: FormDownload[] } | null;
}

/** Fresh links, asked for whenever the block is shown (they expire after 10 minutes). */
export const FORM_DOWNLOADS_QUERY = gql<FormDownloadsData, ProjectIdVariables>(`
  query ProjectFormDownloads($id: ID!) {
    project(id: $id) {
      id
      formDownloads { kind title fileName url expiresAt }
    }
  }
`);

// ---- The printed 自评表 ----

/** 落款 — who filed the form, when, and how to reach them. */
export interface FormSignature {
  preparer: string | null;
  head: string | null;
  filedOn: string | null;
  contacts: string[];
}

/** 三级指标 as the printed table needs it (分值 null = the default weights). */
export type PrintIndicator = Pick<
  Indicator,
  'rowKey' | 'level1' | 'level2' | 'name' | 'target' | 'weight' | 'partOfRowKey' | 'reason'
>;

export interface PrintProject {
  id: string;
  name: string;
  title: string;
  kind: string;
  year: number;
  county: { name: string };
  implementingUnit: string;
  departments: { central: string | null; local: string | null } | null;
  /** 年度总体目标. */
  goal: string | null;
  /** 全年实际完成情况. */
  goalOutcome: string | null;
  /** 说明. */
  remarks: string | null;
  signature: FormSignature | null;
  funds: FundLine[];
  indicators: PrintIndicator[];
  evaluation: ProjectEvaluation;
}

export interface PrintSelfEvaluationData {
  project: PrintProject | null;
}

/** Everything the printed 自评表 shows, scored now (bound indicators from the rollup). */
export const PRINT_SELF_EVALUATION_QUERY = gql<PrintSelfEvaluationData, ProjectIdVariables>(`
  query PrintSelfEvaluation($id: ID!) {
    project(id: $id) {
      id
      name
      title
      kind
      year
      county { name }
      implementingUnit
      departments { central local }
      goal
      goalOutcome
      remarks
      signature { preparer head filedOn contacts }
      funds { ${FUND_LINE_FIELDS} }
      indicators { rowKey level1 level2 name target weight partOfRowKey reason }
      evaluation { ${EVALUATION_FIELDS} }
    }
  }
`);

// ---- The 自评报告 ----

export interface ReportSection {
  heading: string;
  paragraphs: string[];
  /** Absent on the deepest level asked for. */
  subsections?: ReportSection[];
}

export interface SelfEvaluationReport {
  title: string;
  /** （2020 年度） */
  subtitle: string;
  /** 项目名称, 实施单位（公章）, … */
  meta: { label: string; value: string }[];
  sections: ReportSection[];
}

export interface PrintReportData {
  project: {
    id: string;
    name: string;
    year: number;
    selfEvaluationReport: SelfEvaluationReport;
  } | null;
}

/** Three levels of sections: the report has two (一、… and （一）…), one to spare. */
export const PRINT_REPORT_QUERY = gql<PrintReportData, ProjectIdVariables>(`
  query PrintSelfEvaluationReport($id: ID!) {
    project(id: $id) {
      id
      name
      year
      selfEvaluationReport {
        title
        subtitle
        meta { label value }
        sections {
          heading
          paragraphs
          subsections {
            heading
            paragraphs
            subsections { heading paragraphs }
          }
        }
      }
    }
  }
`);

// ---- Import of a filled form ----

export interface FormImportProjectData {
  project: { id: string; name: string; title: string; kind: string; year: number } | null;
}

/** What the import screen says about the project the file goes into. */
export const FORM_IMPORT_PROJECT_QUERY = gql<FormImportProjectData, ProjectIdVariables>(`
  query FormImportProject($id: ID!) {
    project(id: $id) { id name title kind year }
  }
`);

/** A cell of the uploaded workbook that could not be read. */
export interface ImportCellError {
  sheet: string;
  /** e.g. D12; null for a problem of the whole sheet. */
  cell: string | null;
  message: string;
}

/** A line of the funds block as read (万元). */
export type ImportFundLine = FundLine;

/** An indicator row as read. */
export interface ImportRow {
  rowKey: string;
  level1: string;
  level2: string | null;
  name: string;
  target: string | null;
  actual: string | null;
  printedRate: string | null;
  weight: number | null;
  reason: string | null;
  partOfRowKey: string | null;
}

export interface FormImportPreview {
  sheet: string | null;
  kind: string | null;
  title: string | null;
  year: number | null;
  projectName: string | null;
  implementingUnit: string | null;
  goal: string | null;
  funds: ImportFundLine[];
  rows: ImportRow[];
  cellErrors: ImportCellError[];
  canApply: boolean;
  evaluation: Pick<ProjectEvaluation, 'total' | 'grade' | 'complete' | 'findings'> | null;
}

type ImportFailure = InvalidInputFailure | NotFoundFailure;

export type PreviewFormImportResult =
  | { __typename: 'MutationPreviewFormImportSuccess'; data: FormImportPreview }
  | ImportFailure;

export interface PreviewFormImportData {
  previewFormImport: PreviewFormImportResult;
}

export interface FormImportVariables {
  projectId: string;
  /** The XLSX file, base64. */
  fileBase64: string;
}

const IMPORT_FAILURE_FIELDS = `
  ${INVALID_INPUT_FIELDS}
  ${NOT_FOUND_FIELDS}
`;

/** Reads the file and checks it; nothing is saved. */
export const PREVIEW_FORM_IMPORT_MUTATION = gql<PreviewFormImportData, FormImportVariables>(`
  mutation PreviewFormImport($projectId: ID!, $fileBase64: String!) {
    previewFormImport(projectId: $projectId, fileBase64: $fileBase64) {
      __typename
      ... on MutationPreviewFormImportSuccess {
        data {
          sheet
          kind
          title
          year
          projectName
          implementingUnit
          goal
          funds { ${FUND_LINE_FIELDS} }
          rows {
            rowKey
            level1
            level2
            name
            target
            actual
            printedRate
            weight
            reason
            partOfRowKey
          }
          cellErrors { sheet cell message }
          canApply
          evaluation {
            total
            grade
            complete
            findings { ${FINDING_FIELDS} }
          }
        }
      }
      ${IMPORT_FAILURE_FIELDS}
    }
  }
`);

/** The project as saved by an import. */
export interface ImportedProject {
  id: string;
  name: string;
  indicators: { rowKey: string }[];
  evaluation: { total: number; grade: string; complete: boolean };
}

export type ApplyFormImportResult =
  | { __typename: 'MutationApplyFormImportSuccess'; data: ImportedProject }
  | ImportFailure;

export interface ApplyFormImportData {
  applyFormImport: ApplyFormImportResult;
}

/** Saves the file into the project, all or nothing (audited). */
export const APPLY_FORM_IMPORT_MUTATION = gql<ApplyFormImportData, FormImportVariables>(`
  mutation ApplyFormImport($projectId: ID!, $fileBase64: String!) {
    applyFormImport(projectId: $projectId, fileBase64: $fileBase64) {
      __typename
      ... on MutationApplyFormImportSuccess {
        data {
          id
          name
          indicators { rowKey }
          evaluation { total grade complete }
        }
      }
      ${IMPORT_FAILURE_FIELDS}
    }
  }
`);

/** The server's limit on an uploaded form (previewFormImport: at most 4 MB). */
export const FORM_IMPORT_MAX_BYTES = 4 * 1024 * 1024;
