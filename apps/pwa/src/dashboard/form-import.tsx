import './form-tools.css';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../api/api-errors.ts';
import {
  APPLY_FORM_IMPORT_MUTATION,
  FORM_IMPORT_MAX_BYTES,
  FORM_IMPORT_PROJECT_QUERY,
  type FormImportPreview,
  type ImportCellError,
  type ImportedProject,
  PREVIEW_FORM_IMPORT_MUTATION,
} from '../api/form-documents.ts';
import { useServices } from '../ui/services-context.ts';
import { formatDecimal, formatScore, projectKindLabel } from './dashboard-labels.ts';
import {
  type ErrorColumn,
  FailedBanner,
  FileField,
  ImportErrorsTable,
  RefusedBanner,
  type UploadState,
  useFilePick,
  useOutcomeFocus,
} from './file-upload.tsx';
import { FindingsList } from './findings-list.tsx';
import {
  bytesToBase64,
  cellErrorsOf,
  cellReference,
  fileBytes,
  formFileProblem,
} from './form-import-file.ts';
import { QueryStatus } from './query-status.tsx';
import { TableScroll } from './table-scroll.tsx';
import { shownData, useApiQuery } from './use-api-query.ts';

type ImportState =
  | UploadState<ImportCellError>
  | { status: 'previewing'; fileName: string }
  | { status: 'previewed'; fileName: string; fileBase64: string; preview: FormImportPreview }
  | { status: 'applying'; fileName: string; fileBase64: string; preview: FormImportPreview }
  | { status: 'applied'; fileName: string; project: ImportedProject };

export interface FormImportProps {
  projectId: string;
  onBack: () => void;
  onLogin: () => void;
}

/**
 * 表格导入 — the county manager uploads the project's filled 自评表 or 申报表 (XLSX). The server
 * reads every row and runs the checks; the screen shows the form as read (header, funds, every
 * indicator row), each cell it could not read (sheet!cell and why), the findings with their
 * severity and the score — nothing is saved yet. 确认导入 then saves that same file, all or
 * nothing; a refusal names the cells again and changes nothing.
 */
