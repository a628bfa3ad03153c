import { z } from 'zod';
import {
  type FieldTable,
  issuesToFieldErrors,
  SURVEY_RESPONSE_FIELDS,
  SURVEY_TEMPLATE_FIELDS,
  VERIFICATION_FIELDS,
} from './capture-messages.ts';
import {
  answerQuestionIds,
  type SurveyResponseRecord,
  surveyResponseRecordShape,
  surveyResponseRuleErrors,
} from './survey-response-record.ts';
import { type SurveyTemplate, surveyTemplateSchema } from './survey-template.ts';
import {
  type VerificationRecord,
  verificationRecordShape,
  verificationRuleErrors,
} from './verification-record.ts';

/**
 * 采集记录校验 — validation of what field workers capture offline, run alike on the phone
 * before saving and on the server when the record syncs.
 */

/** 字段错误 — `field` is a dotted path ('deathDate', 'answers.2.value'; '' for the record). */
export interface FieldError {
  field: string;
  message: string;
}

/** Either the validated record or every error found in one pass. */
export type CaptureResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export interface CaptureValidationOptions {
  /** The validating device's clock: a capture time may not lie more than 5 minutes ahead. */
  now: Date;
}

/** A captured record that has passed validation. */
export type CaptureRecord = VerificationRecord | SurveyResponseRecord;

type Shape = Record<string, z.ZodType>;

type ValidFields<S extends Shape> = { [K in keyof S]?: z.output<S[K]> };

