import {
  type EvaluationForm,
  type Figure,
  type FigureRelation,
  SCHEME_CODES,
  schemeName,
} from '@jixiao/domain';
import type { FundSummary, FundTotal } from './fund-summary.ts';

/**
 * The fund summary a narrative report (评价报告) states, read from its figures and the relations
 * its text draws between them, as the transcription of 和硕县's report holds them: the sum
 * behind figure `income-total` is the income by item, the one behind `expenditure-total` the
 * expenditure, `balance` and `rolling-balance` the balances; every other sum whose total is
 * compared with a budget ("完成预算的 99.47%") is a scheme's expenditure, with the year before
 * and the 增支 / 增幅 its text states. Null when the report states no income and expenditure.
 */
function figureMap(form: ReportFigures): Map<string, Figure> {
  return new Map(
    (form.figures ?? [])
      .filter((figure) => figure.unit === 'wanYuan')
      .map((figure) => [figure.id, figure]),
  );
}

function sumOf(relations: readonly FigureRelation[], total: string) {
  return relations.find(
    (relation): relation is Extract<FigureRelation, { kind: 'sum' }> =>
      relation.kind === 'sum' && relation.total === total,
  );
}

function block(
  figures: Map<string, Figure>,
  relation: Extract<FigureRelation, { kind: 'sum' }>,
  prefix = '',
): FundTotal | null {
  const total = figures.get(relation.total);
  if (!total) return null;
  const items = relation.parts.map((id) => figures.get(id));
  if (items.some((item) => !item)) return null;
  return {
    label: total.label,
    total: total.value,
    items: (items as Figure[]).map((item) => ({
      label: prefix && item.label.startsWith(prefix) ? item.label.slice(prefix.length) : item.label,
      amount: item.value,
    })),
  };
}

/** What the summary is read from: a report's figures and relations, its county and year. */
export type ReportFigures = Pick<EvaluationForm, 'figures' | 'relations' | 'county' | 'year'>;

export function fundSummaryFromReport(form: ReportFigures): FundSummary | null {
  const figures = figureMap(form);
  const relations = form.relations ?? [];
  const incomeSum = sumOf(relations, 'income-total');
  const expenditureSum = sumOf(relations, 'expenditure-total');
  const income = incomeSum ? block(figures, incomeSum) : null;
  const expenditure = expenditureSum ? block(figures, expenditureSum) : null;
  if (!income || !expenditure) return null;

  const schemes = relations.flatMap((relation) => {
    if (
      relation.kind !== 'sum' ||
      relation.total === 'income-total' ||
      relation.total === 'expenditure-total'
    )
      return [];
    const budgetRatio = relations.find(
      (other): other is Extract<FigureRelation, { kind: 'ratio' }> =>
        other.kind === 'ratio' && other.numerator === relation.total,
    );
    const totalFigure = figures.get(relation.total);
    if (!budgetRatio || !totalFigure) return [];
    const label = totalFigure.label.replace(/本年支出总额$|总支出$/, '');
    const lineBlock = block(figures, relation, label);
    if (!lineBlock) return [];
    const change = relations.find(
      (other): other is Extract<FigureRelation, { kind: 'difference' }> =>
        other.kind === 'difference' && other.minuend === relation.total,
    );
    const increaseRate = change
      ? relations.find(
          (other): other is Extract<FigureRelation, { kind: 'ratio' }> =>
            other.kind === 'ratio' && other.numerator === change.difference,
        )
      : undefined;
    return [
      {
        label,
        scheme: SCHEME_CODES.find((code) => label.includes(schemeName(code))) ?? null,
        expenditure: lineBlock,
        budget: figures.get(budgetRatio.denominator)?.value ?? null,
        printedBudgetRate: budgetRatio.printed,
        previousExpenditure: change ? (figures.get(change.subtrahend)?.value ?? null) : null,
        printedIncrease: change ? (figures.get(change.difference)?.value ?? null) : null,
        printedIncreaseRate: increaseRate?.printed ?? null,
      },
    ];
  });
  return {
    county: form.county,
    year: form.year,
    unit: 'wanYuan',
    income,
    expenditure,
    printedBalance: figures.get('balance')?.value ?? null,
    carriedBalance: figures.get('rolling-balance')?.value ?? null,
    schemes,
  };
}
