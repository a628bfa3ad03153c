import { useEffect, useRef } from 'react';
import type { Indicator } from '../api/dashboard-documents.ts';
import type { Scheme } from '../api/roster-documents.ts';
import { ActualForm } from './actual-form.tsx';
import { BindingForm } from './binding-form.tsx';
import { TargetWeightForm } from './target-weight-form.tsx';

export interface IndicatorEditorProps {
  indicator: Indicator;
  projectScheme: Scheme | null;
  /** After a saved edit: the project is read and scored again. */
  onSaved: () => void;
  onClose: () => void;
}

/**
 * 修改指标 — the county manager's edits of one indicator: the manual actual and reason, the
 * target and weight, the binding to field data. Each form saves on its own and shows the
 * server's reason under the field it concerns when refused.
 */
export function IndicatorEditor({
  indicator,
  projectScheme,
  onSaved,
  onClose,
}: IndicatorEditorProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [indicator.id]);
  return (
    <section className="card indicator-editor" aria-labelledby={`edit-${indicator.id}`}>
      <div className="editor-heading">
        <h3 id={`edit-${indicator.id}`} tabIndex={-1} ref={headingRef}>
          修改指标：{indicator.name}
        </h3>
        <button type="button" className="button secondary small" onClick={onClose}>
          关闭
        </button>
      </div>
      <div className="editor-forms" key={indicator.id}>
        <ActualForm indicator={indicator} onSaved={onSaved} />
        <TargetWeightForm indicator={indicator} onSaved={onSaved} />
        <BindingForm indicator={indicator} projectScheme={projectScheme} onSaved={onSaved} />
      </div>
    </section>
  );
}
