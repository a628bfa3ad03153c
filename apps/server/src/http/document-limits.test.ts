import { describe, expect, it } from 'vitest';
import { bracketDepth, documentProblem, MAX_FRAGMENTS, MAX_NESTING } from './document-limits.ts';

const nestedSelection = (depth: number) =>
  `{ division(code: "650000") { ${'children { '.repeat(depth)}code${' }'.repeat(depth)} } }`;

describe('document limits', () => {
  it('counts brackets outside strings, block strings and comments', () => {
    expect(bracketDepth('{ a(b: [1, {c: 2}]) { d } }')).toBe(4);
    expect(bracketDepth('{ a(b: "{{{{[[[(") }')).toBe(2);
    expect(bracketDepth('{ a(b: "x\\"{{{{") }')).toBe(2);
    expect(bracketDepth('{ a(b: """ {{{{ \\""" {{ """) }')).toBe(2);
    expect(bracketDepth('# {{{{{\n{ a }')).toBe(1);
  });

  it('lets ordinary documents through, and the complexity limit judge them', () => {
    expect(documentProblem('{ me { id } }')).toBeNull();
    expect(documentProblem(nestedSelection(20))).toBeNull();
    expect(documentProblem('{ me { ')).toBeNull();
    expect(documentProblem('query { ...A } fragment A on Query { ...A }')).toBeNull();
  });

  it('refuses brackets nested deeper than the limit before parsing', () => {
    expect(documentProblem(nestedSelection(MAX_NESTING))).toEqual({
      kind: 'Nesting',
      message: `查询嵌套过深（${MAX_NESTING + 2} 层，上限 ${MAX_NESTING} 层）`,
    });
    expect(documentProblem(`{ a(x: ${'['.repeat(5000)}${']'.repeat(5000)}) }`)?.kind).toBe(
      'Nesting',
    );
  });

  it('refuses too many fragments, and fragment chains that nest too deep', () => {
    const many = Array.from(
      { length: MAX_FRAGMENTS + 1 },
      (_, i) => `fragment F${i} on Query { me { id } }`,
    );
    expect(documentProblem(`{ ...F0 } ${many.join(' ')}`)).toEqual({
      kind: 'Fragments',
      message: `查询定义的片段过多（${MAX_FRAGMENTS + 1} 个，上限 ${MAX_FRAGMENTS} 个）`,
    });
    // Ten fragments of ten levels each under division, with code at the bottom: 102 levels.
    const chain = Array.from(
      { length: 10 },
      (_, i) =>
        `fragment F${i} on Division { ${'children { '.repeat(10)}${i < 9 ? `...F${i + 1}` : 'code'}${' }'.repeat(10)} }`,
    );
    const document = `{ division(code: "650000") { ...F0 } } ${chain.join(' ')}`;
    expect(bracketDepth(document)).toBeLessThan(MAX_NESTING);
    expect(documentProblem(document)).toEqual({
      kind: 'Nesting',
      message: `查询嵌套过深（102 层，上限 ${MAX_NESTING} 层）`,
    });
  });
});
