import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_FOOTNOTE_RULES, PRINTED_FOOTNOTE, SCORING_FOOTNOTE } from './form-footnotes.ts';

/**
 * The printed page's footnote says what the XLSX export's says (packages/forms, read as text:
 * the PWA does not depend on the forms package), and print.css lays the page out for A4.
 */
const REPO = join(import.meta.dirname, '..', '..', '..', '..', '..');

/** The string literals of an exported constant, joined as the source joins them with `+`. */
function exportedText(source: string, name: string): string[] {
  const start = source.indexOf(`export const ${name} =`);
  if (start < 0) throw new Error(`no ${name}`);
  const end = source.indexOf(';', start);
  const body = source.slice(start, end);
  return body
    .split(/(?<='),\s*\n/)
    .map((part) => [...part.matchAll(/'([^']*)'/g)].map((match) => match[1]).join(''))
    .filter((text) => text !== '');
}

describe('the printed footnote and page', () => {
  const footnotes = readFileSync(join(REPO, 'packages/forms/src/export/footnotes.ts'), 'utf8');

  it('prints the scoring rules of the XLSX export word for word', () => {
    expect([...SCORING_FOOTNOTE]).toEqual(exportedText(footnotes, 'SCORING_FOOTNOTE'));
  });

  it('says how the figures were obtained as the export does, pointing to its own 核查意见', () => {
    const [generated] = exportedText(footnotes, 'GENERATED_FOOTNOTE');
    expect(generated?.startsWith(GENERATED_FOOTNOTE_RULES)).toBe(true);
    expect(PRINTED_FOOTNOTE.at(-1)).toBe(
      `${GENERATED_FOOTNOTE_RULES}核查发现的问题见附页“核查意见”。`,
    );
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
