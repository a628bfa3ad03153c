import { useState } from 'react';
import { DASHBOARD_PROJECTS_QUERY, type Project } from '../api/dashboard-documents.ts';
import { formatScore, projectKindLabel } from './dashboard-labels.ts';
import type { ScoredRow } from './evaluation-rows.ts';
import { ProjectEvaluation } from './project-evaluation.tsx';
import type { ProjectPage } from './project-page.ts';
import { QueryStatus } from './query-status.tsx';
import { shownData, useApiQuery } from './use-api-query.ts';

/** More projects than a county files in a year (4–6 forms in the seeds). */
const PROJECTS_PER_YEAR = 50;

export interface ProjectsViewProps {
  countyCode: string;
  year: number;
  canManage: boolean;
  /** The project shown first (the one a page was opened from), if still there. */
  initialProjectId?: string | null;
  onShowRollup: (project: Project, row: ScoredRow) => void;
  /** Opens a project's printable form or report, or its import. */
  onOpenPage: (page: ProjectPage) => void;
  onLogin: () => void;
}

/** 项目自评 — the county's projects of the year, one of them shown as its scored form. */
export function ProjectsView({
  countyCode,
  year,
  canManage,
  initialProjectId = null,
  onShowRollup,
  onOpenPage,
  onLogin,
}: ProjectsViewProps) {
  const query = useApiQuery(DASHBOARD_PROJECTS_QUERY, {
    countyCode,
    year,
    first: PROJECTS_PER_YEAR,
    after: null,
  });
  const [selectedId, setSelectedId] = useState<string | null>(initialProjectId);
  const data = shownData(query.state);
  const projects = data?.projects.edges.map((edge) => edge.node) ?? [];
  const selected = projects.find((project) => project.id === selectedId) ?? projects[0] ?? null;

  return (
    <>
      <QueryStatus state={query.state} what="项目" onRetry={query.reload} onLogin={onLogin} />
      {data !== null && projects.length === 0 ? (
        <p className="banner warning">{year} 年度没有项目。</p>
      ) : null}
      {projects.length > 0 ? (
        <nav className="project-list" aria-label={`${year} 年度项目`}>
          <ul>
            {projects.map((project) => (
              <li key={project.id}>
                <button
                  type="button"
                  className="project-choice"
                  aria-pressed={project.id === selected?.id}
                  onClick={() => setSelectedId(project.id)}
                >
                  <span className="project-choice-name">{project.name}</span>
                  <span className="project-choice-meta">
                    {[
                      projectKindLabel(project.kind),
                      `总分 ${formatScore(project.evaluation.total)}`,
                      project.evaluation.grade,
                      ...(project.evaluation.complete ? [] : ['未完成']),
                    ].join(' · ')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {data?.projects.pageInfo.hasNextPage ? (
        <p className="hint">只显示前 {PROJECTS_PER_YEAR} 个项目。</p>
      ) : null}
      {selected === null ? null : (
        <ProjectEvaluation
          key={selected.id}
          project={selected}
          canManage={canManage}
          onShowRollup={onShowRollup}
          onOpenPage={onOpenPage}
          onLogin={onLogin}
          onChanged={query.reload}
        />
      )}
    </>
  );
}
