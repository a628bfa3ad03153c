import { DEMO_PROJECTS } from '@jixiao/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

const EVALUATE = `query Evaluate($input: EvaluationInput!) {
  evaluate(input: $input) {
    total grade budgetScore complete
    indicators { rowKey name completionRate score weight flags }
    findings { code severity rowKey indicator subject message }
  }
}`;

interface EvaluateResult {
  evaluate: {
    total: number;
    grade: string;
    budgetScore: number | null;
    complete: boolean;
    indicators: {
      rowKey: string;
      name: string;
      completionRate: number | null;
      score: number;
      weight: number;
      flags: string[];
    }[];
    findings: {
      code: string;
      severity: string;
      rowKey: string | null;
      indicator: string | null;
      subject: string;
      message: string;
    }[];
  };
}

/** The 2020 resident pension form of 莎车县 as a county office would type it into `evaluate`. */
function residentPensionInput() {
  const form = DEMO_PROJECTS.find((demo) => demo.key === 'shache-2020-resident-pension')?.form;
  if (!form?.funds) throw new Error('no seed form');
  return {
    budget: form.funds.total.budget,
    executed: form.funds.total.executed,
    indicators: form.indicators.map((row) => ({
      level1: row.level1,
      level2: row.level2,
      name: row.name,
      target: row.target,
      actual: row.actual,
      printedRate: row.printedRate,
    })),
  };
}

describe('evaluate: a form checked before filing (PGlite)', () => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer({ rosterLimit: 10 });
    token = await server.login('shache-worker');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('scores the 2020 resident pension form: 98.18 优, ≤ row printed as B/A', async () => {
    const result = await server.graphql<EvaluateResult>(
      EVALUATE,
      { input: residentPensionInput() },
      token,
    );
    expect(result.errors).toBeUndefined();
    const evaluation = result.data?.evaluate;
    expect(Number(evaluation?.total.toFixed(2))).toBe(98.18);
    expect(evaluation?.grade).toBe('优');
    expect(evaluation?.budgetScore).toBeCloseTo(8.178, 3);
    expect(evaluation?.complete).toBe(true);
    expect(evaluation?.indicators[0]).toMatchObject({
      rowKey: 'r1',
      name: '居民养老保险每月缴费人数(人)',
      weight: 50 / 7,
      score: 50 / 7,
      flags: [],
    });
    // 382107 / 377693, uncapped.
    expect(evaluation?.indicators[0]?.completionRate).toBeCloseTo(101.1687, 4);
    expect(evaluation?.indicators[7]).toMatchObject({ flags: ['farAboveTarget'], score: 15 });
    const negative = evaluation?.findings.find(
      (found) => found.code === 'NEGATIVE_PRINTED_AS_POSITIVE',
    );
    expect(negative).toMatchObject({
      severity: 'ERROR',
      rowKey: 'r8',
      indicator: '城乡居民基本养老保险基金',
      subject: '城乡居民基本养老保险基金',
    });
    expect(negative?.message).toContain('14204 / 11616');
    expect(evaluation?.findings.map((found) => [found.rowKey, found.code])).toEqual([
      ['r6', 'KIND_DOES_NOT_FIT_LEVEL2'],
      ['r8', 'FAR_ABOVE_TARGET'],
      ['r8', 'NEGATIVE_PRINTED_AS_POSITIVE'],
    ]);
  });

  it('flags what is missing or unreadable, with the weights given', async () => {
    const result = await server.graphql<EvaluateResult>(
      EVALUATE,
      {
        input: {
          indicators: [
            {
              level1: '产出指标',
              level2: '数量指标',
              name: '享受待遇人数',
              target: '≥3250 人',
              actual: '3300人',
              weight: 50,
            },
            {
              level1: '效益指标',
              level2: '社会效益指标',
              name: '社会效益',
              target: '持续推动',
              weight: 30,
            },
            {
              level1: '满意度指标',
              level2: '服务对象满意度指标',
              name: '满意度',
              target: '≥ abc',
              actual: '95%',
              weight: 10,
            },
          ],
        },
      },
      token,
    );
    expect(result.errors).toBeUndefined();
    const evaluation = result.data?.evaluate;
    expect(evaluation?.budgetScore).toBeNull();
    expect(evaluation?.complete).toBe(false);
    expect(evaluation?.total).toBe(50);
    expect(evaluation?.grade).toBe('差');
    expect(evaluation?.indicators.map((row) => row.flags)).toEqual([
      [],
      ['missingActual'],
      ['unreadableTarget'],
    ]);
    expect(evaluation?.findings).toContainEqual(
      expect.objectContaining({ code: 'TARGET_UNREADABLE', rowKey: 'r3', indicator: '满意度' }),
    );
    expect(evaluation?.findings).toContainEqual(
      expect.objectContaining({ code: 'MISSING_ACTUAL', rowKey: 'r2', indicator: '社会效益' }),
    );
  });

  it('refuses more than 300 indicators and a signed-out caller', async () => {
    const row = { level1: '产出指标', name: '指标', target: '≥1', actual: '1' };
    const tooMany = await server.graphql(
      EVALUATE,
      { input: { indicators: Array.from({ length: 301 }, () => row) } },
      token,
    );
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.message).toBe('指标最多 300 个，实有 301 个');
    const anonymous = await server.graphql(EVALUATE, { input: { indicators: [row] } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
