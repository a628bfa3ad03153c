import type { Finding } from '../api/dashboard-documents.ts';
import { SEVERITY_LABELS } from './dashboard-labels.ts';
import { bySeverity } from './evaluation-rows.ts';

/** 审核意见 — what the checker found, worst first, each with its severity. */
export function FindingsList({
  findings,
  withSubject = false,
}: {
  findings: readonly Finding[];
  /** Say what each finding is about (for findings not shown next to a row). */
  withSubject?: boolean;
}) {
  if (findings.length === 0) return null;
  return (
    <ul className="findings">
      {bySeverity(findings).map((finding, index) => (
        <li
          key={`${finding.code}:${index}`}
          className={`finding ${finding.severity.toLowerCase()}`}
        >
          <span className={`severity ${finding.severity.toLowerCase()}`}>
            {SEVERITY_LABELS[finding.severity]}
          </span>{' '}
          {withSubject && finding.subject !== '' ? (
            <span className="finding-subject">{finding.subject}：</span>
          ) : null}
          {finding.message}
        </li>
      ))}
    </ul>
  );
}
