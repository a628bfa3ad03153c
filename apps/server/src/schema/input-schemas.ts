import { GraphQLError } from 'graphql';
import { z } from 'zod';

/**
 * 参数校验 — argument schemas checked at the edge by the validation plugin, before a resolver
 * (or Pothos's own connection code) reads them, and the BAD_USER_INPUT error that names each
 * refused argument in `fieldErrors`, as every input error of the API does.
 */
type IssuePath = ReadonlyArray<PropertyKey | { key: PropertyKey }> | undefined;

function pathOf(path: IssuePath): string {
  return (path ?? [])
    .map((part) => String(typeof part === 'object' && part !== null ? part.key : part))
    .join('.');
}

export function argumentsError(
  issues: ReadonlyArray<{ message: string; path?: IssuePath }>,
): GraphQLError {
  const fieldErrors = issues.map((issue) => ({
    field: pathOf(issue.path) || 'arguments',
    message: issue.message,
  }));
  return new GraphQLError(fieldErrors.map((error) => error.message).join('；'), {
    extensions: { code: 'BAD_USER_INPUT', fieldErrors },
  });
}

/** Text the database can take as a key: PostgreSQL refuses U+0000 in text. */
const noNul = (text: string) => !text.includes('\u0000');

/** 行政区划代码 (GB/T 2260): 6 digits (region, prefecture, county), 9 (township), 12 (village). */
export const divisionCode = z
  .string()
  .regex(/^\d{6}(?:\d{3}){0,2}$/, { error: '行政区划代码应为 6、9 或 12 位数字' });

export const countyCode = z.string().regex(/^\d{6}$/, { error: '县级代码应为 6 位数字' });

/** A short identifier (a template id). */
export const shortId = z
  .string()
  .min(1, { error: '不能为空' })
  .max(64, { error: '最多 64 个字符' })
  .refine(noNul, { error: '含有无法保存的空字符（U+0000）' });

const CURSOR = '分页游标无效';

/** A prisma connection's cursor on a UUID column: base64 of `GPC:S:<uuid>`. */
export const uuidCursor = z
  .string()
  .refine(
    (cursor) =>
      /^[A-Za-z0-9+/=_-]{1,200}$/.test(cursor) &&
      /^GPC:S:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(
        Buffer.from(cursor, 'base64').toString('utf8'),
      ),
    { error: CURSOR },
  );

/** A roster cursor: a row version. */
export const versionCursor = z.string().regex(/^\d{1,19}$/, { error: CURSOR });

/** A cursor that is a stored identifier (a beneficiary id). */
export const textCursor = z.string().max(64, { error: CURSOR }).refine(noNul, { error: CURSOR });

const pageSize = z
  .int({ error: '每页条数应为整数' })
  .min(0, { error: '每页条数不能为负数' })
  .nullish();

/**
 * The relay arguments of a connection: page sizes of at least 0, cursors of the connection's
 * form, and one direction at a time (Pothos refuses the other combinations).
 */
export function connectionArgs(cursor: z.ZodType<string>) {
  return z
    .looseObject({
      first: pageSize,
      last: pageSize,
      after: cursor.nullish(),
      before: cursor.nullish(),
    })
    .superRefine((args, context) => {
      const given = (name: 'first' | 'last' | 'after' | 'before') =>
        args[name] !== null && args[name] !== undefined;
      for (const [a, b] of [
        ['before', 'after'],
        ['before', 'first'],
        ['after', 'last'],
      ] as const) {
        if (given(a) && given(b)) {
          context.addIssue({
            code: 'custom',
            path: [b],
            message: `不能同时使用 ${a} 和 ${b}`,
          });
        }
      }
    });
}
