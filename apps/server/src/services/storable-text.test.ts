import { describe, expect, it } from 'vitest';
import { nulFieldErrors, storableJson } from './storable-text.ts';

describe('storableJson', () => {
  it('writes what JSON.stringify writes when no string holds a lone surrogate', () => {
    const value = [{ id: 'a', note: '艾麦提 😀', n: 1.5, ok: true, none: null }, ['x', 2]];
    expect(storableJson(value)).toBe(JSON.stringify(value));
  });

  it('replaces each lone surrogate with U+FFFD, keeping pairs', () => {
    const value = { note: `a\uD800b\uDC00c😀`, list: ['\uDBFF'] };
    expect(JSON.parse(storableJson(value))).toEqual({
      note: 'a\uFFFDb\uFFFDc😀',
      list: ['\uFFFD'],
    });
  });

  it('keeps a backslash followed by text that looks like an escape', () => {
    const value = { note: '\\ud800 is how JSON writes it' };
    expect(JSON.parse(storableJson(value))).toEqual(value);
  });
});

describe('nulFieldErrors', () => {
  it('names the field holding U+0000, nested ones by their path', () => {
    expect(nulFieldErrors({ note: 'a\u0000', answers: [{ questionId: 'q\u0000' }] })).toEqual([
      { field: 'note', message: '含有无法保存的空字符（U+0000）' },
      { field: 'answers.0.questionId', message: '含有无法保存的空字符（U+0000）' },
    ]);
  });
});
