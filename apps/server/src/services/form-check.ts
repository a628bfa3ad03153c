import type { EvaluationForm, IndicatorRow } from '@jixiao/domain';
import { evaluateForm, type FormEvaluation } from '@jixiao/scoring';
import { GraphQLError } from 'graphql';

/**
 * 填报前检查 — scores a form given as input (a county office checks it before filing), with the
 * same engine as the stored projects. Stateless: nothing is read or written.
 */
export const MAX_INPUT_INDICATORS = 300;
export const MAX_INPUT_TEXT = 500;

export interface FormCheckIndicator {
  level1: string;
  level2?: string | null;
  name: string;
  target?: string | null;
  actual?: string | null;
  weight?: number | null;
  printedRate?: string | null;
}

export interface FormCheckInput {
  /** 全年预算数 A and 全年执行数 B (万元), exact decimal strings. */
  budget?: string | null;
  executed?: string | null;
  indicators: FormCheckIndicator[];
}

function badInput(fieldErrors: { field: string; message: string }[]): GraphQLError {
  return new GraphQLError(fieldErrors.map((error) => error.message).join('；'), {
    extensions: { code: 'BAD_USER_INPUT', fieldErrors },
  });
}

function checkInput(input: FormCheckInput): void {
  if (input.indicators.length > MAX_INPUT_INDICATORS) {
    throw badInput([
      {
        field: 'indicators',
        message: `指标最多 ${MAX_INPUT_INDICATORS} 个，实有 ${input.indicators.length} 个`,
      },
    ]);
  }
  const errors: { field: string; message: string }[] = [];
  input.indicators.forEach((indicator, index) => {
    for (const key of ['level1', 'level2', 'name', 'target', 'actual', 'printedRate'] as const) {
      const text = indicator[key];
      if (text && text.length > MAX_INPUT_TEXT) {
        errors.push({
          field: `indicators.${index}.${key}`,
          message: `第 ${index + 1} 个指标的 ${key} 过长（最多 ${MAX_INPUT_TEXT} 个字符）`,
        });
      }
    }
    const { weight } = indicator;
    if (weight !== null && weight !== undefined && (weight < 0 || weight > 100)) {
      errors.push({
        field: `indicators.${index}.weight`,
        message: `第 ${index + 1} 个指标的分值应在 0 到 100 之间`,
      });
    }
  });
  if (errors.length > 0) throw badInput(errors);
}

/** Row keys are r1, r2, … in the order given. */
export function formOfInput(input: FormCheckInput, year: number): EvaluationForm {
  checkInput(input);
  const indicators: IndicatorRow[] = input.indicators.map((indicator, index) => ({
    id: `r${index + 1}`,
    level1: indicator.level1,
    level2: indicator.level2 ?? null,
    name: indicator.name,
    target: indicator.target ?? null,
    actual: indicator.actual ?? null,
    printedRate: indicator.printedRate ?? null,
    ...(indicator.weight === null || indicator.weight === undefined
      ? {}
      : { weight: indicator.weight }),
  }));
  const budget = input.budget ?? null;
  const executed = input.executed ?? null;
  return {
    id: 'evaluate-input',
    kind: 'self-evaluation',
    title: '绩效自评表（填报前检查）',
    year,
    county: { name: '', code: '' },
    scheme: null,
    projectName: '',
    implementingUnit: '',
    funds:
      budget === null && executed === null
        ? null
        : { unit: 'wanYuan', total: { budget, executed }, sources: [] },
    indicators,
    source: { file: 'input', section: 'evaluate' },
  };
}

export function checkForm(input: FormCheckInput, year: number): FormEvaluation {
  return evaluateForm(formOfInput(input, year));
}
