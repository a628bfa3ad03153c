import {
  formFromProject,
  type IndicatorBinding,
  type ProjectWithRows,
  type Scheme,
} from '@jixiao/db';
import { metricActual } from '@jixiao/domain';
import { evaluateForm, type FormEvaluation } from '@jixiao/scoring';
import type { Context } from '../context.ts';
import { METRIC_FROM_DB, surveyMetricCounts, verificationMetricCounts } from './field-actuals.ts';
import type { SurveyRollup, VerificationFigures } from './rollup-figures.ts';
import type { RollupArea } from './rollup-queries.ts';
import { surveyRollup, verificationRollup } from './rollup-service.ts';

/**
 * 项目评价 — a stored project scored by @jixiao/scoring, the one engine for everything. An
 * indicator bound to a field metric takes its 全年完成值 from the rollup of the project's county
 * and year (with the binding's filters), printed as a form prints it; a bound metric without data
 * gives no actual (the scoring flags it as missing), never a made-up value. Every other
 * indicator keeps its manual actual.
 */
export type ActualSource = 'MANUAL' | 'FIELD_DATA';

export interface ProjectEvaluation {
  project: ProjectWithRows;
  evaluation: FormEvaluation;
  /** Row key → where the scored actual came from. */
  actualSources: ReadonlyMap<string, ActualSource>;
}

export const PROJECT_WITH_ROWS = {
  funds: true,
  indicators: { include: { binding: true } },
} as const;

/** Rollups asked for by several projects of one request are computed once. */
const requestCache = new WeakMap<Context, Map<string, Promise<unknown>>>();

function cached<T>(context: Context, key: string, compute: () => Promise<T>): Promise<T> {
  let cache = requestCache.get(context);
  if (!cache) {
    cache = new Map();
    requestCache.set(context, cache);
  }
  const hit = cache.get(key) as Promise<T> | undefined;
  if (hit) return hit;
  const promise = compute();
  cache.set(key, promise);
  return promise;
}

/** The scheme a verification metric is filtered by: the binding's, else the project's. */
export function bindingScheme(binding: IndicatorBinding, project: ProjectWithRows): Scheme | null {
  return binding.scheme ?? project.scheme ?? null;
}

async function fieldActuals(
  context: Context,
  project: ProjectWithRows,
): Promise<Map<string, string | null>> {
  const scope: RollupArea = { countyCodes: [project.countyCode], townshipCode: null };
  const surveys = () =>
    cached<SurveyRollup>(context, `surveys:${project.countyCode}:${project.year}`, () =>
      surveyRollup(context, scope, project.year),
    );
  const verifications = (scheme: Scheme | null) =>
    cached<VerificationFigures>(
      context,
      `verifications:${project.countyCode}:${project.year}:${scheme ?? '*'}`,
      () => verificationRollup(context, scope, project.year, scheme),
    );
  const actuals = new Map<string, string | null>();
  for (const indicator of project.indicators) {
    const binding = indicator.binding;
    if (!binding) continue;
    const metric = METRIC_FROM_DB[binding.metric];
    const counts =
      metric === 'satisfactionRate' || metric === 'policyAwarenessRate'
        ? surveyMetricCounts(metric, await surveys(), binding.respondentGroup)
        : verificationMetricCounts(metric, await verifications(bindingScheme(binding, project)));
    actuals.set(indicator.rowKey, metricActual(metric, counts));
  }
  return actuals;
}

/** Loads and scores a project; null when there is no project with this id. */
export async function evaluateProject(
  context: Context,
  projectId: string,
): Promise<ProjectEvaluation | null> {
  const { prisma } = context.db;
  const project = await prisma.project.findUnique({
    where: { id: projectId },
    include: PROJECT_WITH_ROWS,
  });
  if (!project) return null;
  const county = await prisma.division.findUnique({ where: { code: project.countyCode } });
  const countyName = county?.name ?? project.countyCode;
  const actuals = await fieldActuals(context, project);
  const actualSources = new Map<string, ActualSource>(
    project.indicators.map((indicator) => [
      indicator.rowKey,
      actuals.has(indicator.rowKey) ? 'FIELD_DATA' : 'MANUAL',
    ]),
  );
  const evaluation = evaluateForm(formFromProject(project, countyName, actuals));
  return { project, evaluation, actualSources };
}
