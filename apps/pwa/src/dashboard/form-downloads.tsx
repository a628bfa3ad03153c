import './form-tools.css';
import { useEffect, useId, useMemo, useState } from 'react';
import type { Project } from '../api/dashboard-documents.ts';
import { FORM_DOWNLOADS_QUERY, type FormDownload } from '../api/form-documents.ts';
import type { ProjectPage } from './project-page.ts';
import { QueryStatus } from './query-status.tsx';
import { shownData, useApiQuery } from './use-api-query.ts';

/** Links are asked for again this long before they expire. */
const RENEW_BEFORE_MS = 30_000;
/** A click this close to the end asks for new links instead (the download takes a moment). */
const CLICK_MARGIN_MS = 5_000;
/**
 * How long a link is trusted, counted on this device's clock from when it arrived: what the
 * server says (10 minutes), but never less than a minute nor more than ten, so that a device
 * whose clock is off neither asks again and again nor keeps dead links.
 */
const MIN_LIFETIME_MS = 60_000;
const MAX_LIFETIME_MS = 10 * 60_000;

export interface FormDownloadsProps {
  project: Pick<Project, 'id' | 'name'>;
  /** The county manager of the project's county: may import a filled form. */
  canManage: boolean;
  onOpenPage: (page: ProjectPage) => void;
  onLogin: () => void;
}

/** "14:05" in the viewer's clock. */
function clockTime(time: number): string {
  const date = new Date(time);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** When a link received at `receivedAt` stops being used, on this device's clock. */
export function trustedUntil(download: FormDownload, receivedAt: number): number {
  const lifetime = Date.parse(download.expiresAt) - receivedAt;
  const clamped = Number.isFinite(lifetime)
    ? Math.min(Math.max(lifetime, MIN_LIFETIME_MS), MAX_LIFETIME_MS)
    : MIN_LIFETIME_MS;
  return receivedAt + clamped;
}

/**
 * 表格下载 — the project's forms as XLSX files (绩效自评表, next year's 绩效目标申报表, 绩效监控
 * 情况表, 基金收支情况表 for a report stating its funds), each a plain link to a signed URL the
 * server answers for 10 minutes. The links are asked for whenever the block is shown, again
 * before they expire, and at once if one is clicked after its time. Beside them: the printable
 * 自评表 and 自评报告, and for the county manager the import of a filled form.
 */
export function FormDownloads({ project, canManage, onOpenPage, onLogin }: FormDownloadsProps) {
  const ids = useId();
  const query = useApiQuery(FORM_DOWNLOADS_QUERY, { id: project.id });
  const data = shownData(query.state);
  const downloads = data?.project?.formDownloads ?? [];
  const [renewed, setRenewed] = useState(false);
  const { reload } = query;
  const links = data?.project?.formDownloads ?? null;
  // When these links arrived, stamped in the render that first shows them (not in an effect
  // after it), so that no click can see new links without their time and take them as old.
  const receivedAt = useMemo(() => (links === null ? null : Date.now()), [links]);

  // Ask for new links shortly before the first one is no longer trusted.
  const firstEnd =
    receivedAt === null
      ? null
      : Math.min(...downloads.map((download) => trustedUntil(download, receivedAt)));
  useEffect(() => {
    if (firstEnd === null || !Number.isFinite(firstEnd)) return;
    const timer = window.setTimeout(reload, Math.max(firstEnd - RENEW_BEFORE_MS - Date.now(), 0));
    return () => window.clearTimeout(timer);
  }, [firstEnd, reload]);

  const titleId = `${ids}-title`;
  return (
    <section className="form-tools" aria-labelledby={titleId}>
      <h4 id={titleId}>表格下载</h4>
      <QueryStatus state={query.state} what="下载链接" onRetry={reload} onLogin={onLogin} />
      {data !== null && downloads.length === 0 ? (
        <p className="hint">该项目暂无可下载的表格。</p>
      ) : null}
      {downloads.length === 0 ? null : (
        <>
          <ul className="download-list">
            {downloads.map((download) => (
              <li key={download.kind}>
                <a
                  className="button secondary small"
                  href={download.url}
                  download={download.fileName}
                  onClick={(event) => {
                    const end = receivedAt === null ? 0 : trustedUntil(download, receivedAt);
                    if (Date.now() < end - CLICK_MARGIN_MS) return;
                    // An old link would answer 410: ask for new ones, then let them click again.
                    event.preventDefault();
                    setRenewed(true);
                    reload();
                  }}
                >
                  {download.title}（XLSX）
                </a>
                <span className="download-name">{download.fileName}</span>
              </li>
            ))}
          </ul>
          <p className="hint" aria-live="polite">
            {renewed
              ? '下载链接已过期，已重新获取，请再点一次。'
              : firstEnd === null || !Number.isFinite(firstEnd)
                ? ''
                : `下载链接 ${clockTime(firstEnd)} 前有效，过期后自动更新。`}
          </p>
        </>
      )}

      <div className="form-tool-actions">
        <button
          type="button"
          className="button secondary small"
          onClick={() => onOpenPage({ kind: 'self-evaluation-print', projectId: project.id })}
        >
          打印自评表（A4 / PDF）
        </button>
        <button
          type="button"
          className="button secondary small"
          onClick={() => onOpenPage({ kind: 'report-print', projectId: project.id })}
        >
          打印自评报告
        </button>
        {canManage ? (
          <button
            type="button"
            className="button secondary small"
            onClick={() => onOpenPage({ kind: 'form-import', projectId: project.id })}
          >
            导入已填写的表格（XLSX）
          </button>
        ) : null}
      </div>
    </section>
  );
}
