import type { VerificationFigures } from '../api/dashboard-documents.ts';
import { formatCount, formatDecimal, formatPercent, OUTCOME_FIELDS } from './dashboard-labels.ts';

/** The verification columns of a township row (the table's header lists them in this order). */
export function VerificationCells({ figures }: { figures: VerificationFigures }) {
  return (
    <>
      <td className="number">{formatCount(figures.roster)}</td>
      <td className="number">{formatCount(figures.verified)}</td>
      <td className="number">{formatPercent(figures.coverage, 1)}</td>
      {OUTCOME_FIELDS.map(({ key }) => (
        <td key={key} className="number">
          {formatCount(figures.outcomes[key])}
        </td>
      ))}
      <td className="number">{formatPercent(figures.paymentAccuracy, 1)}</td>
      <td className="number">{formatCount(figures.ineligiblePayments)}</td>
      <td className="number">{formatDecimal(figures.amountToRecover, 2)}</td>
    </>
  );
}
