import { randomUUID } from 'node:crypto';
import { DEMO_PROJECTS } from '@jixiao/demo-data';
import { type EvaluationForm, parseExpression } from '@jixiao/domain';
import { evaluateForm } from '@jixiao/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSurveyResponses, insertVerifications } from '../testing/field-fixtures.ts';
import { TOWNSHIP_A, TOWNSHIP_B } from '../testing/rollup-fixture.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

const PROJECTS = `query Projects($county: String!, $year: Int, $first: Int, $after: String) {
  projects(countyCode: $county, year: $year, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      id key name scheme year county { code name }
      funds { source label budget executed }
      indicators { id rowKey level1 level2 name target manualActual weight reason
        binding { metric scheme respondentGroup } }
    } }
  }
}`;

const EVALUATION = `query Project($id: ID!) {
  project(id: $id) {
    key
    evaluation {
      total grade complete budgetScore budget { executionRate score weight }
      indicators { rowKey name target actual actualSource completionRate score weight met flags }
      findings { code severity rowKey subject message }
    }
  }
}`;

const SET_ACTUAL = `mutation SetActual($id: ID!, $actual: String, $reason: String) {
  setIndicatorActual(indicatorId: $id, actual: $actual, reason: $reason) {
    __typename
    ... on MutationSetIndicatorActualSuccess { data { id manualActual reason } }
    ... on InvalidInputError { message fieldErrors { field message } }
    ... on NotFoundError { message }
  }
}`;

const UPDATE = `mutation Update($id: ID!, $target: String, $weight: Decimal) {
  updateIndicator(indicatorId: $id, target: $target, weight: $weight) {
    __typename
    ... on MutationUpdateIndicatorSuccess { data { id target weight } }
    ... on InvalidInputError { fieldErrors { field message } }
  }
}`;

const BIND = `mutation Bind($id: ID!, $metric: FieldMetric!, $scheme: Scheme,
  $group: RespondentGroup) {
  setIndicatorBinding(indicatorId: $id, metric: $metric, scheme: $scheme,
    respondentGroup: $group) {
    __typename
    ... on MutationSetIndicatorBindingSuccess {
      data { id binding { metric scheme respondentGroup } }
    }
    ... on InvalidInputError { fieldErrors { field message } }
  }
}`;

const UNBIND = `mutation Unbind($id: ID!) {
  removeIndicatorBinding(indicatorId: $id) {
    __typename
    ... on MutationRemoveIndicatorBindingSuccess { data { id binding { metric } } }
  }
}`;

const LOCK = `mutation Lock($county: String!, $year: Int!) {
  lockYear(countyCode: $county, year: $year) {
    __typename
    ... on MutationLockYearSuccess { data { countyCode year locked lockedAt } }
    ... on InvalidInputError { fieldErrors { field message } }
  }
}`;

const UNLOCK = `mutation Unlock($county: String!, $year: Int!) {
  unlockYear(countyCode: $county, year: $year) {
    __typename
    ... on MutationUnlockYearSuccess { data { countyCode year locked lockedAt } }
  }
}`;

interface IndicatorNode {
  id: string;
  rowKey: string;
  name: string;
  binding: { metric: string; scheme: string | null; respondentGroup: string | null } | null;
}
interface ProjectNode {
  id: string;
  key: string;
  indicators: IndicatorNode[];
}
interface Evaluation {
  total: number;
  grade: string;
  complete: boolean;
  budgetScore: number | null;
  indicators: {
    rowKey: string;
    actual: string | null;
    actualSource: string;
    completionRate: number | null;
    score: number;
    weight: number;
    flags: string[];
  }[];
  findings: { code: string; rowKey: string | null; severity: string }[];
}

function seedForm(key: string): EvaluationForm {
  const project = DEMO_PROJECTS.find((demo) => demo.key === key);
  if (!project) throw new Error(`no demo project ${key}`);
  return project.form;
}

/** [row, weight, score] to 4 decimals, as the foundation's scored tables give them. */
function breakdown(indicators: { rowKey: string; weight: number; score: number }[]) {
  return indicators.map((row) => [
    row.rowKey,
    Number(row.weight.toFixed(4)),
    Number(row.score.toFixed(4)),
  ]);
}

