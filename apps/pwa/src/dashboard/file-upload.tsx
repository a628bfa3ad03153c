import { type ReactNode, type RefObject, useRef, useState } from 'react';
import { TableScroll } from './table-scroll.tsx';

/**
 * 文件上传 — what the form import and the roster import share: the chosen file and why it
 * cannot be sent (checked when picked and again on submit, the input focused when it is
 * refused), the file field with its hint and error, the outcome region that takes the focus
 * when the server has answered, and the banners and the table of bad cells of a refused file.
 */

/** The states both imports share: nothing sent yet, a file the server refused, a failed request. */
export type UploadState<CellError> =
  | { status: 'idle' }
  | { status: 'refused'; fileName: string; message: string; errors: CellError[] }
  | { status: 'failed'; message: string };

export interface FilePick {
  file: File | null;
  /** Why the chosen file (or the lack of one) cannot be sent, or null. */
  error: string | null;
  inputRef: RefObject<HTMLInputElement | null>;
  /** A file was chosen (null: the choice was cleared). */
  pick: (chosen: File | null) => void;
  /** The chosen file when it can be sent; else shows why (`missing` when there is none), focuses the input and returns null. */
  checked: (missing: string) => File | null;
}

export interface FilePickOptions {
  /** Why a chosen file cannot be sent, or null. */
  problemOf: (file: File) => string | null;
  /** Called on every pick (the screens forget the last outcome). */
  onPick: () => void;
}

export function useFilePick({ problemOf, onPick }: FilePickOptions): FilePick {
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);

  function pick(chosen: File | null) {
    setFile(chosen);
    onPick();
    setError(chosen === null ? null : problemOf(chosen));
  }

  function checked(missing: string): File | null {
    const problem = file === null ? missing : problemOf(file);
    if (file !== null && problem === null) return file;
    setError(problem);
    inputRef.current?.focus();
    return null;
  }

  return { file, error, inputRef, pick, checked };
}

/** The outcome region's ref, and a function that focuses it once the outcome is drawn. */
export function useOutcomeFocus(): [RefObject<HTMLDivElement | null>, () => void] {
  const outcomeRef = useRef<HTMLDivElement>(null);
  return [outcomeRef, () => requestAnimationFrame(() => outcomeRef.current?.focus())];
}

export interface FileFieldProps {
  /** The form's useId(): the field's ids are `<idPrefix>-file`, `-file-hint`, `-file-error`. */
  idPrefix: string;
  label: string;
  /** The input's accept attribute. */
  accept: string;
  hint: ReactNode;
  filePick: FilePick;
}

/** The file input with its label, hint and error (aria-invalid and described by both). */
export function FileField({ idPrefix, label, accept, hint, filePick }: FileFieldProps) {
  const { error, inputRef, pick } = filePick;
  const inputId = `${idPrefix}-file`;
  const hintId = `${idPrefix}-file-hint`;
  const errorId = `${idPrefix}-file-error`;
  return (
    <div className={`field${error === null ? '' : ' invalid'}`}>
      <label htmlFor={inputId}>{label}</label>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        accept={accept}
        aria-invalid={error === null ? undefined : true}
        aria-describedby={error === null ? hintId : `${hintId} ${errorId}`}
        onChange={(event) => pick(event.target.files?.[0] ?? null)}
      />
      <p id={hintId} className="hint">
        {hint}
      </p>
      {error === null ? null : (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A file the server refused: nothing of `unchanged` (项目, 名册) was changed. */
export function RefusedBanner({
  fileName,
  unchanged,
  message,
}: {
  fileName: string;
  unchanged: string;
  message: string;
}) {
  return (
    <div className="banner error" role="alert">
      <p>
        “{fileName}”未导入，{unchanged}没有任何改动：{message}
      </p>
    </div>
  );
}

/** The request itself failed (network, session). */
export function FailedBanner({ message }: { message: string }) {
  return (
    <p className="banner error" role="alert">
      未导入：{message}
    </p>
  );
}

export interface ErrorColumn<T> {
  header: string;
  cell: (error: T) => ReactNode;
  className?: string;
}

export interface ImportErrorsTableProps<T> {
  /** The table's name; the caption adds the count. */
  label: string;
  errors: readonly T[];
  columns: readonly ErrorColumn<T>[];
  /** A row's key (the index is put before it). */
  keyOf: (error: T) => string;
}

/** The bad cells of a file, one row each; nothing when there are none. */
export function ImportErrorsTable<T>({ label, errors, columns, keyOf }: ImportErrorsTableProps<T>) {
  if (errors.length === 0) return null;
  return (
    <TableScroll label={label}>
      <table className="data-table import-errors">
        <caption>
          {label}（{errors.length} 处）
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            <tr key={`${index}:${keyOf(error)}`}>
              {columns.map((column) => (
                <td key={column.header} className={column.className}>
                  {column.cell(error)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
