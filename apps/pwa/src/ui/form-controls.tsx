import type { FieldError } from '@jixiao/domain';
import { type ReactNode, type RefObject, useId } from 'react';

/**
 * 表单控件 — the few controls every form uses: a choice group (radio buttons as big tappable
 * rows), a labelled text field, and the error messages tied to the fields they concern.
 */

/** The errors about `field` or a part of it ('answers' also takes 'answers.2.value'). */
export function errorsFor(errors: readonly FieldError[], field: string): FieldError[] {
  return errors.filter((error) => error.field === field || error.field.startsWith(`${field}.`));
}

export function FieldMessages({ id, errors }: { id: string; errors: readonly FieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <div id={id} className="field-errors">
      {errors.map((error) => (
        <p key={`${error.field}:${error.message}`} className="field-error">
          {error.message}
        </p>
      ))}
    </div>
  );
}

export interface ChoiceOption<T> {
  value: T;
  label: string;
}

export interface ChoiceGroupProps<T> {
  legend: ReactNode;
  options: readonly ChoiceOption<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  errors?: readonly FieldError[];
  /** Shown under the legend. */
  hint?: string;
  /** Lay the choices out in a row (short labels such as 是 / 否). */
  inline?: boolean;
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

export function ChoiceGroup<T>(props: ChoiceGroupProps<T>) {
  const { legend, options, value, onChange, errors = [], hint, inline = false } = props;
  const name = useId();
  const errorId = `${name}-errors`;
  const hintId = `${name}-hint`;
  const describedBy = [hint === undefined ? '' : hintId, errors.length > 0 ? errorId : '']
    .filter((id) => id !== '')
    .join(' ');
  return (
    <fieldset
      className={`choice-group${inline ? ' inline' : ''}${errors.length > 0 ? ' invalid' : ''}`}
      aria-describedby={describedBy === '' ? undefined : describedBy}
      lang={props.lang}
      dir={props.dir}
    >
      <legend>{legend}</legend>
      {hint === undefined ? null : (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <div className="choices">
        {options.map((option, index) => (
          <label key={option.label} className="choice">
            <input
              type="radio"
              name={name}
              value={String(index)}
              checked={value !== undefined && Object.is(value, option.value)}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldMessages id={errorId} errors={errors} />
    </fieldset>
  );
}

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: readonly FieldError[];
  hint?: ReactNode;
  type?: 'text' | 'date' | 'password';
  inputMode?: 'text' | 'decimal' | 'numeric' | 'search';
  autoComplete?: string;
  multiline?: boolean;
  maxLength?: number;
  required?: boolean;
}

export function TextField(props: TextFieldProps) {
  const { label, value, onChange, errors = [], hint, multiline = false } = props;
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-errors`;
  const describedBy = [hint === undefined ? '' : hintId, errors.length > 0 ? errorId : '']
    .filter((part) => part !== '')
    .join(' ');
  const common = {
    id,
    value,
    maxLength: props.maxLength,
    required: props.required,
    'aria-invalid': errors.length > 0 ? true : undefined,
    'aria-describedby': describedBy === '' ? undefined : describedBy,
  };
  return (
    <div className={`field${errors.length > 0 ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {hint === undefined ? null : (
        <div id={hintId} className="hint">
          {hint}
        </div>
      )}
      <FieldMessages id={errorId} errors={errors} />
    </div>
  );
}

/** The list of every error, announced and focused when a save is refused. */
export function ErrorSummary({
  errors,
  summaryRef,
  title,
}: {
  errors: readonly FieldError[];
  summaryRef: RefObject<HTMLDivElement | null>;
  /** Defaults to "not saved, change these". */
  title?: string;
}) {
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
      <h2>{title ?? `未保存，请修改以下 ${errors.length} 处：`}</h2>
      <ul>
        {errors.map((error) => (
          <li key={`${error.field}:${error.message}`}>{error.message}</li>
        ))}
      </ul>
    </div>
  );
}
