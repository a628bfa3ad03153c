import type { FieldError } from '@jixiao/domain';
import { useCallback, useState } from 'react';
import { errorMessage } from '../api/api-errors.ts';
import type { EditOutcome } from '../api/dashboard-documents.ts';

/** 保存状态 — where one of the manager's edits stands: saving, saved, or refused and why. */
export type EditState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; message: string }
  | { status: 'refused'; message: string; fieldErrors: FieldError[] };

export interface EditRunner {
  state: EditState;
  /** Runs an edit; on success says `savedMessage` and calls the runner's onSaved. */
  run: (action: () => Promise<EditOutcome>, savedMessage: string) => Promise<void>;
  /** Says something without saving (e.g. nothing changed). */
  say: (message: string) => void;
}

export function useEditRunner(onSaved: () => void): EditRunner {
  const [state, setState] = useState<EditState>({ status: 'idle' });
  const run = useCallback(
    async (action: () => Promise<EditOutcome>, savedMessage: string) => {
      setState({ status: 'saving' });
      try {
        const outcome = await action();
        if (outcome.ok) {
          setState({ status: 'saved', message: savedMessage });
          onSaved();
        } else {
          setState({
            status: 'refused',
            message: outcome.message,
            fieldErrors: outcome.fieldErrors,
          });
        }
      } catch (error) {
        setState({ status: 'refused', message: errorMessage(error), fieldErrors: [] });
      }
    },
    [onSaved],
  );
  const say = useCallback((message: string) => setState({ status: 'saved', message }), []);
  return { state, run, say };
}

/** The field errors of a refused edit (none otherwise). */
export function fieldErrorsOf(state: EditState): FieldError[] {
  return state.status === 'refused' ? state.fieldErrors : [];
}
