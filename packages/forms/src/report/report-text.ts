import type { ReportSection, SelfEvaluationReport } from './self-evaluation-report.ts';

/**
 * The report as plain text, to print or paste into the county's Word template: the title and
 * year centred by position, the meta lines, then each heading on its own line followed by its
 * paragraphs, each indented by two full-width spaces as Chinese documents are.
 */
function sectionLines(section: ReportSection): string[] {
  return [
    section.heading,
    ...section.paragraphs.map((paragraph) => `\u3000\u3000${paragraph}`),
    ...section.subsections.flatMap(sectionLines),
  ];
}

export function reportText(report: SelfEvaluationReport): string {
  return [
    report.title,
    report.subtitle,
    '',
    ...report.meta.map((line) => `${line.label}：${line.value}`),
    '',
    ...report.sections.flatMap((section) => [...sectionLines(section), '']),
  ].join('\n');
}
