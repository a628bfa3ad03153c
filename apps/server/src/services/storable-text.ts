import type { FieldError } from '@jixiao/domain';

/**
 * Text PostgreSQL can store. It refuses U+0000 in text and in JSON, and a JSON parameter with a
 * lone UTF-16 surrogate (a plain parameter never had one: the driver's UTF-8 encoding replaced
 * it with U+FFFD). A batch is written in one statement, so one such string would fail the whole
 * batch on every retry: a record holding U+0000 is refused with the field that holds it, and
 * lone surrogates are replaced with U+FFFD, as the driver did.
 */
const NUL = '\u0000';

/** Where a validated record (a flat object; its lists of flat objects) holds U+0000. */
export function nulFieldErrors(record: object): FieldError[] {
  const errors: FieldError[] = [];
  const visit = (value: unknown, path: string, depth: number) => {
    if (typeof value === 'string') {
      if (value.includes(NUL))
        errors.push({ field: path, message: '含有无法保存的空字符（U+0000）' });
    } else if (typeof value === 'object' && value !== null && depth < 3) {
      for (const [key, item] of Object.entries(value)) {
        visit(item, path === '' ? key : `${path}.${key}`, depth + 1);
      }
    }
  };
  visit(record, '', 0);
  return errors;
}

/** Whether a string read from a raw record can be used as a lookup key. */
export function isStorableKey(value: string): boolean {
  return !value.includes(NUL);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * What JSON.stringify writes for a lone surrogate (an escape, since ES2019) — or, rarely, for a
 * backslash followed by such text; either way the careful path below decides.
 */
const ESCAPED_SURROGATE = /\\u[dD][89a-fA-F]/;

/** JSON.stringify with every lone surrogate replaced by U+FFFD. */
export function storableJson(value: unknown): string {
  const text = JSON.stringify(value);
  if (!ESCAPED_SURROGATE.test(text)) return text;
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'string' ? item.replace(LONE_SURROGATE, '\uFFFD') : item,
  );
}