describe('projects and their evaluations over HTTP (PGlite)', () => {
  let server: TestServer;
  let manager: string;
  let projects: Map<string, ProjectNode>;

  const project = (key: string) => {
    const found = projects.get(key);
    if (!found) throw new Error(`no project ${key}`);
    return found;
  };
  const indicatorId = (key: string, rowKey: string) => {
    const found = project(key).indicators.find((row) => row.rowKey === rowKey);
    if (!found) throw new Error(`no row ${rowKey} in ${key}`);
    return found.id;
  };
  const evaluate = async (key: string, token = manager): Promise<Evaluation> => {
    const result = await server.graphql<{ project: { evaluation: Evaluation } }>(
      EVALUATION,
      { id: project(key).id },
      token,
    );
    expect(result.errors).toBeUndefined();
    return result.data?.project.evaluation as Evaluation;
  };
  const row = (evaluation: Evaluation, rowKey: string) =>
    evaluation.indicators.find((indicator) => indicator.rowKey === rowKey);

  beforeAll(async () => {
    server = await startTestServer({ rosterLimit: 10 });
    manager = await server.login('shache-manager');
    const result = await server.graphql<{ projects: { edges: { node: ProjectNode }[] } }>(
      PROJECTS,
      { county: '653125', year: 2020 },
      manager,
    );
    projects = new Map(result.data?.projects.edges.map(({ node }) => [node.key, node]));
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('reading', () => {
    it('lists 莎车县’s four 2020 projects with funds, indicators and bindings', async () => {
      expect([...projects.keys()]).toEqual([
        'shache-2020-employee-medical',
        'shache-2020-institution-pension',
        'shache-2020-resident-medical',
        'shache-2020-resident-pension',
      ]);
      const result = await server.graphql<{ projects: { edges: { node: unknown }[] } }>(
        PROJECTS,
        { county: '653125', year: 2020 },
        manager,
      );
      const resident = result.data?.projects.edges
        .map(({ node }) => node)
        .find((node) => (node as ProjectNode).key === 'shache-2020-resident-pension');
      expect(resident).toMatchObject({
        name: '城乡居民基本养老保险项目基金',
        scheme: 'RESIDENT_PENSION',
        year: 2020,
        county: { code: '653125', name: '莎车县' },
        funds: [
          { source: 'total', budget: '14204', executed: '11616' },
          { source: 'central', label: '其中：中央补助', budget: '14204', executed: '11616' },
        ],
      });
      const rows = (resident as ProjectNode).indicators;
      expect(rows).toHaveLength(11);
      expect(rows[10]).toMatchObject({
        rowKey: 'r11',
        name: '补助人员满意度 (%)',
        target: '$\\geq 95\\%$',
        manualActual: '95%',
        binding: {
          metric: 'SATISFACTION_RATE',
          scheme: null,
          respondentGroup: 'RESIDENT_BENEFICIARY',
        },
      });
      expect(
        project('shache-2020-institution-pension')
          .indicators.filter((indicator) => indicator.binding)
          .map((indicator) => [indicator.rowKey, indicator.binding?.metric]),
      ).toEqual([
        ['r01', 'BENEFICIARY_COUNT'],
        ['r05', 'PAYMENT_ACCURACY'],
        ['r14', 'SATISFACTION_RATE'],
      ]);
    });

    it('pages through the connection', async () => {
      const first = await server.graphql<{
        projects: {
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: ProjectNode }[];
        };
      }>(PROJECTS, { county: '653125', first: 3 }, manager);
      expect(first.data?.projects.edges).toHaveLength(3);
      expect(first.data?.projects.pageInfo.hasNextPage).toBe(true);
      const second = await server.graphql<{ projects: { edges: { node: ProjectNode }[] } }>(
        PROJECTS,
        { county: '653125', first: 3, after: first.data?.projects.pageInfo.endCursor },
        manager,
      );
      expect(second.data?.projects.edges.map(({ node }) => node.key)).toEqual([
        'shache-2020-resident-pension',
      ]);
    });

    it('lets the 喀什地区 viewer read, and forbids 和硕县’s manager and a field worker', async () => {
      const viewer = await server.login('kashgar-viewer');
      const read = await server.graphql(PROJECTS, { county: '653125' }, viewer);
      expect(read.errors).toBeUndefined();
      for (const username of ['heshuo-manager', 'bayingol-viewer', 'shache-worker']) {
        const token = await server.login(username);
        const denied = await server.graphql(PROJECTS, { county: '653125' }, token);
        expect(denied.errors?.[0]?.extensions?.code, username).toBe('FORBIDDEN');
        const single = await server.graphql(
          EVALUATION,
          { id: project('shache-2020-resident-pension').id },
          token,
        );
        expect(single.errors?.[0]?.extensions?.code, username).toBe('FORBIDDEN');
      }
      const unknown = await server.graphql<{ project: null }>(
        EVALUATION,
        { id: randomUUID() },
        manager,
      );
      expect(unknown.data?.project).toBeNull();
    });
  });

  describe('evaluation', () => {
    it('leaves bound rows without field data unscored: missing, not made up', async () => {
      const evaluation = await evaluate('shache-2020-resident-pension');
      for (const rowKey of ['r10', 'r11']) {
        expect(row(evaluation, rowKey)).toMatchObject({
          actual: null,
          actualSource: 'FIELD_DATA',
          completionRate: null,
          score: 0,
          flags: ['missingActual'],
        });
        expect(evaluation.findings).toContainEqual(
          expect.objectContaining({ code: 'MISSING_ACTUAL', rowKey, severity: 'WARNING' }),
        );
      }
      // 98.178 of the scored table less the two unscored 5-point rows.
      expect(evaluation.total).toBeCloseTo(88.178, 3);
      expect(evaluation.grade).toBe('良');
      expect(evaluation.complete).toBe(false);
    });

    it('equals the foundation’s scored tables once the bindings are removed', async () => {
      const unbind = [
        ['shache-2020-resident-pension', 'r10'],
        ['shache-2020-resident-pension', 'r11'],
        ['shache-2020-institution-pension', 'r01'],
        ['shache-2020-institution-pension', 'r05'],
        ['shache-2020-institution-pension', 'r14'],
      ] as const;
      for (const [key, rowKey] of unbind) {
        const result = await server.graphql<{
          removeIndicatorBinding: { __typename: string; data: { binding: null } };
        }>(UNBIND, { id: indicatorId(key, rowKey) }, manager);
        expect(result.data?.removeIndicatorBinding).toMatchObject({
          __typename: 'MutationRemoveIndicatorBindingSuccess',
          data: { binding: null },
        });
      }

      const resident = await evaluate('shache-2020-resident-pension');
      expect(Number(resident.total.toFixed(2))).toBe(98.18);
      expect(resident.grade).toBe('优');
      expect(resident.complete).toBe(true);
      expect(resident.budgetScore).toBeCloseTo(8.178, 3);
      const seventh = Number((50 / 7).toFixed(4));
      expect(breakdown(resident.indicators)).toEqual([
        ['r01', seventh, seventh],
        ['r02', seventh, seventh],
        ['r03', seventh, seventh],
        ['r04', seventh, seventh],
        ['r05', seventh, seventh],
        ['r06', seventh, seventh],
        ['r07', seventh, seventh],
        ['r08', 15, 15],
        ['r09', 15, 15],
        ['r10', 5, 5],
        ['r11', 5, 5],
      ]);
      expect(resident.indicators.every((indicator) => indicator.actualSource === 'MANUAL')).toBe(
        true,
      );
      expect(resident.findings.map((found) => [found.rowKey, found.code])).toEqual([
        ['r06', 'KIND_DOES_NOT_FIT_LEVEL2'],
        ['r08', 'FAR_ABOVE_TARGET'],
        ['r08', 'NEGATIVE_PRINTED_AS_POSITIVE'],
        [null, 'NARRATIVE_COUNT_MISMATCH'],
        [null, 'NARRATIVE_COMPLETED_EXCEEDS_TOTAL'],
      ]);

      const institution = await evaluate('shache-2020-institution-pension');
      expect(Number(institution.total.toFixed(2))).toBe(93.48);
      expect(institution.grade).toBe('优');
      expect(institution.complete).toBe(false);
      expect(breakdown(institution.indicators)).toEqual([
        ['r01', 6.25, 6.2238],
        ['r02', 6.25, 6.25],
        ['r03', 6.25, 6.25],
        ['r04', 6.25, 6.25],
        ['r05', 6.25, 6.25],
        ['r06', 6.25, 6.25],
        ['r07', 6.25, 6.25],
        ['r08', 6.25, 6.25],
        ['r09', 6, 6],
        ['r10', 6, 0],
        ['r11', 6, 6],
        ['r12', 6, 6],
        ['r13', 6, 6],
        ['r14', 10, 10],
      ]);
      expect(institution.findings.map((found) => [found.rowKey, found.code])).toEqual([
        ['r09', 'KIND_DOES_NOT_FIT_LEVEL2'],
        ['r10', 'KIND_DOES_NOT_FIT_LEVEL2'],
        ['r10', 'MISSING_ACTUAL'],
        ['r11', 'NEGATIVE_PRINTED_AS_POSITIVE'],
        [null, 'NARRATIVE_COMPLETED_EXCEEDS_TOTAL'],
        [null, 'NARRATIVE_ALL_MET_CONTRADICTED'],
        [null, 'NARRATIVE_RATE_MISMATCH'],
      ]);
      // The same engine on the seed form itself gives the same scores.
      const seed = evaluateForm(seedForm('shache-2020-institution-pension'));
      expect(institution.total).toBeCloseTo(seed.total, 10);
    });

    it('takes a bound indicator’s actual from the rollup: 3 of 4 satisfied → 75.00%', async () => {
      const prisma = server.running.database.prisma;
      await insertSurveyResponses(prisma, [
        { townshipCode: TOWNSHIP_A, respondentGroup: 'RESIDENT_BENEFICIARY', satisfaction: [2, 2] },
        { townshipCode: TOWNSHIP_B, respondentGroup: 'RESIDENT_BENEFICIARY', satisfaction: [2, 1] },
        // Another group, another year, a late record: none counts for r11.
        { townshipCode: TOWNSHIP_A, respondentGroup: 'INSTITUTION_RETIREE', satisfaction: [4, 0] },
        {
          townshipCode: TOWNSHIP_A,
          respondentGroup: 'RESIDENT_BENEFICIARY',
          satisfaction: [4, 0],
          year: 2019,
        },
        {
          townshipCode: TOWNSHIP_A,
          respondentGroup: 'RESIDENT_BENEFICIARY',
          satisfaction: [4, 0],
          late: true,
        },
      ]);
      const bound = await server.graphql<{
        setIndicatorBinding: { __typename: string; data: IndicatorNode };
      }>(
        BIND,
        {
          id: indicatorId('shache-2020-resident-pension', 'r11'),
          metric: 'SATISFACTION_RATE',
          group: 'RESIDENT_BENEFICIARY',
        },
        manager,
      );
      expect(bound.data?.setIndicatorBinding).toMatchObject({
        __typename: 'MutationSetIndicatorBindingSuccess',
        data: {
          binding: {
            metric: 'SATISFACTION_RATE',
            scheme: null,
            respondentGroup: 'RESIDENT_BENEFICIARY',
          },
        },
      });
      const evaluation = await evaluate('shache-2020-resident-pension');
      const r11 = row(evaluation, 'r11');
      expect(r11).toMatchObject({ actual: '75.00%', actualSource: 'FIELD_DATA', weight: 5 });
      // 75 / 95 of the target: 78.9474%, 5 × 75 / 95 = 3.9474 points.
      expect(r11?.completionRate).toBeCloseTo(78.9474, 4);
      expect(r11?.score).toBeCloseTo(3.9474, 4);
      expect(evaluation.total).toBeCloseTo(98.178 - 5 + (5 * 75) / 95, 3);
      expect(Number(evaluation.total.toFixed(2))).toBe(97.13);
      expect(evaluation.complete).toBe(true);
    });

    it('filters by the project’s scheme when the binding sets none', async () => {
      const prisma = server.running.database.prisma;
      await insertVerifications(prisma, [
        ...Array.from({ length: 3 }, () => ({
          townshipCode: TOWNSHIP_A,
          scheme: 'INSTITUTION_PENSION' as const,
        })),
        { townshipCode: TOWNSHIP_A, scheme: 'INSTITUTION_PENSION', paymentCorrect: false },
        // Resident pension records: they would make it 3 of 6 = 50% if they counted.
        { townshipCode: TOWNSHIP_B, paymentCorrect: false },
        { townshipCode: TOWNSHIP_B, paymentCorrect: false },
      ]);
      const result = await server.graphql<{ setIndicatorBinding: { __typename: string } }>(
        BIND,
        { id: indicatorId('shache-2020-institution-pension', 'r05'), metric: 'PAYMENT_ACCURACY' },
        manager,
      );
      expect(result.data?.setIndicatorBinding.__typename).toBe(
        'MutationSetIndicatorBindingSuccess',
      );
      const evaluation = await evaluate('shache-2020-institution-pension');
      expect(row(evaluation, 'r05')).toMatchObject({
        actual: '75.00%',
        actualSource: 'FIELD_DATA',
      });
      const form = seedForm('shache-2020-institution-pension');
      const expected = evaluateForm({
        ...form,
        indicators: form.indicators.map((indicator) =>
          indicator.id === 'r05' ? { ...indicator, actual: '75.00%' } : indicator,
        ),
      });
      expect(evaluation.total).toBeCloseTo(expected.total, 10);
      expect(evaluation.total).toBeLessThan(93.48);
    });
  });

  describe('manager operations', () => {
    const medical = 'shache-2020-employee-medical';

    it('sets a manual actual and a reason, audited, and scores it', async () => {
      const id = indicatorId(medical, 'r03');
      const result = await server.graphql<{ setIndicatorActual: unknown }>(
        SET_ACTUAL,
        { id, actual: '9300人', reason: '按月核对参保名册' },
        manager,
      );
      expect(result.data?.setIndicatorActual).toEqual({
        __typename: 'MutationSetIndicatorActualSuccess',
        data: { id, manualActual: '9300人', reason: '按月核对参保名册' },
      });
      const evaluation = await evaluate(medical);
      // ≥9242人 → 9300人: 100.63%, full marks.
      expect(row(evaluation, 'r03')?.completionRate).toBeCloseTo((9300 / 9242) * 100, 6);
      const events = await server.running.database.prisma.auditEvent.findMany({
        where: { action: 'indicator.setActual', entityId: id },
      });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        entity: 'Indicator',
        countyCode: '653125',
        details: { project: medical, rowKey: 'r03', before: null, actual: '9300人' },
      });
    });

    it('drops the rate the filed form printed once the actual changes', async () => {
      const institution = 'shache-2020-institution-pension';
      const id = indicatorId(institution, 'r02');
      const printedWrong = (evaluation: Awaited<ReturnType<typeof evaluate>>) =>
        evaluation.findings.some(
          (found) => found.rowKey === 'r02' && found.code === 'PRINTED_RATE_WRONG',
        );
      await server.graphql(SET_ACTUAL, { id, actual: '97%' }, manager);
      expect(printedWrong(await evaluate(institution))).toBe(false);
      expect(row(await evaluate(institution), 'r02')?.completionRate).toBeCloseTo(97, 6);
      await server.graphql(SET_ACTUAL, { id, actual: '100%' }, manager);
    });

    it('refuses an unreadable actual (parser’s message) and a reason over 1000', async () => {
      const result = await server.graphql<{ setIndicatorActual: unknown }>(
        SET_ACTUAL,
        { id: indicatorId(medical, 'r03'), actual: 'abc', reason: '因'.repeat(1001) },
        manager,
      );
      const parsed = parseExpression('abc');
      expect(parsed.ok).toBe(false);
      expect(result.data?.setIndicatorActual).toMatchObject({
        __typename: 'InvalidInputError',
        fieldErrors: [
          { field: 'actual', message: parsed.ok ? '' : parsed.error.message },
          { field: 'reason', message: expect.stringContaining('1001') },
        ],
      });
    });

    it('edits target and weight; refuses an unreadable target, a weight over 100', async () => {
      const id = indicatorId(medical, 'r03');
      const bad = await server.graphql<{ updateIndicator: unknown }>(
        UPDATE,
        { id, target: '≥ 九千人', weight: '150' },
        manager,
      );
      expect(bad.data?.updateIndicator).toMatchObject({
        __typename: 'InvalidInputError',
        fieldErrors: [
          { field: 'target', message: expect.stringContaining('≥ 九千人') },
          { field: 'weight', message: '分值应在 0 到 100 之间，实为 150' },
        ],
      });
      const good = await server.graphql<{ updateIndicator: unknown }>(
        UPDATE,
        { id, target: '≥9500人', weight: '6.5' },
        manager,
      );
      expect(good.data?.updateIndicator).toEqual({
        __typename: 'MutationUpdateIndicatorSuccess',
        data: { id, target: '≥9500人', weight: '6.5' },
      });
      const evaluation = await evaluate(medical);
      expect(row(evaluation, 'r03')?.completionRate).toBeCloseTo((9300 / 9500) * 100, 6);
    });

    it('refuses a filter the metric does not take', async () => {
      const result = await server.graphql<{ setIndicatorBinding: unknown }>(
        BIND,
        { id: indicatorId(medical, 'r02'), metric: 'BENEFICIARY_COUNT', group: 'CONTRIBUTOR' },
        manager,
      );
      expect(result.data?.setIndicatorBinding).toMatchObject({
        __typename: 'InvalidInputError',
        fieldErrors: [{ field: 'respondentGroup' }],
      });
    });

    it('answers NotFoundError for an unknown indicator', async () => {
      for (const id of [randomUUID(), 'not-a-uuid']) {
        const result = await server.graphql<{ setIndicatorActual: unknown }>(
          SET_ACTUAL,
          { id, actual: '1' },
          manager,
        );
        expect(result.data?.setIndicatorActual).toEqual({
          __typename: 'NotFoundError',
          message: '找不到该指标',
        });
      }
    });

    it('forbids another county’s manager and every other role', async () => {
      const id = indicatorId(medical, 'r03');
      for (const username of ['heshuo-manager', 'kashgar-viewer', 'shache-worker', 'admin']) {
        const token = await server.login(username);
        for (const [query, variables] of [
          [SET_ACTUAL, { id, actual: '1' }],
          [UPDATE, { id, target: '≥1' }],
          [BIND, { id, metric: 'BENEFICIARY_COUNT' }],
          [UNBIND, { id }],
          [LOCK, { county: '653125', year: 2020 }],
        ] as const) {
          const result = await server.graphql(query, variables, token);
          expect(result.errors?.[0]?.extensions?.code, `${username}: ${query}`).toBe('FORBIDDEN');
        }
      }
      const row = await server.running.database.prisma.indicator.findUniqueOrThrow({
        where: { id },
      });
      expect(row.manualActual).toBe('9300人');
    });

    it('locks and unlocks a year, keeping the first lock, audited', async () => {
      const first = await server.graphql<{
        lockYear: { __typename: string; data: { locked: boolean; lockedAt: string } };
      }>(LOCK, { county: '653125', year: 2020 }, manager);
      expect(first.data?.lockYear).toMatchObject({
        __typename: 'MutationLockYearSuccess',
        data: { locked: true },
      });
      const again = await server.graphql<{ lockYear: { data: { lockedAt: string } } }>(
        LOCK,
        { county: '653125', year: 2020 },
        manager,
      );
      expect(again.data?.lockYear.data.lockedAt).toBe(first.data?.lockYear.data.lockedAt);
      const prisma = server.running.database.prisma;
      expect(await prisma.yearLock.count({ where: { countyCode: '653125', year: 2020 } })).toBe(1);
      const unlocked = await server.graphql(UNLOCK, { county: '653125', year: 2020 }, manager);
      expect(unlocked.data).toEqual({
        unlockYear: {
          __typename: 'MutationUnlockYearSuccess',
          data: { countyCode: '653125', year: 2020, locked: false, lockedAt: null },
        },
      });
      expect(await prisma.yearLock.count({ where: { countyCode: '653125' } })).toBe(0);
      expect(
        await prisma.auditEvent.count({
          where: { action: { in: ['year.lock', 'year.unlock'] }, countyCode: '653125' },
        }),
      ).toBe(3);
      const badYear = await server.graphql(LOCK, { county: '653125', year: 1900 }, manager);
      expect(badYear.data).toMatchObject({
        lockYear: { __typename: 'InvalidInputError', fieldErrors: [{ field: 'year' }] },
      });
    });
  });
});
