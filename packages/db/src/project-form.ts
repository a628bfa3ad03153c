import type {
  EvaluationForm,
  Figure,
  FigureRelation,
  FormKind,
  FundSource,
  FundsBlock,
  IndicatorRow,
  NarrativeClaims,
  Signature,
} from '@jixiao/domain';
import type { Prisma } from '../generated/prisma/client.ts';
import { schemeFromDb, schemeToDb } from './enum-mapping.ts';

/**
 * A project in the database and the domain's EvaluationForm are the same thing in two shapes:
 * this module turns one into the other, so that the scoring engine sees a stored project exactly
 * as it sees a seed form.
 */
export type ProjectWithRows = Prisma.ProjectGetPayload<{
  include: { funds: true; indicators: { include: { binding: true } } };
}>;

export function projectCreateInput(key: string, form: EvaluationForm): Prisma.ProjectCreateInput {
  const funds = form.funds
    ? [
        { source: 'total', label: '年度资金总额', amounts: form.funds.total },
        ...form.funds.sources.map((line) => ({ ...line, source: line.source as string })),
      ]
    : [];
  return {
    key,
    countyCode: form.county.code,
    year: form.year,
    scheme: form.scheme ? schemeToDb(form.scheme) : null,
    kind: form.kind,
    title: form.title,
    name: form.projectName,
    departments: form.departments ?? undefined,
    implementingUnit: form.implementingUnit,
    goal: form.goal ?? null,
    goalOutcome: form.goalOutcome ?? null,
    narrative: form.narrative ? (form.narrative as unknown as Prisma.InputJsonValue) : undefined,
    figures: form.figures ? (form.figures as unknown as Prisma.InputJsonValue) : undefined,
    figureRelations: form.relations
      ? (form.relations as unknown as Prisma.InputJsonValue)
      : undefined,
    signature: form.signature ? (form.signature as unknown as Prisma.InputJsonValue) : undefined,
    remarks: form.remarks ?? null,
    funds: {
      create: funds.map((line, position) => ({
        position,
        source: line.source,
        label: line.label,
        budget: line.amounts.budget,
        arrived: line.amounts.arrived ?? null,
        executed: line.amounts.executed,
        printedRate: line.amounts.printedRate ?? null,
      })),
    },
    indicators: {
      create: form.indicators.map((row, position) => ({
        position,
        rowKey: row.id,
        level1: row.level1,
        level2: row.level2,
        name: row.name,
        target: row.target,
        manualActual: row.actual,
        printedRate: row.printedRate,
        weight: row.weight === null || row.weight === undefined ? null : String(row.weight),
        partOfRowKey: row.partOf ?? null,
        reason: row.reason ?? null,
        note: row.note ?? null,
      })),
    },
  };
}

function decimalText(value: { toString(): string } | null): string | null {
  return value === null ? null : value.toString();
}

/**
 * The project as an EvaluationForm. `actuals` overrides the actual of bound indicators (by row
 * key) with the figure computed from field data.
 */
export function formFromProject(
  project: ProjectWithRows,
  countyName: string,
  actuals: ReadonlyMap<string, string | null> = new Map(),
): EvaluationForm {
  const lines = [...project.funds].sort((a, b) => a.position - b.position);
  const total = lines.find((line) => line.source === 'total');
  const amounts = (line: (typeof lines)[number]) => ({
    budget: decimalText(line.budget),
    ...(line.arrived === null ? {} : { arrived: decimalText(line.arrived) }),
    executed: decimalText(line.executed),
    ...(line.printedRate === null ? {} : { printedRate: line.printedRate }),
  });
  const funds: FundsBlock | null = total
    ? {
        unit: 'wanYuan',
        total: amounts(total),
        sources: lines
          .filter((line) => line.source !== 'total')
          .map((line) => ({
            source: line.source as FundSource,
            label: line.label,
            amounts: amounts(line),
          })),
      }
    : null;
  const indicators: IndicatorRow[] = [...project.indicators]
    .sort((a, b) => a.position - b.position)
    .map((indicator) => ({
      id: indicator.rowKey,
      level1: indicator.level1,
      level2: indicator.level2,
      name: indicator.name,
      target: indicator.target,
      actual: actuals.has(indicator.rowKey)
        ? (actuals.get(indicator.rowKey) ?? null)
        : indicator.manualActual,
      printedRate: indicator.printedRate,
      ...(indicator.weight === null ? {} : { weight: Number(indicator.weight.toString()) }),
      ...(indicator.partOfRowKey ? { partOf: indicator.partOfRowKey } : {}),
      ...(indicator.reason === null ? {} : { reason: indicator.reason }),
      ...(indicator.note ? { note: indicator.note } : {}),
    }));
  return {
    id: project.key,
    kind: project.kind as FormKind,
    title: project.title,
    year: project.year,
    county: { name: countyName, code: project.countyCode },
    scheme: project.scheme ? schemeFromDb(project.scheme) : null,
    projectName: project.name,
    ...(project.departments
      ? { departments: project.departments as EvaluationForm['departments'] }
      : {}),
    implementingUnit: project.implementingUnit,
    funds,
    ...(project.goal ? { goal: project.goal } : {}),
    ...(project.goalOutcome ? { goalOutcome: project.goalOutcome } : {}),
    indicators,
    ...(project.narrative ? { narrative: project.narrative as unknown as NarrativeClaims } : {}),
    ...(project.figures ? { figures: project.figures as unknown as Figure[] } : {}),
    ...(project.figureRelations
      ? { relations: project.figureRelations as unknown as FigureRelation[] }
      : {}),
    ...(project.signature ? { signature: project.signature as unknown as Signature } : {}),
    ...(project.remarks ? { remarks: project.remarks } : {}),
    source: { file: 'database', section: project.key },
  };
}
