import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idCheckCharacter } from '../id-number.ts';
import {
  type CaptureResult,
  canonicalRecordJson,
  recordFingerprint,
  validateSurveyResponse,
  validateVerification,
} from './capture-validation.ts';
import type { SurveyResponseRecord } from './survey-response-record.ts';
import {
  NOW,
  OPTIONS,
  validSurveyResponse,
  validTemplate,
  validVerification,
} from './test-fixtures.ts';
import {
  IDENTITY_METHODS,
  INELIGIBLE_REASONS,
  type VerificationRecord,
} from './verification-record.ts';

const RUNS = { numRuns: 1000 };

const ANYTHING = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** Either ok with a value, or a non-empty list of well-formed errors. */
function expectWellFormed<T>(result: CaptureResult<T>): void {
  if (result.ok) {
    expect(result.value).toBeTypeOf('object');
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(error.field).toBeTypeOf('string');
    expect(error.message).toBeTypeOf('string');
    expect(error.message.length).toBeGreaterThan(0);
  }
}

type Mutation = { key: string; value: unknown } | { key: string; remove: true };

/** Changes a valid record: fields removed, replaced by anything, or added. */
function mutations(keys: string[]): fc.Arbitrary<Mutation[]> {
  const key = fc.oneof(fc.constantFrom(...keys), fc.string(), fc.constant('__proto__'));
  return fc.array(
    fc.oneof(
      fc.record({ key, value: ANYTHING }),
      fc.record({ key, remove: fc.constant(true as const) }),
    ),
    { minLength: 1, maxLength: 5 },
  );
}

