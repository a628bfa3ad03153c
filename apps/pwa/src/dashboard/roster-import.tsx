import { type FormEvent, useId, useState } from 'react';
import { errorMessage } from '../api/api-errors.ts';
import {
  IMPORT_ROSTER_MUTATION,
  type ImportRosterVariables,
  type RosterImportCounts,
} from '../api/dashboard-documents.ts';
import type { Scheme } from '../api/roster-documents.ts';
import { SCHEME_LABELS } from '../ui/labels.ts';
import { useServices } from '../ui/services-context.ts';
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
import { bytesToBase64, fileBytes } from './form-import-file.ts';
import {
  type CellError,
  cellErrors,
  ROSTER_COLUMNS,
  ROSTER_CSV_MAX_BYTES,
  ROSTER_MAX_ROWS,
  ROSTER_XLSX_MAX_BYTES,
  readFileText,
  rosterFileKind,
  rosterFileProblem,
  rosterTemplateHref,
} from './roster-import-file.ts';
import { TableScroll } from './table-scroll.tsx';

type ImportState =
  | UploadState<CellError>
  | { status: 'sending'; fileName: string }
  | { status: 'accepted'; fileName: string; counts: RosterImportCounts };

const SCHEMES = Object.keys(SCHEME_LABELS) as Scheme[];

export interface RosterImportProps {
  countyCode: string;
  countyName: string;
}

/**
 * 名册导入 — the county manager uploads a scheme's roster as a CSV file or an XLSX workbook
 * (its first sheet, sent as base64). The server checks every cell first and writes all of it
 * or nothing: a refused file lists each bad cell (row, column, problem), an accepted one says
 * how many people were added, changed and left alone. Changed people reach the phones in their
 * next roster download.
 */
export function RosterImport({ countyCode, countyName }: RosterImportProps) {
  const { session } = useServices();
  const ids = useId();
  const [outcomeRef, showOutcome] = useOutcomeFocus();
  const [scheme, setScheme] = useState<Scheme>('RESIDENT_PENSION');
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const filePick = useFilePick({
    problemOf: rosterFileProblem,
    onPick: () => setState({ status: 'idle' }),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const file = filePick.checked('请先选择名册文件');
    if (file === null) return;
    const question = `确定把“${file.name}”导入${countyName}的${SCHEME_LABELS[scheme]}名册吗？文件中有任何一处错误都不会导入。`;
    if (!window.confirm(question)) return;
    setState({ status: 'sending', fileName: file.name });
    try {
      const variables: ImportRosterVariables = { countyCode, scheme };
      if (rosterFileKind(file.name) === 'xlsx') {
        variables.xlsxBase64 = bytesToBase64(await fileBytes(file));
      } else {
        variables.csv = await readFileText(file);
      }
      const data = await session.mutate(IMPORT_ROSTER_MUTATION, variables);
      const result = data.importRoster;
      setState(
        'data' in result
          ? { status: 'accepted', fileName: file.name, counts: result.data }
          : {
              status: 'refused',
              fileName: file.name,
              message: result.message,
              errors: cellErrors(result.fieldErrors),
            },
      );
    } catch (error) {
      setState({ status: 'failed', message: errorMessage(error) });
    }
    showOutcome();
  }

  return (
    <section className="card roster-import" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>导入待遇领取人员名册</h2>
      <p>
        上传一个险种的名册（CSV 文件，UTF-8
        编码，第一行为列名，列的顺序不限）。文件中的人员按身份证号新增或更新，文件中没有的人员保持不变；更新后的名册在外勤手机下次下载时送达。
      </p>
      <p>
        <strong>全部或全不：</strong>
        只要有一处错误，整个文件都不会导入，并列出每个有问题的单元格；改正后重新上传即可。
      </p>
      <TableScroll label="名册文件的列">
        <table className="data-table columns-table">
          <caption>名册文件的列</caption>
          <thead>
            <tr>
              <th scope="col">列名</th>
              <th scope="col">英文列名</th>
              <th scope="col">必填</th>
              <th scope="col">说明</th>
            </tr>
          </thead>
          <tbody>
            {ROSTER_COLUMNS.map((column) => (
              <tr key={column.key}>
                <th scope="row">{column.header}</th>
                <td>
                  <code>{column.key}</code>
                </td>
                <td>{column.required ? '必填' : '可空'}</td>
                <td>{column.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p>
        <a className="button secondary" href={rosterTemplateHref()} download="名册导入模板.csv">
          下载模板（CSV）
        </a>
      </p>

      <form className="import-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={`${ids}-scheme`}>险种</label>
          <select
            id={`${ids}-scheme`}
            value={scheme}
            onChange={(event) => setScheme(event.target.value as Scheme)}
          >
            {SCHEMES.map((value) => (
              <option key={value} value={value}>
                {SCHEME_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <FileField
          idPrefix={ids}
          label="名册文件"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hint={
            <>
              CSV 文件最大 {ROSTER_CSV_MAX_BYTES / 1024 / 1024} MB，XLSX 文件最大{' '}
              {ROSTER_XLSX_MAX_BYTES / 1024 / 1024} MB；最多{' '}
              {ROSTER_MAX_ROWS.toLocaleString('zh-CN')} 行。
            </>
          }
          filePick={filePick}
        />
        <button type="submit" className="button primary" disabled={state.status === 'sending'}>
          导入名册
        </button>
      </form>

      <div className="import-outcome" tabIndex={-1} ref={outcomeRef}>
        <ImportOutcome state={state} />
      </div>
    </section>
  );
}

const ROSTER_ERROR_COLUMNS: readonly ErrorColumn<CellError>[] = [
  { header: '行', cell: (error) => (error.row === null ? '—' : `第 ${error.row} 行`) },
  { header: '列', cell: (error) => error.column },
  { header: '问题', cell: (error) => error.message },
];

function ImportOutcome({ state }: { state: ImportState }) {
  switch (state.status) {
    case 'sending':
      return (
        <p className="hint" role="status">
          正在导入“{state.fileName}”，服务器逐行检查后写入…
        </p>
      );
    case 'accepted': {
      const { rows, inserted, updated, unchanged } = state.counts;
      return (
        <div role="status">
          <p className="edit-saved">
            “{state.fileName}”已导入：共 {rows} 行。
          </p>
          <dl className="figure-cards import-counts">
            <div>
              <dt>新增</dt>
              <dd>
                <strong>{inserted}</strong> 人
              </dd>
            </div>
            <div>
              <dt>更新</dt>
              <dd>
                <strong>{updated}</strong> 人
              </dd>
            </div>
            <div>
              <dt>未变</dt>
              <dd>
                <strong>{unchanged}</strong> 人
              </dd>
            </div>
          </dl>
        </div>
      );
    }
    case 'refused':
      return (
        <>
          <RefusedBanner fileName={state.fileName} unchanged="名册" message={state.message} />
          <ImportErrorsTable
            label="文件中的错误"
            errors={state.errors}
            columns={ROSTER_ERROR_COLUMNS}
            keyOf={(error) => `${error.row}:${error.column}`}
          />
        </>
      );
    case 'failed':
      return <FailedBanner message={state.message} />;
    default:
      return null;
  }
}
