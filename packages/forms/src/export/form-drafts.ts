import type { EvaluationForm, FundAmounts } from '@jixiao/domain';

/**
 * Drafts of the other forms from a project's form: next year's 绩效目标申报表 carries the
 * indicators and their targets (a starting point the county edits) with no actuals and no
 * amounts — next year's budget is not known and is not made up; a 绩效监控情况表 carries the
 * year's funds and indicators as they stand. A form already of the kind is returned as it is.
 */
export function declarationDraft(form: EvaluationForm, year = form.year + 1): EvaluationForm {
  if (form.kind === 'target-declaration' && year === form.year) return form;
  const blank = (amounts: FundAmounts): FundAmounts => ({
    ...amounts,
    budget: null,
    executed: null,
    printedRate: null,
  });
  const { goalOutcome: _outcome, narrative: _narrative, figures: _figures, ...rest } = form;
  const { relations: _relations, ...kept } = rest;
  return {
    ...kept,
    kind: 'target-declaration',
    title: '绩效目标申报表',
    year,
    funds: form.funds
      ? {
          ...form.funds,
          total: blank(form.funds.total),
          sources: form.funds.sources.map((line) => ({ ...line, amounts: blank(line.amounts) })),
        }
      : null,
    indicators: form.indicators.map((row) => ({
      ...row,
      actual: null,
      printedRate: null,
      reason: null,
    })),
    ...(form.signature
      ? {
          signature: {
            ...(form.signature.preparer !== undefined ? { preparer: form.signature.preparer } : {}),
            ...(form.signature.head !== undefined ? { head: form.signature.head } : {}),
            ...(form.signature.contacts ? { contacts: form.signature.contacts } : {}),
          },
        }
      : {}),
  };
}

export function monitoringDraft(form: EvaluationForm): EvaluationForm {
  if (form.kind === 'monitoring') return form;
  const { narrative: _narrative, figures: _figures, relations: _relations, ...kept } = form;
  return { ...kept, kind: 'monitoring', title: '绩效监控情况表' };
}
