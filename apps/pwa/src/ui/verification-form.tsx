import {
  checkIdNumber,
  type FieldError,
  IDENTITY_METHOD_LABELS,
  IDENTITY_METHODS,
  type IdentityMethod,
  INELIGIBLE_REASON_LABELS,
  INELIGIBLE_REASONS,
  type IneligibleReason,
  maskIdNumber,
} from '@jixiao/domain';
import { type FormEvent, useRef, useState } from 'react';
import type { BeneficiaryStatus, Scheme } from '../api/roster-documents.ts';
import {
  loadSession,
  type OutboxEntry,
  type VerificationEntry,
} from '../offline/local-database.ts';
import { localTimestamp } from '../sync/capture-time.ts';
import { correctRecord, type RecordDraft, saveRecord } from '../sync/outbox.ts';
import {
  ChoiceGroup,
  ErrorSummary,
  errorsFor,
  FieldMessages,
  TextField,
} from './form-controls.tsx';
import { BENEFICIARY_STATUS_LABELS, formatFen, SCHEME_LABELS, toFen } from './labels.ts';
import { useServices } from './services-context.ts';
import {
  formErrors,
  initialVerificationState,
  type VerificationFormState,
  verificationDraftOf,
} from './verification-draft.ts';

/** The person being verified, as the roster has them. */
export interface Beneficiary {
  id: string;
  name: string;
  idNumber: string;
  /** The roster's ID number and name are masked: the number is typed from the card. */
  masked: boolean;
  scheme: Scheme | null;
  status: BeneficiaryStatus | null;
  villageName: string | null;
  /** 月应发金额（元）, '' when unknown. */
  monthlyAmountDue: string;
  townshipCode: string | null;
}

export interface VerificationFormProps {
  beneficiary: Beneficiary;
  /** A rejected record being corrected (same id, same capture time). */
  editing?: VerificationEntry;
  /** The year a new record is captured for; the calendar year when not given. */
  captureYear?: number;
  onSaved: (entry: OutboxEntry) => void;
  onCancel: () => void;
}

const YES_NO = [
  { value: true, label: '是' },
  { value: false, label: '否' },
] as const;

const ALIVE_OPTIONS = [
  { value: true, label: '在世' },
  { value: false, label: '已死亡' },
] as const;

const ELIGIBLE_OPTIONS = [
  { value: true, label: '符合' },
  { value: false, label: '不符合' },
] as const;

const METHOD_OPTIONS = IDENTITY_METHODS.map((method) => ({
  value: method,
  label: IDENTITY_METHOD_LABELS[method],
}));

const REASON_OPTIONS = INELIGIBLE_REASONS.map((reason) => ({
  value: reason,
  label: INELIGIBLE_REASON_LABELS[reason],
}));

/** The phone's local date, YYYY-MM-DD. */
function today(): string {
  return localTimestamp(new Date()).slice(0, 10);
}

/**
 * 待遇领取资格核实 — one person from the roster: identity (and how it was confirmed), alive
 * or deceased with the date, still eligible or why not, the amount received this month
 * against the amount due, and a note. Checked with the domain's validator before it is
 * saved; nothing is saved while an error remains.
 */
