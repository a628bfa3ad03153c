import { z } from 'zod';
import { checkIdNumber } from '../id-number.ts';
import {
  capturedAtErrors,
  capturedAtSchema,
  captureYearSchema,
  isCalendarDate,
  noteSchema,
  parseCapturedAt,
  recordIdErrors,
  recordIdSchema,
  shortIdSchema,
} from './capture-fields.ts';
import type { FieldError } from './capture-validation.ts';

/** 核实方式 — how the worker confirmed the person's identity. */
export const IDENTITY_METHODS = ['homeVisit', 'video', 'counter'] as const;

export type IdentityMethod = (typeof IDENTITY_METHODS)[number];

export const IDENTITY_METHOD_LABELS: Record<IdentityMethod, string> = {
  homeVisit: '上门',
  video: '视频',
  counter: '窗口',
};

/** 不符合资格原因 — why a living person is no longer entitled to the benefit. */
export const INELIGIBLE_REASONS = ['moved', 'imprisoned', 'duplicateEnrolment', 'other'] as const;

export type IneligibleReason = (typeof INELIGIBLE_REASONS)[number];

export const INELIGIBLE_REASON_LABELS: Record<IneligibleReason, string> = {
  moved: '迁出',
  imprisoned: '服刑',
  duplicateEnrolment: '重复参保',
  other: '其他',
};

/** 核实结果 — what a verification means for the roster and the indicators. */
export type VerificationOutcome =
  | 'aliveEligible'
  | 'deceased'
  | 'moved'
  | 'imprisoned'
  | 'duplicateEnrolment'
  | 'otherIneligible';

export const VERIFICATION_OUTCOME_LABELS: Record<VerificationOutcome, string> = {
  aliveEligible: '在世且符合领取资格',
  deceased: '已死亡',
  moved: '迁出',
  imprisoned: '服刑',
  duplicateEnrolment: '重复参保',
  otherIneligible: '其他原因不符合领取资格',
};

/**
 * 发放人员核实记录 — what a township worker saves, offline, after verifying one person on the
 * county's roster of benefit recipients (待遇领取资格认证).
 */
export interface VerificationRecord {
  /** 记录编号 — a UUID generated on the phone, lowercase. */
  id: string;
  /** 采集时间 — ISO 8601 with offset, e.g. 2020-11-05T10:15:00+06:00. */
  capturedAt: string;
  /** 设备编号. */
  deviceId: string;
  /** 待遇人员编号 — the person's id on the roster. */
  beneficiaryId: string;
  /** 核实年度. */
  year: number;
  /** 居民身份证号 confirmed on site (18 characters, upper-case X). */
  idNumber: string;
  /** 身份是否确认. */
  identityConfirmed: boolean;
  /** 核实方式. */
  identityMethod: IdentityMethod;
  /** 是否在世. */
  alive: boolean;
  /** 死亡日期 YYYY-MM-DD; required when not alive, null otherwise. */
  deathDate: string | null;
  /** 是否符合领取资格; a deceased person is not. */
  eligible: boolean;
  /** 不符合资格原因 — only for a living person who is not eligible. */
  ineligibleReason: IneligibleReason | null;
  /** 实际领取金额（元） as a decimal string with at most 2 decimals, e.g. "150.50". */
  amountReceivedYuan: string;
  /** 备注. */
  note: string | null;
}

/** A non-negative amount with at most two decimals and no leading zeros: 0, 150, 150.5. */
const AMOUNT_PATTERN = /^(?:0|[1-9]\d*)(?:\.\d{1,2})?$/;

/** The largest amount a single verification may record (元). */
export const MAX_AMOUNT_YUAN = 1_000_000;

/** The earliest death date accepted. */
export const EARLIEST_DEATH_DATE = '1949-01-01';

/** The shape of a verification record, field by field (rules across fields are separate). */
export const verificationRecordShape = {
  id: recordIdSchema,
  capturedAt: capturedAtSchema,
  deviceId: shortIdSchema,
  beneficiaryId: shortIdSchema,
  year: captureYearSchema,
  idNumber: z
    .string()
    .max(32)
    .transform((text) => text.trim().toUpperCase()),
  identityConfirmed: z.boolean(),
  identityMethod: z.enum(IDENTITY_METHODS),
  alive: z.boolean(),
  deathDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  eligible: z.boolean(),
  ineligibleReason: z.enum(INELIGIBLE_REASONS).nullable(),
  amountReceivedYuan: z.string().max(32).regex(AMOUNT_PATTERN),
  note: noteSchema,
};

