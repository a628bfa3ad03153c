import type { ReportSection, SelfEvaluationReport } from '../../api/form-documents.ts';

/**
 * 项目支出绩效自评报告 — the report the server drafts from the project's data, laid out as the
 * filed reports print it: title and year, the cover lines (项目名称, 实施单位（公章）, …), then
 * the sections (一、… with their （一）… subsections), each paragraph indented two characters.
 * What the data cannot say is left by the server for the county to write, and says so.
 */
export function ReportSheet({ report }: { report: SelfEvaluationReport }) {
  return (
    <article className="print-sheet report-sheet" aria-labelledby="print-title">
      <h1 id="print-title" className="form-title">
        {report.title}
      </h1>
      <p className="form-year">{report.subtitle}</p>
      {report.meta.length === 0 ? null : (
        <dl className="report-meta">
          {report.meta.map((line) => (
            <div key={line.label}>
              <dt>{line.label}：</dt>
              <dd>{line.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {report.sections.map((section) => (
        <Section key={section.heading} section={section} level={2} />
      ))}
    </article>
  );
}

function Section({ section, level }: { section: ReportSection; level: 2 | 3 | 4 }) {
  const Heading = `h${level}` as const;
  const deeper = level === 2 ? 3 : 4;
  return (
    <section className={`report-section level-${level}`}>
      <Heading>{section.heading}</Heading>
      {section.paragraphs.map((paragraph, index) => (
        <p key={`${index}:${paragraph.slice(0, 16)}`} className="report-paragraph">
          {paragraph}
        </p>
      ))}
      {(section.subsections ?? []).map((subsection) => (
        <Section key={subsection.heading} section={subsection} level={deeper} />
      ))}
    </section>
  );
}