export function FormImport({ projectId, onBack, onLogin }: FormImportProps) {
  const { session } = useServices();
  const ids = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [outcomeRef, showOutcome] = useOutcomeFocus();
  const projectQuery = useApiQuery(FORM_IMPORT_PROJECT_QUERY, { id: projectId });
  const project = shownData(projectQuery.state)?.project ?? null;
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const filePick = useFilePick({
    problemOf: formFileProblem,
    onPick: () => setState({ status: 'idle' }),
  });

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  async function preview(event: FormEvent) {
    event.preventDefault();
    const file = filePick.checked('请先选择要导入的 XLSX 文件');
    if (file === null) return;
    setState({ status: 'previewing', fileName: file.name });
    try {
      const fileBase64 = bytesToBase64(await fileBytes(file));
      const data = await session.mutate(PREVIEW_FORM_IMPORT_MUTATION, { projectId, fileBase64 });
      const result = data.previewFormImport;
      setState(
        'data' in result
          ? { status: 'previewed', fileName: file.name, fileBase64, preview: result.data }
          : {
              status: 'refused',
              fileName: file.name,
              message: result.message,
              errors: 'fieldErrors' in result ? cellErrorsOf(result.fieldErrors) : [],
            },
      );
    } catch (error) {
      setState({ status: 'failed', message: errorMessage(error) });
    }
    showOutcome();
  }

  async function apply() {
    if (state.status !== 'previewed' || !state.preview.canApply) return;
    const { fileName, fileBase64, preview: shown } = state;
    setState({ status: 'applying', fileName, fileBase64, preview: shown });
    try {
      const data = await session.mutate(APPLY_FORM_IMPORT_MUTATION, { projectId, fileBase64 });
      const result = data.applyFormImport;
      setState(
        'data' in result
          ? { status: 'applied', fileName, project: result.data }
          : {
              status: 'refused',
              fileName,
              message: result.message,
              errors: 'fieldErrors' in result ? cellErrorsOf(result.fieldErrors) : [],
            },
      );
    } catch (error) {
      setState({ status: 'failed', message: errorMessage(error) });
    }
    showOutcome();
  }

  const busy = state.status === 'previewing' || state.status === 'applying';
  return (
    <section className="card form-import" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`} tabIndex={-1} ref={headingRef}>
        导入已填写的表格
      </h3>
      <QueryStatus
        state={projectQuery.state}
        what="项目"
        onRetry={projectQuery.reload}
        onLogin={onLogin}
      />
      {project === null ? null : (
        <p>
          导入到：<strong>{project.name}</strong>（{project.year} 年度 ·{' '}
          {projectKindLabel(project.kind)}）
        </p>
      )}
      <p>
        上传该项目已填写的绩效自评表或绩效目标申报表（XLSX，须与项目的表格种类和年度一致）。先预览：逐行读取文件并运行核查，
        <strong>预览不会保存任何内容</strong>；确认无误后再点“确认导入”。
      </p>
      <p>
        <strong>全部或全不：</strong>
        只要有一个单元格无法读取，就不会导入任何数据，并列出每个单元格的位置（如“绩效自评表!D12”）。
      </p>

      <form className="import-form" onSubmit={(event) => void preview(event)} noValidate>
        <FileField
          idPrefix={ids}
          label="表格文件"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hint={<>XLSX 文件，最大 {FORM_IMPORT_MAX_BYTES / 1024 / 1024} MB。</>}
          filePick={filePick}
        />
        <div className="button-row">
          <button type="submit" className="button primary" disabled={busy}>
            预览
          </button>
          <button type="button" className="button secondary" onClick={onBack}>
            返回项目
          </button>
        </div>
      </form>

      <div className="import-outcome" tabIndex={-1} ref={outcomeRef}>
        <ImportOutcome state={state} onApply={() => void apply()} onBack={onBack} />
      </div>
    </section>
  );
}

function ImportOutcome({
  state,
  onApply,
  onBack,
}: {
  state: ImportState;
  onApply: () => void;
  onBack: () => void;
}) {
  switch (state.status) {
    case 'previewing':
      return (
        <p className="hint" role="status">
          正在读取“{state.fileName}”并核查…
        </p>
      );
    case 'previewed':
    case 'applying':
      return (
        <PreviewView
          fileName={state.fileName}
          preview={state.preview}
          applying={state.status === 'applying'}
          onApply={onApply}
        />
      );
    case 'applied': {
      const { project } = state;
      return (
        <div role="status">
          <p className="edit-saved">
            “{state.fileName}”已导入“{project.name}”：共 {project.indicators.length} 个指标。
          </p>
          <p>
            重新评分：总分 {formatScore(project.evaluation.total)}，等级“{project.evaluation.grade}”
            {project.evaluation.complete ? '。' : '（部分指标无法评分，总分不完整）。'}
          </p>
          <button type="button" className="button secondary" onClick={onBack}>
            返回项目查看
          </button>
        </div>
      );
    }
    case 'refused':
      return (
        <>
          <RefusedBanner fileName={state.fileName} unchanged="项目" message={state.message} />
          <CellErrorsTable errors={state.errors} />
        </>
      );
    case 'failed':
      return <FailedBanner message={state.message} />;
    default:
      return null;
  }
}

const CELL_ERROR_COLUMNS: readonly ErrorColumn<ImportCellError>[] = [
  { header: '位置', cell: cellReference, className: 'cell-ref' },
  { header: '问题', cell: (error) => error.message },
];

function CellErrorsTable({ errors }: { errors: readonly ImportCellError[] }) {
  return (
    <ImportErrorsTable
      label="无法读取的单元格"
      errors={errors}
      columns={CELL_ERROR_COLUMNS}
      keyOf={(error) => `${error.sheet}:${error.cell ?? ''}`}
    />
  );
}

function PreviewView({
  fileName,
  preview,
  applying,
  onApply,
}: {
  fileName: string;
  preview: FormImportPreview;
  applying: boolean;
  onApply: () => void;
}) {
  const findings = preview.evaluation?.findings ?? [];
  const errors = findings.filter((finding) => finding.severity === 'ERROR').length;
  const warnings = findings.filter((finding) => finding.severity === 'WARNING').length;
  return (
    <div className="import-preview">
      <h4>预览：“{fileName}”（尚未保存）</h4>
      {preview.canApply ? (
        <p className="banner info" role="status">
          文件已全部读取：{preview.rows.length} 个指标行，核查发现错误 {errors} 条、警告 {warnings}{' '}
          条。确认无误后点“确认导入”。
        </p>
      ) : (
        <p className="banner error" role="alert">
          有 {preview.cellErrors.length} 个单元格无法读取，不能导入。请按下表改正文件后重新预览。
        </p>
      )}

      <dl className="import-summary">
        <dt>工作表</dt>
        <dd>{preview.sheet ?? '—'}</dd>
        <dt>表名</dt>
        <dd>{preview.title ?? '—'}</dd>
        <dt>年度</dt>
        <dd>{preview.year ?? '—'}</dd>
        <dt>项目名称</dt>
        <dd>{preview.projectName ?? '—'}</dd>
        <dt>实施单位</dt>
        <dd>{preview.implementingUnit ?? '—'}</dd>
        {preview.evaluation === null ? null : (
          <>
            <dt>按文件评分</dt>
            <dd>
              总分 {formatScore(preview.evaluation.total)}，等级“{preview.evaluation.grade}”
              {preview.evaluation.complete ? '' : '（不完整）'}
            </dd>
          </>
        )}
      </dl>

      <CellErrorsTable errors={preview.cellErrors} />

      {preview.funds.length === 0 ? null : (
        <TableScroll label="读取的项目资金">
          <table className="data-table">
            <caption>读取的项目资金（万元）</caption>
            <thead>
              <tr>
                <th scope="col">资金</th>
                <th scope="col">全年预算数（A）</th>
                <th scope="col">全年执行数（B）</th>
                <th scope="col">表中执行率</th>
              </tr>
            </thead>
            <tbody>
              {preview.funds.map((line, index) => (
                <tr key={`${index}:${line.source}`}>
                  <th scope="row">{line.label}</th>
                  <td className="number">{formatDecimal(line.budget)}</td>
                  <td className="number">{formatDecimal(line.executed)}</td>
                  <td className="number">{line.printedRate ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      <TableScroll label="读取的绩效指标">
        <table className="data-table">
          <caption>读取的绩效指标（{preview.rows.length} 行）</caption>
          <thead>
            <tr>
              <th scope="col">行</th>
              <th scope="col">一级指标</th>
              <th scope="col">二级指标</th>
              <th scope="col">三级指标</th>
              <th scope="col">年度指标值</th>
              <th scope="col">全年完成值</th>
              <th scope="col">表中完成率</th>
              <th scope="col">分值</th>
              <th scope="col">未完成原因和改进措施</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.length === 0 ? (
              <tr>
                <td colSpan={9}>未读到任何指标行。</td>
              </tr>
            ) : null}
            {preview.rows.map((row) => (
              <tr key={row.rowKey}>
                <td>{row.rowKey}</td>
                <td>{row.level1}</td>
                <td>{row.level2 ?? ''}</td>
                <th scope="row">
                  {row.partOfRowKey === null ? '' : '其中：'}
                  {row.name}
                </th>
                <td>{row.target ?? ''}</td>
                <td>{row.actual ?? ''}</td>
                <td>{row.printedRate ?? ''}</td>
                <td className="number">{row.weight ?? ''}</td>
                <td>{row.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <section aria-label="核查意见">
        <h4>核查意见（{findings.length} 条）</h4>
        {findings.length === 0 ? (
          <p>核查未发现问题。</p>
        ) : (
          <FindingsList findings={findings} withSubject />
        )}
      </section>

      <div className="apply-row">
        <button
          type="button"
          className="button primary"
          disabled={!preview.canApply || applying}
          onClick={onApply}
        >
          确认导入
        </button>
        <p className="hint">
          {applying
            ? '正在导入…'
            : preview.canApply
              ? '将用文件中的表头、项目资金和绩效指标替换本项目的内容；仍在表中的指标保留外勤数据绑定。'
              : '有无法读取的单元格，不能导入。'}
        </p>
      </div>
    </div>
  );
}
