import { townshipCode } from '@jixiao/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSurveyResponses, replaceRoster } from '../testing/field-fixtures.ts';
import { loadRollupFixture, SHACHE, TOWNSHIP_A, TOWNSHIP_B } from '../testing/rollup-fixture.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

const RATE = 'answers positive respondents rate interval { lower upper halfWidth } smallSample';
const SURVEY = `responses satisfaction { ${RATE} } awareness { ${RATE} } lateRecords`;
const VERIFICATIONS = `roster verified coverage
  outcomes { aliveEligible deceased moved imprisoned duplicateEnrolment otherIneligible }
  paidCorrectly paymentAccuracy ineligiblePayments amountToRecover lateRecords`;
const ROLLUP = `query Rollup($code: String!, $year: Int!, $scheme: Scheme) {
  rollup(divisionCode: $code, year: $year, scheme: $scheme) {
    divisionCode divisionName level year scheme
    surveys { total { ${SURVEY} } byGroup { respondentGroup ${SURVEY} } }
    verifications { ${VERIFICATIONS} }
    townships { code name surveys { total { ${SURVEY} } } verifications { ${VERIFICATIONS} } }
  }
}`;

interface RollupResult {
  rollup: {
    divisionCode: string;
    divisionName: string;
    level: string;
    surveys: { total: unknown; byGroup: { respondentGroup: string }[] };
    verifications: unknown;
    townships: {
      code: string;
      name: string;
      surveys: { total: unknown };
      verifications: unknown;
    }[];
  };
}

/** Floats to 4 decimals, so that hand-computed figures can be written literally. */
function rounded<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_key, item: unknown) =>
      typeof item === 'number' ? Number(item.toFixed(4)) : item,
    ),
  ) as T;
}

const NO_RATE = {
  answers: 0,
  positive: 0,
  respondents: 0,
  rate: null,
  interval: null,
  smallSample: true,
};

// Worked out by hand from loadRollupFixture (2020; the late, uncounted and 2019 rows left out).
// Satisfaction of 城乡居民待遇领取人员: 2 + 1 satisfied of 2 + 2 valid answers = 75%, from 2
// respondents (the third gave no valid answer): Wilson p = 0.75, n = 2 → [19.7867, 97.3323].
const RESIDENT_BENEFICIARIES = {
  respondentGroup: 'RESIDENT_BENEFICIARY',
  responses: 3,
  satisfaction: {
    answers: 4,
    positive: 3,
    respondents: 2,
    rate: 75,
    interval: { lower: 19.7867, upper: 97.3323, halfWidth: 38.7728 },
    smallSample: true,
  },
  awareness: {
    answers: 2,
    positive: 1,
    respondents: 2,
    rate: 50,
    interval: { lower: 9.4531, upper: 90.5469, halfWidth: 40.5469 },
    smallSample: true,
  },
  lateRecords: 1,
};

const INSTITUTION_RETIREES = {
  respondentGroup: 'INSTITUTION_RETIREE',
  responses: 1,
  satisfaction: {
    answers: 1,
    positive: 1,
    respondents: 1,
    rate: 100,
    interval: { lower: 20.6549, upper: 100, halfWidth: 39.6725 },
    smallSample: true,
  },
  awareness: {
    answers: 2,
    positive: 2,
    respondents: 1,
    rate: 100,
    interval: { lower: 20.6549, upper: 100, halfWidth: 39.6725 },
    smallSample: true,
  },
  lateRecords: 0,
};

// All groups: 4 of 5 satisfied (80%, 3 respondents), 3 of 4 aware (75%, 3 respondents).
const SURVEY_TOTAL = {
  responses: 4,
  satisfaction: {
    answers: 5,
    positive: 4,
    respondents: 3,
    rate: 80,
    interval: { lower: 28.7727, upper: 97.5374, halfWidth: 34.3824 },
    smallSample: true,
  },
  awareness: {
    answers: 4,
    positive: 3,
    respondents: 3,
    rate: 75,
    interval: { lower: 25.6093, upper: 96.3159, halfWidth: 35.3533 },
    smallSample: true,
  },
  lateRecords: 1,
};

const outcomes = (aliveEligible: number, deceased: number, moved: number) => ({
  aliveEligible,
  deceased,
  moved,
  imprisoned: 0,
  duplicateEnrolment: 0,
  otherIneligible: 0,
});

