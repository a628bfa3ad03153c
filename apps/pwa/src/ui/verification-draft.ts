import type {
  FieldError,
  IdentityMethod,
  IneligibleReason,
  VerificationRecord,
} from '@jixiao/domain';
import type { VerificationDraft } from '../sync/outbox.ts';
import { amountForForm } from './labels.ts';

/**
 * The verification form's state and how it becomes a record draft. Pure, so the rules of
 * the form (a deceased person is not eligible and has no reason; the reason only when not
 * eligible) are tested without rendering.
 */

export interface VerificationFormState {
  year: number;
  idNumber: string;
  identityConfirmed: boolean | null;
  identityMethod: IdentityMethod | null;
  alive: boolean | null;
  /** YYYY-MM-DD from the date input, '' when empty. */
  deathDate: string;
  eligible: boolean | null;
  ineligibleReason: IneligibleReason | null;
  amountReceivedYuan: string;
  note: string;
}

/** A new form for a roster person (amount prefilled with the amount due) or a stored record. */
export function initialVerificationState(
  person: { idNumber: string; monthlyAmountDue: string },
  year: number,
  record?: VerificationRecord,
): VerificationFormState {
  if (record !== undefined) {
    return {
      year: record.year,
      idNumber: record.idNumber,
      identityConfirmed: record.identityConfirmed,
      identityMethod: record.identityMethod,
      alive: record.alive,
      deathDate: record.deathDate ?? '',
      eligible: record.alive ? record.eligible : null,
      ineligibleReason: record.ineligibleReason,
      amountReceivedYuan: record.amountReceivedYuan,
      note: record.note ?? '',
    };
  }
  return {
    year,
    idNumber: person.idNumber,
    identityConfirmed: null,
    identityMethod: null,
    alive: null,
    deathDate: '',
    eligible: null,
    ineligibleReason: null,
    amountReceivedYuan: amountForForm(person.monthlyAmountDue),
    note: '',
  };
}

/** The record draft the form stands for; unset choices stay null for the validator to report. */
export function verificationDraftOf(
  state: VerificationFormState,
  beneficiaryId: string,
): VerificationDraft {
  const alive = state.alive;
  const eligible = alive === true ? state.eligible : false;
  return {
    beneficiaryId,
    year: state.year,
    idNumber: state.idNumber.trim(),
    identityConfirmed: state.identityConfirmed,
    identityMethod: state.identityMethod,
    alive,
    deathDate: alive === false && state.deathDate !== '' ? state.deathDate : null,
    eligible,
    ineligibleReason: alive === true && eligible === false ? state.ineligibleReason : null,
    amountReceivedYuan:
      state.amountReceivedYuan.trim() === '' ? null : state.amountReceivedYuan.trim(),
    note: state.note.trim() === '' ? null : state.note.trim(),
  };
}

const UNSET_MESSAGES: Partial<Record<keyof VerificationDraft, string>> = {
  identityConfirmed: '请选择身份是否已确认',
  identityMethod: '请选择核实方式',
  alive: '请选择是否在世',
  eligible: '请选择是否符合领取资格',
  amountReceivedYuan: '请填写本月实际领取金额',
};

/** The validator's errors, with "please choose" wording for the choices left unset. */
export function formErrors(errors: readonly FieldError[], draft: VerificationDraft): FieldError[] {
  return errors.map((error) => {
    const field = error.field as keyof VerificationDraft;
    const unset = UNSET_MESSAGES[field];
    if (unset !== undefined && draft[field] === null) return { ...error, message: unset };
    return error;
  });
}
