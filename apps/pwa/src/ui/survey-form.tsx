import {
  type BilingualText,
  type FieldError,
  RESPONDENT_GROUPS,
  type RespondentGroup,
  type ScaleValue,
  type SurveyLanguage,
  type SurveyTemplate,
} from '@jixiao/domain';
import { type FormEvent, useRef, useState } from 'react';
import {
  type DivisionRow,
  loadSession,
  type OutboxEntry,
  type SurveyResponseEntry,
} from '../offline/local-database.ts';
import { correctRecord, type RecordDraft, saveRecord } from '../sync/outbox.ts';
import {
  ChoiceGroup,
  ErrorSummary,
  errorsFor,
  FieldMessages,
  TextField,
} from './form-controls.tsx';
import { RosterPicker } from './roster-picker.tsx';
import { useServices } from './services-context.ts';
import {
  initialSurveyState,
  questionField,
  type SurveyFormState,
  surveyDraftOf,
  surveyFormErrors,
} from './survey-draft.ts';
import { useRoster } from './use-roster.ts';

export interface SurveyFormProps {
  template: SurveyTemplate;
  townshipCode: string;
  /** The villages of the township, for the village picker. */
  villages: readonly DivisionRow[];
  /** The village picked on the home screen. */
  villageCode: string | null;
  /** A rejected response being corrected. */
  editing?: SurveyResponseEntry;
  /** The year a new response is captured for; the calendar year when not given. */
  captureYear?: number;
  /** The name of the person an edited response is linked to. */
  linkedName?: string;
  onSaved: (entry: OutboxEntry) => void;
  onCancel: () => void;
}

/**
 * The answer for 拒答/不清楚 in both languages. The Uyghur text is a first draft, like the
 * respondent-group names in the domain package: to be reviewed by a native speaker.
 */
const REFUSED: BilingualText = { zh: '拒答 / 不清楚', ug: 'جاۋاب بەرمىدى / بىلمەيدۇ' };

const LANGUAGE_BUTTONS: { language: SurveyLanguage; label: string; lang: string }[] = [
  { language: 'zh', label: '中文', lang: 'zh-CN' },
  { language: 'ug', label: 'ئۇيغۇرچە', lang: 'ug' },
];

/**
 * 满意度调查 — the questionnaire rendered from its template: who is interviewed (group, and
 * optionally the roster person, or anonymous), then the questions, which the worker can
 * switch to Uyghur (right to left) for the respondent. Each question must be answered;
 * 拒答/不清楚 is an answer.
 */