// 城乡居民养老: roster 5 (A) + 3 (B) = 8; counted 2020 verifications 4 (A) + 2 (B) = 6 → 75%;
// 3 of the 4 alive and eligible paid right → 75%; 170.00 + 130.50 to recover; 1 late.
const RESIDENT_PENSION = {
  roster: 8,
  verified: 6,
  coverage: 75,
  outcomes: outcomes(4, 1, 1),
  paidCorrectly: 3,
  paymentAccuracy: 75,
  ineligiblePayments: 2,
  amountToRecover: '300.50',
  lateRecords: 1,
};

const TOWNSHIP_A_RESIDENT_PENSION = {
  roster: 5,
  verified: 4,
  coverage: 80,
  outcomes: outcomes(3, 1, 0),
  paidCorrectly: 2,
  paymentAccuracy: 66.6667,
  ineligiblePayments: 1,
  amountToRecover: '170.00',
  lateRecords: 1,
};

const TOWNSHIP_B_RESIDENT_PENSION = {
  roster: 3,
  verified: 2,
  coverage: 66.6667,
  outcomes: outcomes(1, 0, 1),
  paidCorrectly: 1,
  paymentAccuracy: 100,
  ineligiblePayments: 1,
  amountToRecover: '130.50',
  lateRecords: 0,
};

async function readRollup(
  server: TestServer,
  token: string,
  variables: { code: string; year: number; scheme?: string },
) {
  const result = await server.graphql<RollupResult>(ROLLUP, variables, token);
  expect(result.errors).toBeUndefined();
  return rounded(result.data?.rollup as RollupResult['rollup']);
}

