import './print.css';
import { type ReactNode, useEffect, useRef } from 'react';
import { PRINT_REPORT_QUERY, PRINT_SELF_EVALUATION_QUERY } from '../../api/form-documents.ts';
import type { ProjectPage } from '../project-page.ts';
import { QueryStatus } from '../query-status.tsx';
import { shownData, useApiQuery } from '../use-api-query.ts';
import { ReportSheet } from './report-print.tsx';
import { SelfEvaluationSheet } from './self-evaluation-print.tsx';

/**
 * 打印页面 — a project's 自评表 or 自评报告 as a printable A4 page, a chunk of its own loaded when
 * a page is opened (neither the capture screens nor the dashboard's first view pay for it). It
 * is shown without the dashboard's header and tabs; its own toolbar (返回, 打印 / 另存为 PDF) is
 * left out of the print by print.css, and the browser's print dialog saves it as PDF. The data
 * is read afresh, scored now.
 */
export interface PrintViewProps {
  page: ProjectPage;
  onBack: () => void;
  onLogin: () => void;
}

export function PrintView({ page, onBack, onLogin }: PrintViewProps) {
  return page.kind === 'report-print' ? (
    <ReportPrint projectId={page.projectId} onBack={onBack} onLogin={onLogin} />
  ) : (
    <SelfEvaluationPrint projectId={page.projectId} onBack={onBack} onLogin={onLogin} />
  );
}

interface DocumentProps {
  projectId: string;
  onBack: () => void;
  onLogin: () => void;
}

function SelfEvaluationPrint({ projectId, onBack, onLogin }: DocumentProps) {
  const query = useApiQuery(PRINT_SELF_EVALUATION_QUERY, { id: projectId });
  const data = shownData(query.state);
  const project = data?.project ?? null;
  const documentTitle =
    project === null ? null : `${project.year}_${project.county.name}_${project.name}_绩效自评表`;
  return (
    <PrintFrame
      what="绩效自评表"
      documentTitle={documentTitle}
      ready={project !== null}
      onBack={onBack}
      status={
        <QueryStatus state={query.state} what="自评表" onRetry={query.reload} onLogin={onLogin} />
      }
      missing={data !== null && project === null}
    >
      {project === null ? null : <SelfEvaluationSheet project={project} />}
    </PrintFrame>
  );
}

function ReportPrint({ projectId, onBack, onLogin }: DocumentProps) {
  const query = useApiQuery(PRINT_REPORT_QUERY, { id: projectId });
  const data = shownData(query.state);
  const project = data?.project ?? null;
  const documentTitle =
    project === null ? null : `${project.year}_${project.name}_项目支出绩效自评报告`;
  return (
    <PrintFrame
      what="自评报告"
      documentTitle={documentTitle}
      ready={project !== null}
      onBack={onBack}
      status={
        <QueryStatus state={query.state} what="自评报告" onRetry={query.reload} onLogin={onLogin} />
      }
      missing={data !== null && project === null}
    >
      {project === null ? null : <ReportSheet report={project.selfEvaluationReport} />}
    </PrintFrame>
  );
}

interface PrintFrameProps {
  /** 绩效自评表 or 自评报告. */
  what: string;
  /** The page's title while shown: the name a saved PDF is offered under. */
  documentTitle: string | null;
  ready: boolean;
  missing: boolean;
  status: ReactNode;
  onBack: () => void;
  children: ReactNode;
}

function PrintFrame({
  what,
  documentTitle,
  ready,
  missing,
  status,
  onBack,
  children,
}: PrintFrameProps) {
  const toolbarHeading = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    toolbarHeading.current?.focus();
  }, []);
  useEffect(() => {
    if (documentTitle === null) return;
    const before = document.title;
    document.title = documentTitle;
    return () => {
      document.title = before;
    };
  }, [documentTitle]);

  return (
    <div className="print-page">
      <header className="print-toolbar">
        <p className="print-toolbar-title" tabIndex={-1} ref={toolbarHeading}>
          打印{what}
        </p>
        <div className="print-actions">
          <button type="button" className="button secondary" onClick={onBack}>
            返回
          </button>
          <button
            type="button"
            className="button primary"
            disabled={!ready}
            onClick={() => window.print()}
          >
            打印 / 另存为 PDF
          </button>
        </div>
        <p className="hint">
          按 A4 纵向排版；在打印对话框中把“目标打印机”选为“另存为 PDF”即可保存为 PDF 文件。
        </p>
      </header>
      <main className="print-main">
        {status}
        {missing ? (
          <p className="banner warning" role="alert">
            找不到该项目，可能已被删除或不在您的查看范围内。
          </p>
        ) : null}
        {children}
      </main>
    </div>
  );
}
