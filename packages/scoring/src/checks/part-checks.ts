import { convert, type Expression, type ExpressionResult } from '@jixiao/domain';
import type { FormEvaluation, IndicatorEvaluation } from '../evaluate-form.ts';
import { type ExactDecimal, exact } from '../exact-decimal.ts';
import { type Finding, finding } from '../finding.ts';

type Quantity = Extract<Expression, { kind: 'quantity' }>;

function quantity(result: ExpressionResult | null): Quantity | null {
  return result?.ok && result.value.kind === 'quantity' ? result.value : null;
}

/** The part's value in the parent's unit, or null when they cannot be compared. */
function inParentUnit(parent: Quantity, part: Quantity): ExactDecimal | null {
  if (parent.unit === null || part.unit === null || parent.unit === part.unit) {
    return exact(part.value);
  }
  try {
    return exact(convert(part.value, part.unit, parent.unit));
  } catch {
    return null;
  }
}

function checkColumn(
  parent: IndicatorEvaluation,
  parts: IndicatorEvaluation[],
  column: 'target' | 'actual',
): Finding | null {
  const whole = quantity(parent[column]);
  if (!whole) return null;
  const values = parts.map((part) => {
    const value = quantity(part[column]);
    return value ? inParentUnit(whole, value) : null;
  });
  if (values.some((value) => value === null)) return null;
  const sum = values.reduce((acc: ExactDecimal, value) => acc.plus(value ?? 0), exact(0));
  const total = exact(whole.value);
  const label = column === 'target' ? '指标值' : '完成值';
  const names = parts.map((part) => part.row.name.replace(/^其中[:：]\s*/, '')).join('、');
  if (parts.length === 1) {
    if (sum.lte(total)) return null;
    return finding(
      'PARTS_EXCEED_PARENT',
      parent.row.name,
      `${parent.row.name}：其中“${names}”的${label} ${sum.toString()} 超过总数 ${total.toString()}`,
      parent.row.id,
    );
  }
  if (sum.eq(total)) return null;
  return finding(
    'PARTS_DO_NOT_ADD_UP',
    parent.row.name,
    `${parent.row.name}：其中各项（${names}）的${label}合计 ${sum.toString()}，` +
      `与总数 ${total.toString()} 不符`,
    parent.row.id,
  );
}

/**
 * "其中" rows: several parts must add up to their parent (150 = 88 + 52 + 10); a single part is
 * a subset and may not exceed it (建档立卡贫困户 ≤ 缴费人数). Targets and actuals alike.
 */
export function checkParts(evaluation: FormEvaluation): Finding[] {
  const byId = new Map(evaluation.indicators.map((indicator) => [indicator.row.id, indicator]));
  const partsOf = new Map<string, IndicatorEvaluation[]>();
  for (const indicator of evaluation.indicators) {
    const parentId = indicator.row.partOf;
    if (parentId === undefined) continue;
    partsOf.set(parentId, [...(partsOf.get(parentId) ?? []), indicator]);
  }
  const findings: Finding[] = [];
  for (const [parentId, parts] of partsOf) {
    const parent = byId.get(parentId);
    if (!parent) continue;
    for (const column of ['target', 'actual'] as const) {
      const found = checkColumn(parent, parts, column);
      if (found) findings.push(found);
    }
  }
  return findings;
}