export function VerificationForm({
  beneficiary,
  editing,
  captureYear,
  onSaved,
  onCancel,
}: VerificationFormProps) {
  const { db } = useServices();
  const thisYear = captureYear ?? new Date().getFullYear();
  const [state, setState] = useState<VerificationFormState>(() =>
    initialVerificationState(
      { ...beneficiary, idNumber: beneficiary.masked ? '' : beneficiary.idNumber },
      thisYear,
      editing?.record,
    ),
  );
  const [errors, setErrors] = useState<FieldError[]>(() => editing?.errors ?? []);
  // Until the first save attempt, the errors shown are the server's reasons.
  const [serverErrors, setServerErrors] = useState(editing !== undefined);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  function change<K extends keyof VerificationFormState>(key: K, value: VerificationFormState[K]) {
    setState((previous) => ({ ...previous, [key]: value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const fields = verificationDraftOf(state, beneficiary.id);
    const draft: RecordDraft = { kind: 'verification', fields };
    const result =
      editing === undefined
        ? await saveRecord(draft, {
            db,
            deviceId: (await loadSession(db)).deviceId,
            subject: `${beneficiary.name}（${maskIdNumber(fields.idNumber ?? '')}）`,
            townshipCode: beneficiary.townshipCode,
          })
        : await correctRecord(db, editing.id, draft);
    setSaving(false);
    if (result.ok) {
      onSaved(result.entry);
      return;
    }
    setServerErrors(false);
    setErrors(formErrors(result.errors, fields));
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  const idNumber = state.idNumber.trim().toUpperCase();
  const idCheck = idNumber.length === 18 ? checkIdNumber(idNumber, today()) : null;
  const dueFen = toFen(beneficiary.monthlyAmountDue);
  const receivedFen = toFen(state.amountReceivedYuan);
  const difference = dueFen !== null && receivedFen !== null ? receivedFen - dueFen : null;
  const years = [thisYear, thisYear - 1];

  return (
    <form className="capture-form" onSubmit={submit} noValidate>
      <section className="person-card" aria-label="核实对象">
        <p className="person-name">{beneficiary.name}</p>
        <dl>
          {beneficiary.scheme === null ? null : (
            <>
              <dt>险种</dt>
              <dd>{SCHEME_LABELS[beneficiary.scheme]}</dd>
            </>
          )}
          {beneficiary.villageName === null ? null : (
            <>
              <dt>村</dt>
              <dd>{beneficiary.villageName}</dd>
            </>
          )}
          {beneficiary.status === null ? null : (
            <>
              <dt>状态</dt>
              <dd>{BENEFICIARY_STATUS_LABELS[beneficiary.status]}</dd>
            </>
          )}
          {beneficiary.monthlyAmountDue === '' ? null : (
            <>
              <dt>月应发</dt>
              <dd>{beneficiary.monthlyAmountDue} 元</dd>
            </>
          )}
        </dl>
      </section>

      <ErrorSummary
        errors={errors}
        summaryRef={summaryRef}
        {...(serverErrors ? { title: '服务器退回了这条记录，请按以下原因修改后重新提交：' } : {})}
      />

      <div className="field">
        <label htmlFor="verification-year">核实年度</label>
        <select
          id="verification-year"
          value={state.year}
          onChange={(event) => change('year', Number(event.target.value))}
        >
          {(years.includes(state.year) ? years : [state.year, ...years]).map((year) => (
            <option key={year} value={year}>
              {year} 年
            </option>
          ))}
        </select>
        <FieldMessages id="verification-year-errors" errors={errorsFor(errors, 'year')} />
      </div>

      <TextField
        label="身份证号（请与证件核对）"
        value={state.idNumber}
        onChange={(value) => change('idNumber', value)}
        errors={errorsFor(errors, 'idNumber')}
        maxLength={18}
        hint={
          <>
            {idCheck === null ? <span>18 位，末位可为 X</span> : null}
            {idCheck?.ok === true ? <span className="ok">✓ 号码有效（校验位正确）</span> : null}
            {idCheck !== null && !idCheck.ok ? (
              <span className="warn">{idCheck.message}</span>
            ) : null}
            {beneficiary.masked ? <span> 花名册中的号码已脱敏，请按证件录入</span> : null}
            {!beneficiary.masked &&
            idNumber !== '' &&
            idNumber !== beneficiary.idNumber.toUpperCase() ? (
              <span className="warn"> 与花名册中的号码不同</span>
            ) : null}
          </>
        }
      />

      <ChoiceGroup
        legend="本人身份是否已确认"
        options={YES_NO}
        value={state.identityConfirmed ?? undefined}
        onChange={(value) => change('identityConfirmed', value)}
        errors={errorsFor(errors, 'identityConfirmed')}
        inline
      />

      <ChoiceGroup<IdentityMethod>
        legend="核实方式"
        options={METHOD_OPTIONS}
        value={state.identityMethod ?? undefined}
        onChange={(value) => change('identityMethod', value)}
        errors={errorsFor(errors, 'identityMethod')}
        inline
      />

      <ChoiceGroup
        legend="是否在世"
        options={ALIVE_OPTIONS}
        value={state.alive ?? undefined}
        onChange={(value) => change('alive', value)}
        errors={errorsFor(errors, 'alive')}
        inline
      />

      {state.alive === false ? (
        <TextField
          label="死亡日期"
          type="date"
          value={state.deathDate}
          onChange={(value) => change('deathDate', value)}
          errors={errorsFor(errors, 'deathDate')}
          hint="已死亡人员须填写死亡日期，不晚于今天"
        />
      ) : (
        <FieldMessages id="death-date-errors" errors={errorsFor(errors, 'deathDate')} />
      )}

      {state.alive === true ? (
        <ChoiceGroup
          legend="是否仍符合领取资格"
          options={ELIGIBLE_OPTIONS}
          value={state.eligible ?? undefined}
          onChange={(value) => change('eligible', value)}
          errors={errorsFor(errors, 'eligible')}
          inline
        />
      ) : null}

      {state.alive === true && state.eligible === false ? (
        <ChoiceGroup<IneligibleReason>
          legend="不符合资格的原因"
          options={REASON_OPTIONS}
          value={state.ineligibleReason ?? undefined}
          onChange={(value) => change('ineligibleReason', value)}
          errors={errorsFor(errors, 'ineligibleReason')}
          hint="选“其他”时请在备注中说明"
          inline
        />
      ) : null}

      <TextField
        label="本月实际领取金额（元）"
        value={state.amountReceivedYuan}
        onChange={(value) => change('amountReceivedYuan', value)}
        errors={errorsFor(errors, 'amountReceivedYuan')}
        inputMode="decimal"
        maxLength={12}
        hint={
          dueFen === null ? (
            '最多两位小数'
          ) : (
            <>
              月应发 {formatFen(dueFen)} 元
              {difference === null || difference === 0 ? null : (
                <span className="warn">
                  ，{difference < 0 ? '少领' : '多领'} {formatFen(Math.abs(difference))} 元
                </span>
              )}
            </>
          )
        }
      />

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
          {saving ? '正在保存…' : editing === undefined ? '保存核实记录' : '保存修改并重新提交'}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
