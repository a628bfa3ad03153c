import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  GENERATED_FOOTNOTE,
  GENERATED_FOOTNOTE_RULES,
  SCORING_FOOTNOTE,
} from '@jixiao/forms/layout';
import { describe, expect, it } from 'vitest';
import { PRINTED_FOOTNOTE } from './form-footnotes.ts';

/** The printed page's footnote and print.css's A4 layout. */
describe('the printed footnote and page', () => {
  it('prints the scoring rules of the XLSX export and points to its own 核查意见', () => {
    expect(PRINTED_FOOTNOTE.slice(0, -1)).toEqual([...SCORING_FOOTNOTE]);
    expect(PRINTED_FOOTNOTE.at(-1)).toBe(
      `${GENERATED_FOOTNOTE_RULES}核查发现的问题见附页“核查意见”。`,
    );
    expect(GENERATED_FOOTNOTE.startsWith(GENERATED_FOOTNOTE_RULES)).toBe(true);
  });

  it('lays the page out on A4 with the header repeated and the toolbar left out', () => {
    const css = readFileSync(join(import.meta.dirname, 'print.css'), 'utf8');
    expect(css).toMatch(/@page\s*{[^}]*size:\s*A4 portrait;[^}]*margin:\s*15mm 12\.7mm;/);
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(/\.print-toolbar,[^{]*{\s*display:\s*none;/);
    expect(print).toMatch(/\.form-table thead\s*{\s*display:\s*table-header-group;/);
    expect(print).toMatch(/\.form-table tr,[^{]*{\s*break-inside:\s*avoid;/);
    expect(css).toMatch(/\.form-table th,\s*\.form-table td\s*{\s*border:\s*1px solid #000000;/);
  });
});