/**
 * The rules of a verification record beyond the shape of each field. `fields` holds the
 * fields that passed their own check; a rule runs when the fields it needs are present, so
 * that one pass reports every error.
 */
export function verificationRuleErrors(
  fields: Partial<VerificationRecord>,
  now: Date,
): FieldError[] {
  const errors: FieldError[] = [];
  if (fields.id !== undefined) errors.push(...recordIdErrors(fields.id));
  const time = fields.capturedAt === undefined ? null : parseCapturedAt(fields.capturedAt);
  if (fields.capturedAt !== undefined) {
    errors.push(...capturedAtErrors(fields.capturedAt, now, time));
  }
  // Without a readable capture time, the ID number's birth date is bounded by today (UTC).
  const captureDate = time?.date ?? now.toISOString().slice(0, 10);

  let birthDate: string | null = null;
  if (fields.idNumber !== undefined) {
    const check = checkIdNumber(fields.idNumber, captureDate);
    if (check.ok) birthDate = check.birthDate;
    else errors.push({ field: 'idNumber', message: check.message });
  }

  const { alive, deathDate, eligible, ineligibleReason } = fields;
  if (alive === true && deathDate !== undefined && deathDate !== null) {
    errors.push({ field: 'deathDate', message: '在世人员的死亡日期应为空（null）' });
  }
  if (alive === false && deathDate === null) {
    errors.push({ field: 'deathDate', message: '已死亡人员应填写死亡日期' });
  }
  if (alive !== true && deathDate !== undefined && deathDate !== null) {
    errors.push(...deathDateErrors(deathDate, time?.date ?? null, birthDate));
  }

  if (alive === false) {
    if (eligible === true) {
      errors.push({ field: 'eligible', message: '已死亡人员不能认定为符合领取资格' });
    }
    if (ineligibleReason !== undefined && ineligibleReason !== null) {
      errors.push({
        field: 'ineligibleReason',
        message: '已死亡人员不填写不符合资格原因（应为 null）',
      });
    }
  } else {
    if (alive === true && eligible === false && ineligibleReason === null) {
      errors.push({ field: 'ineligibleReason', message: '不符合领取资格时应选择原因' });
    }
    if (eligible === true && ineligibleReason !== undefined && ineligibleReason !== null) {
      errors.push({
        field: 'ineligibleReason',
        message: '符合领取资格时不符合资格原因应为空（null）',
      });
    }
  }

  if (fields.amountReceivedYuan !== undefined) {
    if (Number(fields.amountReceivedYuan) > MAX_AMOUNT_YUAN) {
      errors.push({
        field: 'amountReceivedYuan',
        message: `领取金额不能超过 ${MAX_AMOUNT_YUAN} 元`,
      });
    }
  }
  return errors;
}

function deathDateErrors(
  deathDate: string,
  captureDate: string | null,
  birthDate: string | null,
): FieldError[] {
  if (!isCalendarDate(deathDate)) {
    return [{ field: 'deathDate', message: `死亡日期 ${deathDate} 不是有效的日期` }];
  }
  if (deathDate < EARLIEST_DEATH_DATE) {
    return [{ field: 'deathDate', message: '死亡日期不能早于 1949 年' }];
  }
  if (captureDate !== null && deathDate > captureDate) {
    return [{ field: 'deathDate', message: '死亡日期不能晚于采集日期' }];
  }
  if (birthDate !== null && deathDate < birthDate) {
    return [{ field: 'deathDate', message: '死亡日期不能早于身份证号中的出生日期' }];
  }
  return [];
}

/** 核实结果 of a (valid) record. */
export function verificationOutcome(
  record: Pick<VerificationRecord, 'alive' | 'eligible' | 'ineligibleReason'>,
): VerificationOutcome {
  if (!record.alive) return 'deceased';
  if (record.eligible) return 'aliveEligible';
  switch (record.ineligibleReason) {
    case 'moved':
    case 'imprisoned':
    case 'duplicateEnrolment':
      return record.ineligibleReason;
    default:
      return 'otherIneligible';
  }
}
