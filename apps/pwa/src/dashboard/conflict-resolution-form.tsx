import type { FieldError } from '@jixiao/domain';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../api/api-errors.ts';
import {
  RESOLUTION_NOTE_MAX,
  RESOLVE_CONFLICT_MUTATION,
  type VerificationConflict,
  type VerificationSummary,
} from '../api/dashboard-documents.ts';
import { errorsFor, TextField } from '../ui/form-controls.tsx';
import { formatDateTime } from '../ui/labels.ts';
import { useServices } from '../ui/services-context.ts';
import { OUTCOME_LABELS } from './dashboard-labels.ts';
import { textOrNull } from './form-text.ts';

type ResolveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'refused'; message: string; fieldErrors: FieldError[] };

export interface ConflictResolutionFormProps {
  /** The verification to count instead of the counted one. */
  chosen: VerificationSummary;
  onResolved: (conflict: VerificationConflict) => void;
  onCancel: () => void;
}

/**
 * 改为计入此条 — the confirm step of the county manager's choice: what changes, an optional
 * 处理说明 (kept with the choice, at most 500 characters), then confirm or cancel. The server's
 * answer (the person's conflict as it now stands) replaces the row.
 */
export function ConflictResolutionForm({
  chosen,
  onResolved,
  onCancel,
}: ConflictResolutionFormProps) {
  const { session } = useServices();
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [note, setNote] = useState('');
  const [state, setState] = useState<ResolveState>({ status: 'idle' });
  const fieldErrors = state.status === 'refused' ? state.fieldErrors : [];

  // The note takes the focus when the step opens, so that a keyboard user is where it asks.
  useEffect(() => {
    formRef.current?.querySelector('textarea')?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setState({ status: 'saving' });
    try {
      const data = await session.mutate(RESOLVE_CONFLICT_MUTATION, {
        verificationId: chosen.id,
        note: textOrNull(note),
      });
      const result = data.resolveVerificationConflict;
      if ('data' in result) {
        onResolved(result.data);
        return;
      }
      setState({
        status: 'refused',
        message: result.message,
        fieldErrors: 'fieldErrors' in result ? result.fieldErrors : [],
      });
    } catch (error) {
      setState({ status: 'refused', message: errorMessage(error), fieldErrors: [] });
    }
  }

  const saving = state.status === 'saving';
  return (
    <form
      ref={formRef}
      className="resolution-form"
      aria-labelledby={titleId}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <p id={titleId}>
        <strong>改为计入此条？</strong>
        {OUTCOME_LABELS[chosen.outcome]}（采集于 {formatDateTime(chosen.capturedAt)}
        ）将计入汇总和评分，原计入的记录转为历史记录；之后同步的该人员本年度记录不会改变这一选择。
      </p>
      <TextField
        label="处理说明（可选）"
        value={note}
        onChange={setNote}
        errors={errorsFor(fieldErrors, 'note')}
        hint={`${note.length} / ${RESOLUTION_NOTE_MAX} 字`}
        multiline
        maxLength={RESOLUTION_NOTE_MAX}
      />
      {state.status === 'refused' ? (
        <p className="banner error" role="alert">
          未处理：{state.message}
        </p>
      ) : null}
      {saving ? (
        <p className="hint" role="status">
          正在提交…
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button primary small" disabled={saving}>
          确认改为计入
        </button>
        <button type="button" className="button secondary small" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