describe('rollups over HTTP (PGlite)', () => {
  let server: TestServer;
  let manager: string;
  beforeAll(async () => {
    server = await startTestServer({ rosterLimit: 10 });
    await loadRollupFixture(server.running.database.prisma);
    manager = await server.login('shache-manager');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('equals the hand computation for the county and one scheme', async () => {
    const rollup = await readRollup(server, manager, {
      code: SHACHE,
      year: 2020,
      scheme: 'RESIDENT_PENSION',
    });
    expect(rollup).toMatchObject({
      divisionCode: SHACHE,
      divisionName: '莎车县',
      level: 'COUNTY',
      year: 2020,
      scheme: 'RESIDENT_PENSION',
    });
    expect(rollup.surveys.total).toEqual(SURVEY_TOTAL);
    expect(rollup.surveys.byGroup).toEqual([
      INSTITUTION_RETIREES,
      RESIDENT_BENEFICIARIES,
      {
        respondentGroup: 'CONTRIBUTOR',
        responses: 0,
        satisfaction: NO_RATE,
        awareness: NO_RATE,
        lateRecords: 0,
      },
    ]);
    expect(rollup.verifications).toEqual(RESIDENT_PENSION);
  });

  it('lists every township of the county, with the progress of each', async () => {
    const rollup = await readRollup(server, manager, {
      code: SHACHE,
      year: 2020,
      scheme: 'RESIDENT_PENSION',
    });
    expect(rollup.townships).toHaveLength(34);
    const a = rollup.townships.find((township) => township.code === TOWNSHIP_A);
    const b = rollup.townships.find((township) => township.code === TOWNSHIP_B);
    expect(a?.name).toBe('莎车镇');
    expect(a?.verifications).toEqual(TOWNSHIP_A_RESIDENT_PENSION);
    expect(a?.surveys.total).toMatchObject({
      responses: 3,
      satisfaction: { answers: 4, positive: 3, rate: 75 },
      lateRecords: 1,
    });
    expect(b?.name).toBe('托木吾斯塘镇');
    expect(b?.verifications).toEqual(TOWNSHIP_B_RESIDENT_PENSION);
    const others = rollup.townships.filter(
      (township) => township.code !== TOWNSHIP_A && township.code !== TOWNSHIP_B,
    );
    expect(others.map((township) => township.verifications)).toContainEqual({
      roster: 0,
      verified: 0,
      coverage: null,
      outcomes: outcomes(0, 0, 0),
      paidCorrectly: 0,
      paymentAccuracy: null,
      ineligiblePayments: 0,
      amountToRecover: '0.00',
      lateRecords: 0,
    });
  });

  it('counts every scheme without a scheme filter', async () => {
    const rollup = await readRollup(server, manager, { code: SHACHE, year: 2020 });
    // + the institution retiree of A: roster 10, verified 7, 5 alive and eligible, 4 paid right.
    expect(rollup.verifications).toEqual({
      ...RESIDENT_PENSION,
      roster: 10,
      verified: 7,
      coverage: 70,
      outcomes: outcomes(5, 1, 1),
      paidCorrectly: 4,
      paymentAccuracy: 80,
    });
  });

  it('rolls up one township for the field worker who works there', async () => {
    const worker = await server.login('shache-worker');
    const rollup = await readRollup(server, worker, {
      code: TOWNSHIP_A,
      year: 2020,
      scheme: 'RESIDENT_PENSION',
    });
    expect(rollup).toMatchObject({ divisionName: '莎车镇', level: 'TOWNSHIP' });
    expect(rollup.verifications).toEqual(TOWNSHIP_A_RESIDENT_PENSION);
    expect(rollup.surveys.byGroup[1]).toEqual(RESIDENT_BENEFICIARIES);
    expect(rollup.townships.map((township) => township.code)).toEqual([TOWNSHIP_A]);
  });

  it('forbids a field worker another township and the whole county', async () => {
    const worker2 = await server.login('shache-worker2');
    const other = await server.graphql(ROLLUP, { code: TOWNSHIP_A, year: 2020 }, worker2);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const county = await server.graphql(ROLLUP, { code: SHACHE, year: 2020 }, worker2);
    expect(county.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets the 喀什地区 viewer read 莎车县 and the prefecture, not 和硕县', async () => {
    const viewer = await server.login('kashgar-viewer');
    const prefecture = await readRollup(server, viewer, {
      code: '653100',
      year: 2020,
      scheme: 'RESIDENT_PENSION',
    });
    expect(prefecture).toMatchObject({ divisionName: '喀什地区', level: 'PREFECTURE' });
    // 莎车县 is the only demo county of 喀什地区: the prefecture's figures are the county's.
    expect(prefecture.verifications).toEqual(RESIDENT_PENSION);
    expect(prefecture.surveys.total).toEqual(SURVEY_TOTAL);
    expect(prefecture.townships).toHaveLength(34);
    const county = await server.graphql(ROLLUP, { code: SHACHE, year: 2020 }, viewer);
    expect(county.errors).toBeUndefined();
    const heshuo = await server.graphql(ROLLUP, { code: '652828', year: 2020 }, viewer);
    expect(heshuo.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a signed-out request and answers NOT_FOUND for an unknown division', async () => {
    const anonymous = await server.graphql(ROLLUP, { code: SHACHE, year: 2020 });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const admin = await server.login('admin');
    const unknown = await server.graphql(ROLLUP, { code: '659999', year: 2020 }, admin);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('clears the small-sample flag once 400 people answered (95% ± 2.17)', async () => {
    const prisma = server.running.database.prisma;
    const heshuoTownship = townshipCode('652828', '特吾里克镇');
    await replaceRoster(prisma, '652828', []);
    await insertSurveyResponses(
      prisma,
      Array.from({ length: 400 }, (_, index) => ({
        townshipCode: heshuoTownship,
        respondentGroup: 'CONTRIBUTOR' as const,
        satisfaction: [1, index < 380 ? 1 : 0] as [number, number],
      })),
    );
    const heshuoManager = await server.login('heshuo-manager');
    const rollup = await readRollup(server, heshuoManager, { code: '652828', year: 2020 });
    expect(rollup.surveys.total).toMatchObject({
      responses: 400,
      satisfaction: {
        answers: 400,
        positive: 380,
        respondents: 400,
        rate: 95,
        interval: { lower: 92.4036, upper: 96.7403, halfWidth: 2.1683 },
        smallSample: false,
      },
    });
    expect(rollup.verifications).toMatchObject({ roster: 0, verified: 0, coverage: null });
  });
});

describe('rollups over HTTP (PostgreSQL)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ engine: 'postgresql', rosterLimit: 10 });
    await loadRollupFixture(server.running.database.prisma);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('gives the same figures as the hand computation', async () => {
    const manager = await server.login('shache-manager');
    const rollup = await readRollup(server, manager, {
      code: SHACHE,
      year: 2020,
      scheme: 'RESIDENT_PENSION',
    });
    expect(rollup.surveys.total).toEqual(SURVEY_TOTAL);
    expect(rollup.surveys.byGroup[1]).toEqual(RESIDENT_BENEFICIARIES);
    expect(rollup.verifications).toEqual(RESIDENT_PENSION);
    const a = rollup.townships.find((township) => township.code === TOWNSHIP_A);
    expect(a?.verifications).toEqual(TOWNSHIP_A_RESIDENT_PENSION);
  });
});
