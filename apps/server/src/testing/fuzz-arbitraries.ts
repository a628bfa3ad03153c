import { idCheckCharacter } from '@jixiao/domain';
import fc from 'fast-check';

/**
 * 模糊测试的输入 — fast-check arbitraries of what a broken phone, a confused client or an
 * attacker may send: unicode and binary text, lone surrogates and U+0000, numbers out of every
 * range, numbers as strings, wrong JSON types, deep nesting, invalid ID numbers and dates.
 * Used by http/api-fuzz.integration.test.ts.
 */

/** Text that looks like a number to someone: NaN-ish, signed, huge, full-width, localised. */
export const numberishText = fc.constantFrom(
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '0',
  '00',
  '1e309',
  '-1e309',
  '1e-400',
  '0x10',
  '0b11',
  ' 12 ',
  '１２３',
  '١٢٣',
  '12,345.00',
  '12.345,00',
  '1_000',
  '+5',
  '.5',
  '5.',
  '9'.repeat(400),
  '-9223372036854775809',
  '18446744073709551616',
  '3.14159265358979323846264338327950288',
  '',
  ' ',
);

/** Dates and times that are malformed, impossible, too early or in the future. */
export const badDateText = fc.oneof(
  fc.constantFrom(
    '2020-02-30',
    '2019-02-29',
    '2020-13-01',
    '2020-00-10',
    '2020-11-05T24:00:00+08:00',
    '2020-11-05T10:60:00+08:00',
    '2020-11-05T10:15:00+15:00',
    '2020-11-05T10:15:00',
    '2020-11-05',
    '1899-12-31T00:00:00Z',
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '+275760-09-13T00:00:00Z',
    '2020-11-05T10:15:00.1234567891+08:00',
    '2020-11-05 10:15:00+08:00',
    '20201105T101500Z',
    'yesterday',
  ),
  fc
    .integer({ min: 1, max: 3650 })
    .map((days) => new Date(Date.now() + days * 86_400_000).toISOString()),
  fc
    .date({ min: new Date('1000-01-01'), max: new Date('3000-01-01'), noInvalidDate: true })
    .map((date) => date.toISOString()),
);

function withCheck(first17: string): string {
  return `${first17}${idCheckCharacter(first17)}`;
}

/** ID numbers that are wrong in every way the domain checks, and some that look right. */
export const badIdNumber = fc.oneof(
  fc.stringMatching(/^\d{18}$/),
  fc.stringMatching(/^\d{17}[Xx]$/),
  fc.stringMatching(/^\d{15}$/),
  fc.stringMatching(/^\d{1,40}$/),
  // A valid check character, but a region that does not exist or a birth date in the future.
  fc
    .stringMatching(/^\d{9}$/)
    .map((tail) => withCheck(`000000${tail.slice(0, 3)}19500101`.slice(0, 17))),
  fc
    .integer({ min: 1, max: 50 })
    .map((years) => withCheck(`653125${new Date().getFullYear() + years}0101001`)),
  fc.constantFrom(
    ' 65312519500101001X ',
    '６５３１２５１９５００１０１００１Ｘ',
    '653125195002300010',
    '65312519500101001\u0000',
    '6531251950010100１1',
  ),
);

/** Any text: unicode graphemes, any code point, lone surrogates, U+0000, long runs. */
export const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('\uD800', 'a\uDFFFb', '\uDBFF\uDBFF', '\u0000', 'a\u0000b'),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('\u202E', '\uFEFF', '\u200B', 'ئۇيغۇرچە', '𠀋𡈽𡌛', '👨‍👩‍👧‍👦'),
  },
  { weight: 1, arbitrary: fc.integer({ min: 65, max: 20_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: numberishText },
  { weight: 1, arbitrary: badDateText },
  { weight: 1, arbitrary: badIdNumber },
);

/** Numbers JSON can carry: out of Int32, fractional, negative zero, near the double limits. */
export const anyNumber = fc.oneof(
  fc.integer(),
  fc.integer({ min: -1000, max: 3000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(
    0,
    -0,
    -1,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53 + 2,
    -(2 ** 53) - 2,
    1e308,
    -1e308,
    5e-324,
    0.1 + 0.2,
    2020.5,
  ),
);

/** An array or object nested `depth` levels deep. */
export function nested(depth: number, leaf: unknown = 1, kind: 'array' | 'object' = 'array') {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

/** Any JSON value, wrong type for nearly every field: scalars, lists, objects, deep nests. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: anyText },
  { weight: 3, arbitrary: anyNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 20, max: 3000 }), fc.constantFrom('array', 'object' as const))
      .map(([depth, kind]) => nested(depth, 'x', kind as 'array' | 'object')),
  },
);

/** A value for a GraphQL String argument: mostly text, sometimes the wrong type. */
export const stringArg = fc.oneof(
  { weight: 6, arbitrary: anyText },
  { weight: 1, arbitrary: anyJson },
);

/** A value for an Int argument: in and out of Int32, fractional, strings, null. */
export const intArg = fc.oneof(
  { weight: 4, arbitrary: anyNumber },
  { weight: 1, arbitrary: numberishText },
  { weight: 1, arbitrary: anyJson },
);

/** Division codes: real ones of every level, near misses, garbage. */
export const divisionCodeArg = (real: readonly string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...real) },
    { weight: 2, arbitrary: fc.stringMatching(/^\d{1,14}$/) },
    { weight: 2, arbitrary: stringArg },
  );

/** The keys a record may carry: its own, and a few it should not. */
export const strayKeys = fc.constantFrom(
  '__proto__',
  'constructor',
  'extra',
  '',
  '姓名',
  'a.b',
  'id ',
);

/** A roster CSV cell: text that breaks quoting, numbers, ID numbers, dates. */
export const csvCell = fc.oneof(
  anyText,
  badIdNumber,
  numberishText,
  fc.constantFrom(
    '"',
    '""',
    '"a,b"',
    'a\nb',
    'a\r\nb',
    ',',
    '\t',
    '=cmd|"/c calc"!A1',
    '正常',
    '暂停',
    '死亡',
  ),
);