function isObject(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

/** The fields of `input` that pass their own check, each on its own; the others left out. */
function validFields<S extends Shape>(shape: S, input: unknown): ValidFields<S> {
  const fields: Record<string, unknown> = {};
  if (isObject(input)) {
    for (const [key, schema] of Object.entries(shape)) {
      if (!Object.hasOwn(input, key)) continue;
      const result = schema.safeParse(input[key]);
      if (result.success) fields[key] = result.data;
    }
  }
  return fields as ValidFields<S>;
}

/** Field order first (the record itself, then the shape's fields, then unknown fields). */
function ordered(errors: FieldError[], shape: Shape): FieldError[] {
  const order = Object.keys(shape);
  const rank = (error: FieldError): number => {
    if (error.field === '') return -1;
    const index = order.indexOf(error.field.split('.')[0] ?? '');
    return index === -1 ? order.length : index;
  };
  const seen = new Set<string>();
  const unique = errors.filter((error) => {
    const key = JSON.stringify([error.field, error.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => rank(a) - rank(b));
}

/** What is reported when the input cannot even be read (e.g. a getter that throws). */
const UNREADABLE: FieldError = { field: '', message: '记录无法读取，请重新采集' };

/** A record kind: its fields, the strict schema built from them and its message table. */
interface RecordKind<S extends Shape> {
  shape: S;
  schema: z.ZodObject<S, z.core.$strict>;
  table: FieldTable;
}

const VERIFICATION: RecordKind<typeof verificationRecordShape> = {
  shape: verificationRecordShape,
  schema: z.strictObject(verificationRecordShape),
  table: VERIFICATION_FIELDS,
};

const SURVEY_RESPONSE: RecordKind<typeof surveyResponseRecordShape> = {
  shape: surveyResponseRecordShape,
  schema: z.strictObject(surveyResponseRecordShape),
  table: SURVEY_RESPONSE_FIELDS,
};

function validate<S extends Shape>(
  input: unknown,
  { shape, schema, table }: RecordKind<S>,
  ruleErrors: (fields: ValidFields<S>) => FieldError[],
): CaptureResult<z.output<z.ZodObject<S, z.core.$strict>>> {
  try {
    const parsed = schema.safeParse(input);
    // A record whose shape passed has every field valid: the rules read the parsed record
    // instead of checking each field a second time.
    const fields = parsed.success ? (parsed.data as ValidFields<S>) : validFields(shape, input);
    const errors = parsed.success ? [] : issuesToFieldErrors(parsed.error.issues, input, table);
    errors.push(...ruleErrors(fields));
    if (errors.length > 0) return { ok: false, errors: ordered(errors, shape) };
    if (!parsed.success) return { ok: false, errors: [UNREADABLE] };
    return { ok: true, value: parsed.data };
  } catch {
    return { ok: false, errors: [UNREADABLE] };
  }
}

/**
 * 发放人员核实记录校验. Reports every error at once and never throws. On success the value is
 * the record with the ID number trimmed and its X upper-cased.
 */
export function validateVerification(
  input: unknown,
  options: CaptureValidationOptions,
): CaptureResult<VerificationRecord> {
  return validate(input, VERIFICATION, (fields) => verificationRuleErrors(fields, options.now));
}

/**
 * 满意度调查记录校验 against the template the response claims to follow. Reports every
 * error at once and never throws.
 */
export function validateSurveyResponse(
  input: unknown,
  template: SurveyTemplate,
  options: CaptureValidationOptions,
): CaptureResult<SurveyResponseRecord> {
  return validate(input, SURVEY_RESPONSE, (fields) => {
    const answers = isObject(input) && Object.hasOwn(input, 'answers') ? input.answers : undefined;
    return surveyResponseRuleErrors(fields, answerQuestionIds(answers), template, options.now);
  });
}

/** 问卷模板校验, with the same Chinese messages as the records. Never throws. */
export function validateSurveyTemplate(input: unknown): CaptureResult<SurveyTemplate> {
  try {
    const parsed = surveyTemplateSchema.safeParse(input);
    if (parsed.success) return { ok: true, value: parsed.data };
    return {
      ok: false,
      errors: issuesToFieldErrors(parsed.error.issues, input, SURVEY_TEMPLATE_FIELDS),
    };
  } catch {
    return { ok: false, errors: [UNREADABLE] };
  }
}

/** Keys a JavaScript object always lists first, whatever order they were added in. */
const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

/** The definition: every object's keys sorted, each value written in turn. */
function canonicalKeyByKey(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalKeyByKey).join(',')}]`;
  const record = value as Record<string, unknown>;
  let text = '{';
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined) continue;
    text += `${text.length === 1 ? '' : ','}${JSON.stringify(key)}:${canonicalKeyByKey(item)}`;
  }
  return `${text}}`;
}

/** A copy of the value with the keys of every object in sorted order; null if it cannot be. */
function sortedCopy(value: unknown): { value: unknown } | null {
  if (typeof value !== 'object' || value === null) return { value };
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (const item of value) {
      const copy = sortedCopy(item);
      if (!copy) return null;
      items.push(copy.value);
    }
    return { value: items };
  }
  const record = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    const copy = sortedCopy(record[key]);
    if (!copy || ARRAY_INDEX.test(key) || key === '__proto__') return null;
    sorted[key] = copy.value;
  }
  return { value: sorted };
}

/**
 * JSON.stringify of the sorted copy, which V8 writes in the order its keys were added, on its
 * fast path (half the time of writing key by key; this runs for every synced record). An object
 * with array-index keys ("0") is written key by key, as they would come first, and so is one
 * holding its own "__proto__" key (JSON.parse makes one), which an assignment would not copy.
 */
function canonical(value: unknown): string {
  const copy = sortedCopy(value);
  return copy ? (JSON.stringify(copy.value) ?? 'null') : canonicalKeyByKey(value);
}

/**
 * The record as JSON with the keys of every object sorted (by UTF-16 code units), no spaces,
 * lists in their order. Two records have the same canonical JSON exactly when they hold the
 * same content, whatever order their keys were written in.
 */
export function canonicalRecordJson(record: CaptureRecord): string {
  return canonical(record);
}

/**
 * 记录指纹 — what the server compares to tell a record synced twice (same id, same
 * fingerprint) from a conflict (same id, different fingerprint). It is the canonical JSON;
 * hash it where a shorter key is needed.
 */
export function recordFingerprint(record: CaptureRecord): string {
  return canonicalRecordJson(record);
}