export function SurveyForm(props: SurveyFormProps) {
  const { template, townshipCode, villages, editing, onSaved, onCancel } = props;
  const { db } = useServices();
  const thisYear = props.captureYear ?? new Date().getFullYear();
  const [state, setState] = useState<SurveyFormState>(() =>
    initialSurveyState({
      year: thisYear,
      villageCode: props.villageCode,
      record: editing?.record,
      linkedName: props.linkedName,
    }),
  );
  const [errors, setErrors] = useState<FieldError[]>(() =>
    editing === undefined ? [] : surveyFormErrors(editing.errors, editing.record, template),
  );
  // Until the first save attempt, the errors shown are the server's reasons.
  const [serverErrors, setServerErrors] = useState(editing !== undefined);
  const [picking, setPicking] = useState(false);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const villageNames = new Map(villages.map((village) => [village.code, village.name]));
  const language = state.language;
  const rtl = language === 'ug';

  function change<K extends keyof SurveyFormState>(key: K, value: SurveyFormState[K]) {
    setState((previous) => ({ ...previous, [key]: value }));
  }

  function answer(questionId: string, value: ScaleValue | null) {
    setState((previous) => ({
      ...previous,
      answers: { ...previous.answers, [questionId]: value },
    }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const fields = surveyDraftOf(state, template, townshipCode);
    const draft: RecordDraft = { kind: 'surveyResponse', fields, template };
    const group = state.respondentGroup === null ? '' : RESPONDENT_GROUPS[state.respondentGroup].zh;
    const who = state.beneficiary === null ? '匿名' : state.beneficiary.name;
    const result =
      editing === undefined
        ? await saveRecord(draft, {
            db,
            deviceId: (await loadSession(db)).deviceId,
            subject: `${template.title.zh} · ${group} · ${who}`,
            townshipCode,
          })
        : await correctRecord(db, editing.id, draft);
    setSaving(false);
    if (result.ok) {
      onSaved(result.entry);
      return;
    }
    setServerErrors(false);
    setErrors(surveyFormErrors(result.errors, fields, template));
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  const groupOptions = template.respondentGroups.map((group) => ({
    value: group,
    label: RESPONDENT_GROUPS[group].zh,
  }));

  return (
    <form className="capture-form" onSubmit={submit} noValidate>
      <ErrorSummary
        errors={errors}
        summaryRef={summaryRef}
        {...(serverErrors ? { title: '服务器退回了这条记录，请按以下原因修改后重新提交：' } : {})}
      />

      <section className="card" aria-labelledby="respondent-title">
        <h2 id="respondent-title">受访人</h2>
        <ChoiceGroup<RespondentGroup>
          legend="受访人群"
          options={groupOptions}
          value={state.respondentGroup ?? undefined}
          onChange={(value) => change('respondentGroup', value)}
          errors={errorsFor(errors, 'respondentGroup')}
        />
        <div className="field">
          <label htmlFor="survey-village">村（社区）</label>
          <select
            id="survey-village"
            value={state.villageCode ?? ''}
            onChange={(event) => change('villageCode', event.target.value || null)}
          >
            <option value="">不指定村</option>
            {villages.map((village) => (
              <option key={village.code} value={village.code}>
                {village.name}
              </option>
            ))}
          </select>
          <FieldMessages id="survey-village-errors" errors={errorsFor(errors, 'villageCode')} />
        </div>
        <div className="linked-person">
          <p id="linked-person-label">
            关联待遇人员：<strong>{state.beneficiary?.name ?? '匿名（不关联）'}</strong>
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button secondary"
              aria-expanded={picking}
              onClick={() => setPicking(!picking)}
            >
              {picking ? '收起' : state.beneficiary === null ? '从花名册选择' : '改选人员'}
            </button>
            {state.beneficiary === null ? null : (
              <button
                type="button"
                className="button secondary"
                onClick={() => change('beneficiary', null)}
              >
                改为匿名
              </button>
            )}
          </div>
          <FieldMessages id="linked-person-errors" errors={errorsFor(errors, 'beneficiaryId')} />
          {picking ? (
            <LinkPersonPanel
              townshipCode={townshipCode}
              villageNames={villageNames}
              onPick={(person) => {
                setState((previous) => ({
                  ...previous,
                  beneficiary: { id: person.id, name: person.name },
                  villageCode: person.villageCode,
                }));
                setPicking(false);
              }}
            />
          ) : null}
        </div>
      </section>

      <fieldset className="language-switch">
        <legend>问卷语言</legend>
        {LANGUAGE_BUTTONS.map((button) => (
          <button
            key={button.language}
            type="button"
            lang={button.lang}
            className={`button toggle${language === button.language ? ' selected' : ''}`}
            aria-pressed={language === button.language}
            onClick={() => change('language', button.language)}
          >
            {button.label}
          </button>
        ))}
      </fieldset>

      <section
        className="questionnaire"
        lang={rtl ? 'ug' : 'zh-CN'}
        dir={rtl ? 'rtl' : 'ltr'}
        aria-labelledby="questionnaire-title"
      >
        <h2 id="questionnaire-title">{template.title[language]}</h2>
        {template.questions.map((question, index) => (
          <ChoiceGroup<ScaleValue | null>
            key={question.id}
            legend={`${index + 1}. ${question.text[language]}`}
            options={[
              ...question.scale.map((label, value) => ({
                value: (value + 1) as ScaleValue,
                label: label[language],
              })),
              { value: null, label: REFUSED[language] },
            ]}
            value={
              Object.hasOwn(state.answers, question.id) ? state.answers[question.id] : undefined
            }
            onChange={(value) => answer(question.id, value)}
            errors={errorsFor(errors, questionField(question.id))}
          />
        ))}
      </section>

      <TextField
        label="备注（可选）"
        value={state.note}
        onChange={(value) => change('note', value)}
        errors={errorsFor(errors, 'note')}
        multiline
        maxLength={500}
      />

      <div className="form-actions">
        <button type="submit" className="button primary big" disabled={saving}>
          {saving ? '正在保存…' : editing === undefined ? '保存调查记录' : '保存修改并重新提交'}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}

function LinkPersonPanel(props: {
  townshipCode: string;
  villageNames: ReadonlyMap<string, string>;
  onPick: (person: { id: string; name: string; villageCode: string | null }) => void;
}) {
  const people = useRoster(props.townshipCode);
  if (people === undefined) return <p role="status">正在读取花名册…</p>;
  return (
    <RosterPicker
      people={people}
      villageNames={props.villageNames}
      onPick={props.onPick}
      label="查找受访人"
      limit={20}
    />
  );
}