function mutate(record: object, changes: Mutation[]): Record<string, unknown> {
  const result: Record<string, unknown> = { ...record };
  for (const change of changes) {
    if ('remove' in change) delete result[change.key];
    else {
      Object.defineProperty(result, change.key, {
        value: change.value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    }
  }
  return result;
}

function validate(input: unknown) {
  return validateSurveyResponse(input, validTemplate(), OPTIONS);
}

describe('the validators never throw', () => {
  it('on arbitrary input (verification)', () => {
    fc.assert(
      fc.property(ANYTHING, (input) => expectWellFormed(validateVerification(input, OPTIONS))),
      RUNS,
    );
  });

  it('on arbitrary input (survey response)', () => {
    fc.assert(
      fc.property(ANYTHING, (input) => expectWellFormed(validate(input))),
      RUNS,
    );
  });

  it('on mutated valid verifications', () => {
    const keys = Object.keys(validVerification());
    fc.assert(
      fc.property(mutations(keys), (changes) => {
        expectWellFormed(validateVerification(mutate(validVerification(), changes), OPTIONS));
      }),
      RUNS,
    );
  });

  it('on mutated valid survey responses and answers', () => {
    const keys = Object.keys(validSurveyResponse());
    fc.assert(
      fc.property(
        mutations(keys),
        mutations(['questionId', 'value']),
        fc.nat(3),
        (changes, answerChanges, index) => {
          const record = validSurveyResponse();
          const answers: unknown[] = [...record.answers];
          answers[index] = mutate(record.answers[index] ?? {}, answerChanges);
          expectWellFormed(validate(mutate({ ...record, answers }, changes)));
        },
      ),
      RUNS,
    );
  });

  it('on deep nesting, huge strings and hostile objects', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = { note: deep, answers: [deep] };
    const huge = '9'.repeat(10_000_000);
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
        has() {
          throw new Error('trap');
        },
        getOwnPropertyDescriptor() {
          throw new Error('trap');
        },
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );
    const getter = Object.defineProperty({ ...validVerification() }, 'alive', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    const inputs: unknown[] = [
      deep,
      { ...validVerification(), note: deep },
      { ...validSurveyResponse(), answers: [deep, deep] },
      { ...validVerification(), deviceId: huge, idNumber: huge, amountReceivedYuan: huge },
      { ...validSurveyResponse(), capturedAt: huge, townshipCode: huge, note: huge },
      { [huge]: 1 },
      hostile,
      getter,
      Object.create(null),
      new Date(),
      () => 1,
      Symbol('record'),
      10n,
    ];
    for (const input of inputs) {
      expectWellFormed(validateVerification(input, OPTIONS));
      expectWellFormed(validate(input));
    }
    expect(validateVerification(getter, OPTIONS)).toEqual({
      ok: false,
      errors: [{ field: '', message: '记录无法读取，请重新采集' }],
    });
    expect(validateVerification({ ...validVerification(), deviceId: huge }, OPTIONS)).toEqual({
      ok: false,
      errors: [{ field: 'deviceId', message: '设备编号不能超过 64 个字符' }],
    });
  });
});

function localTimestamp(epochMs: number, offsetHours: number): string {
  const local = new Date(epochMs + offsetHours * 3_600_000).toISOString().slice(0, 19);
  const sign = offsetHours < 0 ? '-' : '+';
  return `${local}${sign}${String(Math.abs(offsetHours)).padStart(2, '0')}:00`;
}

/** Valid verification records of every outcome, captured between 2000 and NOW. */
const validVerifications: fc.Arbitrary<VerificationRecord> = fc
  .record({
    id: fc.uuid(),
    capturedMs: fc.integer({ min: Date.UTC(2000, 0, 2), max: NOW.getTime() }),
    offsetHours: fc.integer({ min: -12, max: 14 }),
    deviceId: fc.string({ minLength: 1, maxLength: 64 }),
    beneficiaryId: fc.string({ minLength: 1, maxLength: 64 }),
    year: fc.integer({ min: 2000, max: 2100 }),
    birthMs: fc.integer({ min: Date.UTC(1920, 0, 1), max: Date.UTC(1999, 11, 31) }),
    sequence: fc.integer({ min: 0, max: 999 }),
    identityConfirmed: fc.boolean(),
    identityMethod: fc.constantFrom(...IDENTITY_METHODS),
    status: fc.constantFrom('eligible', 'deceased', ...INELIGIBLE_REASONS),
    deathFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    cents: fc.integer({ min: 0, max: 100_000_000 }),
    decimals: fc.constantFrom(0, 1, 2),
    note: fc.option(fc.string({ maxLength: 500 }), { nil: null }),
  })
  .map((r) => {
    const capturedAt = localTimestamp(r.capturedMs, r.offsetHours);
    const captureDay = Date.parse(capturedAt.slice(0, 10));
    const from = Date.UTC(2000, 0, 1);
    const days = Math.floor(((captureDay - from) / 86_400_000) * r.deathFraction);
    const birth = new Date(r.birthMs).toISOString().slice(0, 10).replace(/-/g, '');
    const first17 = `653125${birth}${String(r.sequence).padStart(3, '0')}`;
    const whole = Math.floor(r.cents / 100);
    const amount =
      r.decimals === 0
        ? String(whole)
        : `${whole}.${String(r.cents % 100)
            .padStart(2, '0')
            .slice(0, r.decimals)}`;
    const deceased = r.status === 'deceased';
    return {
      id: r.id,
      capturedAt,
      deviceId: r.deviceId,
      beneficiaryId: r.beneficiaryId,
      year: r.year,
      idNumber: `${first17}${idCheckCharacter(first17)}`,
      identityConfirmed: r.identityConfirmed,
      identityMethod: r.identityMethod,
      alive: !deceased,
      deathDate: deceased ? new Date(from + days * 86_400_000).toISOString().slice(0, 10) : null,
      eligible: r.status === 'eligible',
      ineligibleReason: r.status === 'eligible' || r.status === 'deceased' ? null : r.status,
      amountReceivedYuan: Number(amount) > 1_000_000 ? '1000000' : amount,
      note: r.note,
    };
  });

function reordered<T extends object>(value: T, order: string[]): T {
  const result: Record<string, unknown> = {};
  for (const key of order) result[key] = (value as Record<string, unknown>)[key];
  return result as T;
}

describe('valid records', () => {
  it('generated verifications of every outcome pass, and validating again changes nothing', () => {
    fc.assert(
      fc.property(validVerifications, (record) => {
        const result = validateVerification(record, OPTIONS);
        expect(result).toEqual({ ok: true, value: record });
        if (!result.ok) return;
        const again = validateVerification(JSON.parse(canonicalRecordJson(result.value)), OPTIONS);
        expect(again.ok && recordFingerprint(again.value)).toBe(recordFingerprint(result.value));
      }),
      RUNS,
    );
  });
});

describe('canonicalRecordJson', () => {
  it('sorts keys recursively and keeps list order', () => {
    const record: SurveyResponseRecord = {
      ...validSurveyResponse(),
      answers: [
        { value: 4, questionId: 'q2' } as SurveyResponseRecord['answers'][number],
        { questionId: 'q1', value: null },
      ],
    };
    const json = canonicalRecordJson(record);
    expect(json.startsWith('{"answers":[{"questionId":"q2","value":4},')).toBe(true);
    expect(json).toContain('{"questionId":"q1","value":null}],"beneficiaryId":null,');
    expect(json).not.toMatch(/\s(?=")/);
    expect(JSON.parse(json)).toEqual(record);
  });

  it('writes what sorting every key and writing each value gives, for any JSON value', () => {
    // The reference: the fingerprints stored so far were written this way, key by key.
    const reference = (value: unknown): string => {
      if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
      if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
      const record = value as Record<string, unknown>;
      const entries = Object.keys(record)
        .sort()
        .filter((key) => record[key] !== undefined)
        .map((key) => `${JSON.stringify(key)}:${reference(record[key])}`);
      return `{${entries.join(',')}}`;
    };
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalRecordJson(value as never)).toBe(reference(value));
      }),
      { numRuns: 2_000 },
    );
  });

  it('keeps an own "__proto__" key, as JSON.parse makes it', () => {
    const value = JSON.parse('{"b":[{"__proto__":{"x":1},"a":2}],"__proto__":3}');
    expect(canonicalRecordJson(value)).toBe('{"__proto__":3,"b":[{"__proto__":{"x":1},"a":2}]}');
  });

  it('does not depend on key order (verification)', () => {
    const keys = Object.keys(validVerification());
    fc.assert(
      fc.property(
        validVerifications,
        fc.shuffledSubarray(keys, { minLength: keys.length }),
        (record, order) => {
          expect(canonicalRecordJson(reordered(record, order))).toBe(canonicalRecordJson(record));
        },
      ),
      RUNS,
    );
  });

  it('does not depend on key order (survey response, answers included)', () => {
    const record = validSurveyResponse();
    const keys = Object.keys(record);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(keys, { minLength: keys.length }),
        fc.boolean(),
        (order, flipAnswers) => {
          const answers = record.answers.map((answer) =>
            flipAnswers ? reordered(answer, ['value', 'questionId']) : answer,
          );
          const shuffled = reordered({ ...record, answers }, order);
          expect(recordFingerprint(shuffled)).toBe(recordFingerprint(record));
        },
      ),
      RUNS,
    );
  });

  it('differs when the content differs', () => {
    const record = validVerification();
    const fingerprints = new Set([
      recordFingerprint(record),
      recordFingerprint({ ...record, note: '' }),
      recordFingerprint({ ...record, amountReceivedYuan: '150.5' }),
      recordFingerprint({ ...record, year: 2021 }),
    ]);
    expect(fingerprints.size).toBe(4);
    const survey = validSurveyResponse();
    expect(recordFingerprint({ ...survey, answers: [...survey.answers].reverse() })).not.toBe(
      recordFingerprint(survey),
    );
  });
});
