import type { EvaluationForm } from '@jixiao/domain';
import { evaluateForm } from '@jixiao/scoring';
import { SEED_FORMS } from '@jixiao/seed-forms';
import { describe, expect, it } from 'vitest';
import { importFormWorkbook } from '../import/form-import.ts';
import { completionText } from './completion-text.ts';
import { FORM_SHEET_NAMES, formWorkbook, ownSheetKind } from './form-workbook.ts';

/**
 * Export → import gives the same form, for every seed form: exactly, when the sheet is written
 * as filed and read onto its project; what the sheet prints, when read on its own; and with the
 * computed rates in place of the printed ones when written as the system files it.
 */
const SEEDS = SEED_FORMS.map((form) => [form.id, form] as const);

/** What a sheet carries of a form: no ids, codes, transcription notes, report claims or figures. */
function sheetContent(form: EvaluationForm): EvaluationForm {
  const { narrative, figures: _figures, relations: _relations, ...rest } = form;
  return {
    ...rest,
    id: 'imported',
    county: { name: '', code: '' },
    scheme: null,
    indicators: form.indicators.map(({ note: _note, ...row }) => row),
    ...(form.kind === 'monitoring' && narrative ? { narrative } : {}),
    source: { file: 'upload.xlsx', section: FORM_SHEET_NAMES[ownSheetKind(form)] },
  };
}

describe.each(SEEDS)('round trip of %s', (_id, form) => {
  const evaluation = evaluateForm(form);

  it('written as filed and read onto its project, is the same form', async () => {
    const bytes = await formWorkbook(evaluation, ownSheetKind(form), { rates: 'filed' });
    const imported = await importFormWorkbook(bytes, { project: form });
    expect(imported.errors).toEqual([]);
    expect(imported.form).toEqual(form);
    expect(imported.findings).toEqual(evaluation.findings);
  });

  it('written as filed and read on its own, gives everything the sheet prints', async () => {
    const bytes = await formWorkbook(evaluation, ownSheetKind(form), { rates: 'filed' });
    const imported = await importFormWorkbook(bytes);
    expect(imported.errors).toEqual([]);
    expect(imported.form).toEqual(sheetContent(form));
  });

  it('written with computed rates, reads back those rates and no printed-rate finding', async () => {
    const kind = ownSheetKind(form);
    const bytes = await formWorkbook(evaluation, kind);
    const imported = await importFormWorkbook(bytes, { project: form });
    expect(imported.errors).toEqual([]);
    const style = kind === 'monitoring' ? 'uncapped' : 'capped';
    const rates = evaluation.indicators.map((row) => completionText(row, style));
    expect(imported.form?.indicators.map((row) => row.printedRate)).toEqual(
      kind === 'target-declaration' ? form.indicators.map(() => null) : rates,
    );
    expect(imported.form?.indicators.map(({ printedRate: _rate, ...row }) => row)).toEqual(
      form.indicators.map(({ printedRate: _rate, ...row }) => row),
    );
    const codes = imported.findings.map((found) => found.code);
    expect(codes).not.toContain('PRINTED_RATE_WRONG');
    expect(codes).not.toContain('NEGATIVE_PRINTED_AS_POSITIVE');
    const rateFree = (codesOf: string[]) =>
      codesOf.filter((code) => !/PRINTED|NARRATIVE_RATE/.test(code));
    expect(rateFree(codes)).toEqual(rateFree(evaluation.findings.map((found) => found.code)));
  });
});
