import type { Indicator, Prisma, RespondentGroup, Scheme } from '@jixiao/db';
import {
  FIELD_METRICS,
  type FieldMetric,
  metricAllowsFilter,
  parseExpression,
} from '@jixiao/domain';
import { exact } from '@jixiao/scoring';
import { audit } from '../audit.ts';
import { requireManage } from '../auth/guards.ts';
import type { Context } from '../context.ts';
import { InvalidInputError, NotFoundError } from '../schema/errors.ts';
import { METRIC_TO_DB } from './field-actuals.ts';
import { isStorableKey } from './storable-text.ts';

/**
 * 指标管理 — what a county manager changes on a project's indicators: the manual actual and the
 * reason (未完成原因和改进措施), the target and the weight, the binding to a field metric. Every
 * change is checked (targets and actuals must be readable by the scoring's parser), limited to
 * the manager's own county, and written to the audit log in the same transaction.
 *
 * An argument left out is kept; an argument given as null clears the value.
 */
export const MAX_REASON_LENGTH = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type FieldErrors = { field: string; message: string }[];

/** The indicator, if the viewer manages its county (FORBIDDEN otherwise). */
async function indicatorToManage(context: Context, indicatorId: string) {
  const indicator = UUID.test(indicatorId)
    ? await context.db.prisma.indicator.findUnique({
        where: { id: indicatorId },
        include: { project: { select: { key: true, countyCode: true } } },
      })
    : null;
  if (!indicator) throw new NotFoundError('找不到该指标');
  requireManage(context, indicator.project.countyCode);
  return indicator;
}

function refuse(fieldErrors: FieldErrors): never {
  throw new InvalidInputError(fieldErrors.map((error) => error.message).join('；'), fieldErrors);
}

/** A target or actual text: null when cleared, the parser's message when unreadable. */
const NUL_MESSAGE = '含有无法保存的空字符（U+0000）';

function expressionText(
  field: string,
  text: string | null | undefined,
  errors: FieldErrors,
): string | null | undefined {
  if (text === undefined || text === null) return text;
  if (!isStorableKey(text)) {
    errors.push({ field, message: NUL_MESSAGE });
    return text;
  }
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const parsed = parseExpression(trimmed);
  if (!parsed.ok) errors.push({ field, message: parsed.error.message });
  return trimmed;
}

async function write(
  context: Context,
  indicator: Awaited<ReturnType<typeof indicatorToManage>>,
  action: string,
  change: (tx: Prisma.TransactionClient) => Promise<unknown>,
  details: Record<string, Prisma.InputJsonValue | null>,
): Promise<Indicator> {
  return context.db.prisma.$transaction(async (tx) => {
    await change(tx);
    await audit(tx, context, {
      action,
      entity: 'Indicator',
      entityId: indicator.id,
      countyCode: indicator.project.countyCode,
      details: { project: indicator.project.key, rowKey: indicator.rowKey, ...details },
    });
    return tx.indicator.findUniqueOrThrow({ where: { id: indicator.id } });
  });
}

export async function setIndicatorActual(
  context: Context,
  input: { indicatorId: string; actual?: string | null; reason?: string | null },
): Promise<Indicator> {
  const indicator = await indicatorToManage(context, input.indicatorId);
  const errors: FieldErrors = [];
  const actual = expressionText('actual', input.actual, errors);
  const reason = input.reason?.trim() === '' ? null : input.reason?.trim();
  if (reason && !isStorableKey(reason)) errors.push({ field: 'reason', message: NUL_MESSAGE });
  if (reason && reason.length > MAX_REASON_LENGTH) {
    errors.push({
      field: 'reason',
      message: `未完成原因和改进措施过长（${reason.length} 个字符，最多 ${MAX_REASON_LENGTH} 个）`,
    });
  }
  if (errors.length > 0) refuse(errors);
  // The rate printed on the filed form described the old actual: it goes with it.
  const changed = actual !== undefined && actual !== indicator.manualActual;
  const data = {
    ...(actual === undefined ? {} : { manualActual: actual }),
    ...(changed ? { printedRate: null } : {}),
    ...(reason === undefined ? {} : { reason }),
  };
  return write(
    context,
    indicator,
    'indicator.setActual',
    (tx) => tx.indicator.update({ where: { id: indicator.id }, data }),
    {
      ...(actual === undefined ? {} : { before: indicator.manualActual, actual }),
      ...(reason === undefined ? {} : { reasonChanged: true }),
    },
  );
}

export async function updateIndicator(
  context: Context,
  input: { indicatorId: string; target?: string | null; weight?: string | null },
): Promise<Indicator> {
  const indicator = await indicatorToManage(context, input.indicatorId);
  const errors: FieldErrors = [];
  const target = expressionText('target', input.target, errors);
  const { weight } = input;
  if (weight !== undefined && weight !== null && (exact(weight).lt(0) || exact(weight).gt(100))) {
    errors.push({ field: 'weight', message: `分值应在 0 到 100 之间，实为 ${weight}` });
  }
  if (errors.length > 0) refuse(errors);
  const data = {
    ...(target === undefined ? {} : { target }),
    ...(weight === undefined ? {} : { weight }),
  };
  return write(
    context,
    indicator,
    'indicator.update',
    (tx) => tx.indicator.update({ where: { id: indicator.id }, data }),
    {
      ...(target === undefined ? {} : { targetBefore: indicator.target, target }),
      ...(weight === undefined
        ? {}
        : { weightBefore: indicator.weight?.toString() ?? null, weight }),
    },
  );
}

export async function setIndicatorBinding(
  context: Context,
  input: {
    indicatorId: string;
    metric: FieldMetric;
    scheme?: Scheme | null;
    respondentGroup?: RespondentGroup | null;
  },
): Promise<Indicator> {
  const indicator = await indicatorToManage(context, input.indicatorId);
  const { metric } = input;
  const scheme = input.scheme ?? null;
  const respondentGroup = input.respondentGroup ?? null;
  const errors: FieldErrors = [];
  const name = FIELD_METRICS[metric].name;
  if (scheme !== null && !metricAllowsFilter(metric, 'scheme')) {
    errors.push({ field: 'scheme', message: `${name}来自满意度调查，不能按险种筛选` });
  }
  if (respondentGroup !== null && !metricAllowsFilter(metric, 'respondentGroup')) {
    errors.push({ field: 'respondentGroup', message: `${name}来自核实记录，不能按受访人群筛选` });
  }
  if (errors.length > 0) refuse(errors);
  const values = { metric: METRIC_TO_DB[metric], scheme, respondentGroup };
  return write(
    context,
    indicator,
    'indicator.setBinding',
    (tx) =>
      tx.indicatorBinding.upsert({
        where: { indicatorId: indicator.id },
        create: { indicatorId: indicator.id, ...values },
        update: values,
      }),
    values,
  );
}

export async function removeIndicatorBinding(
  context: Context,
  indicatorId: string,
): Promise<Indicator> {
  const indicator = await indicatorToManage(context, indicatorId);
  return write(
    context,
    indicator,
    'indicator.removeBinding',
    (tx) => tx.indicatorBinding.deleteMany({ where: { indicatorId: indicator.id } }),
    {},
  );
}
