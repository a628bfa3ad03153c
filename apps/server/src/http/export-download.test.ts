import { describe, expect, it } from 'vitest';
import { contentDisposition, encodeRfc5987 } from './export-download.ts';

describe('Content-Disposition of a download', () => {
  it('carries an ASCII fallback and the Chinese name as RFC 5987 UTF-8', () => {
    expect(
      contentDisposition('2020_莎车县_绩效自评表.xlsx', 'shache-2020-self-evaluation.xlsx'),
    ).toBe(
      `attachment; filename="shache-2020-self-evaluation.xlsx"; ` +
        `filename*=UTF-8''2020_%E8%8E%8E%E8%BD%A6%E5%8E%BF_%E7%BB%A9%E6%95%88%E8%87%AA%E8%AF%84%E8%A1%A8.xlsx`,
    );
  });

  it('percent-encodes the characters RFC 5987 leaves out of attr-char', () => {
    expect(encodeRfc5987("a'b(c)*d e")).toBe('a%27b%28c%29%2Ad%20e');
  });
});
