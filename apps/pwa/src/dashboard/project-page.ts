/**
 * 项目页面 — the pages of a project that open over the dashboard (kept in the browser history
 * with the dashboard's view, so that back returns to the project): the printable 自评表, the
 * printable 自评报告, and the county manager's import of a filled form.
 */
export type ProjectPageKind = 'self-evaluation-print' | 'report-print' | 'form-import';

export interface ProjectPage {
  kind: ProjectPageKind;
  projectId: string;
}

const KINDS: readonly ProjectPageKind[] = ['self-evaluation-print', 'report-print', 'form-import'];

/** A page read back from the history's state, or null when it is not one. */
export function projectPageOf(value: unknown): ProjectPage | null {
  if (typeof value !== 'object' || value === null) return null;
  const { kind, projectId } = value as Partial<Record<keyof ProjectPage, unknown>>;
  if (!KINDS.includes(kind as ProjectPageKind) || typeof projectId !== 'string') return null;
  return { kind: kind as ProjectPageKind, projectId };
}

/** The printable pages: shown alone, without the dashboard's header and tabs. */
export function isPrintPage(page: ProjectPage | null): page is ProjectPage {
  return page !== null && page.kind !== 'form-import';
}
