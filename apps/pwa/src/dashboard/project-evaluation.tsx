import { useRef, useState } from 'react';
import type { Project } from '../api/dashboard-documents.ts';
import { SCHEME_LABELS } from '../ui/labels.ts';
import { BudgetTable } from './budget-table.tsx';
import { formatScore, GRADE_RANGES, projectKindLabel } from './dashboard-labels.ts';
import { type ScoredRow, scoredTable } from './evaluation-rows.ts';
import { FindingsList } from './findings-list.tsx';
import { FormDownloads } from './form-downloads.tsx';
import { IndicatorEditor } from './indicator-editor.tsx';
import { IndicatorTable } from './indicator-table.tsx';
import type { ProjectPage } from './project-page.ts';

export interface ProjectEvaluationProps {
  project: Project;
  /** The county manager of the project's county: the indicators can be edited. */
  canManage: boolean;
  onShowRollup: (project: Project, row: ScoredRow) => void;
  /** Opens the project's printable form or report, or its import. */
  onOpenPage: (page: ProjectPage) => void;
  onLogin: () => void;
  /** After an edit: read and score the projects again. */
  onChanged: () => void;
}

/**
 * 项目自评 — one project's form as scored now: funds and budget execution, the indicator table
 * with flags and findings, the total and the grade; for the manager, the indicator editor.
 */
export function ProjectEvaluation({
  project,
  canManage,
  onShowRollup,
  onOpenPage,
  onLogin,
  onChanged,
}: ProjectEvaluationProps) {
  const [editingId, setEditingId] = useState<string | null>(null);
  // The 修改 button that opened the editor gets the focus back when it closes.
  const opener = useRef<HTMLElement | null>(null);
  const evaluation = project.evaluation;
  const { rows, otherFindings } = scoredTable(project);
  const editing =
    editingId === null ? null : (project.indicators.find((row) => row.id === editingId) ?? null);
  const headingId = `project-${project.id}`;
  const errors = evaluation.findings.filter((finding) => finding.severity === 'ERROR').length;
  const warnings = evaluation.findings.filter((finding) => finding.severity === 'WARNING').length;

  return (
    <article className="project" aria-labelledby={headingId}>
      <header className="project-header">
        <h3 id={headingId}>{project.name}</h3>
        <p className="hint">
          {project.title}（{projectKindLabel(project.kind)}）· {project.year} 年度 ·{' '}
          {project.implementingUnit}
          {project.scheme === null ? '' : ` · ${SCHEME_LABELS[project.scheme]}`}
        </p>
      </header>

      <dl className="score-summary">
        <div>
          <dt>总分</dt>
          <dd className="total">{formatScore(evaluation.total)}</dd>
        </div>
        <div>
          <dt>等级</dt>
          <dd className={`grade grade-${evaluation.grade}`}>
            {evaluation.grade}
            <span className="hint">（{GRADE_RANGES[evaluation.grade] ?? '优良中差'}）</span>
          </dd>
        </div>
        <div>
          <dt>预算执行得分</dt>
          <dd>
            {evaluation.budget === null
              ? '未评分'
              : `${formatScore(evaluation.budget.score)} / ` +
                formatScore(evaluation.budget.weight)}
          </dd>
        </div>
        <div>
          <dt>审核意见</dt>
          <dd>
            错误 {errors} 条，警告 {warnings} 条
          </dd>
        </div>
      </dl>

      {evaluation.complete ? null : (
        <p className="banner warning">
          评价未完成：有指标无法评分（如缺少全年完成值或指标值无法识别），总分和等级仅供参考。
        </p>
      )}

      <FormDownloads
        project={project}
        canManage={canManage}
        onOpenPage={onOpenPage}
        onLogin={onLogin}
      />

      <BudgetTable
        funds={project.funds}
        budget={evaluation.budget}
        caption="预算执行情况（万元）"
      />

      <IndicatorTable
        rows={rows}
        caption="绩效指标"
        onEdit={
          canManage
            ? (indicator) => {
                opener.current =
                  document.activeElement instanceof HTMLElement ? document.activeElement : null;
                setEditingId(indicator.id);
              }
            : undefined
        }
        onShowRollup={(row) => onShowRollup(project, row)}
      />

      {otherFindings.length === 0 ? null : (
        <section className="other-findings" aria-labelledby={`${headingId}-other`}>
          <h4 id={`${headingId}-other`}>其他审核意见（资金、总体情况等）</h4>
          <FindingsList findings={otherFindings} withSubject />
        </section>
      )}

      {canManage && editing !== null ? (
        <IndicatorEditor
          indicator={editing}
          projectScheme={project.scheme}
          onSaved={onChanged}
          onClose={() => {
            setEditingId(null);
            opener.current?.focus();
          }}
        />
      ) : null}
    </article>
  );
}
