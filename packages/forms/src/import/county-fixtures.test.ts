import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateForm } from '@jixiao/scoring';
import { SEED_FORMS } from '@jixiao/seed-forms';
import { describe, expect, it } from 'vitest';
import { countyTypedWorkbook } from '../../scripts/county-typed-workbook.ts';
import { SheetGrid } from '../xlsx/sheet-grid.ts';
import { readWorkbook } from '../xlsx/workbook-buffer.ts';
import { importFormWorkbook } from './form-import.ts';

/**
 * fixtures/*.xlsx: the seed forms typed as a county would (scripts/county-typed-workbook.ts, a
 * messier layout than the export's). Imported onto their project they give the seed form
 * itself, and exactly the findings the checker reports for the seed.
 */
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

function fixture(id: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, `${id}.xlsx`)));
}

async function cellTexts(bytes: Uint8Array): Promise<string[]> {
  const reading = await readWorkbook(bytes);
  if (!reading.ok) throw new Error(reading.message);
  const sheet = reading.workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  const grid = SheetGrid.of(sheet);
  return grid
    .allTexts()
    .map((cell) => `${cell.address}:${cell.span.rows}x${cell.span.cols}:${cell.text}`);
}

describe.each(SEED_FORMS.map((form) => [form.id, form] as const))('fixture %s', (id, form) => {
  it('imports onto its project as the seed form, with the seed form’s findings', async () => {
    const imported = await importFormWorkbook(fixture(id), { project: form });
    expect(imported.errors).toEqual([]);
    expect(imported.form).toEqual(form);
    expect(imported.findings).toEqual(evaluateForm(form).findings);
  });

  it('is what scripts/write-county-fixtures.ts writes today', async () => {
    expect(await cellTexts(fixture(id))).toEqual(await cellTexts(await countyTypedWorkbook(form)));
  });
});
