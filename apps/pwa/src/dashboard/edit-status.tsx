import type { EditState } from './edit-state.ts';

/** The outcome of an edit under its form: announced politely when saved, at once when refused. */
export function EditStatus({ state }: { state: EditState }) {
  switch (state.status) {
    case 'saving':
      return (
        <p className="hint" role="status">
          正在保存…
        </p>
      );
    case 'saved':
      return (
        <p className="edit-saved" role="status">
          {state.message}
        </p>
      );
    case 'refused':
      return (
        <p className="banner error" role="alert">
          未保存：{state.message}
        </p>
      );
    default:
      return null;
  }
}
