import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

/**
 * Every role × the API's operations, in scope and out of scope: allowed or denied as designed.
 * `allowed` means data came back without an error; `denied` means the UNAUTHENTICATED or
 * FORBIDDEN error the client acts on, and no data.
 */
const USERS = [
  'admin',
  'kashgar-viewer',
  'bayingol-viewer',
  'shache-manager',
  'heshuo-manager',
  'shache-worker',
  'shache-worker2',
  'heshuo-worker',
] as const;
type User = (typeof USERS)[number] | 'anonymous';

interface Operation {
  name: string;
  query: string;
  variables: (ids: Ids) => Record<string, unknown>;
  allowed: readonly User[];
}

interface Ids {
  workerTownship: string;
  indicatorId: string;
}

const ROLLUP = `query($code: String!) { rollup(divisionCode: $code, year: 2020) { divisionName } }`;

const OPERATIONS: readonly Operation[] = [
  {
    name: 'me',
    query: '{ me { username } }',
    variables: () => ({}),
    allowed: USERS,
  },
  {
    name: 'evaluate (stateless)',
    query: `{ evaluate(input: { budget: "100", executed: "90", indicators: [] }) { total } }`,
    variables: () => ({}),
    allowed: USERS,
  },
  {
    name: 'townshipRoster of shache-worker’s township',
    query: `query($code: String!) { townshipRoster(townshipCode: $code, first: 1) { maxVersion } }`,
    variables: (ids) => ({ code: ids.workerTownship }),
    allowed: ['admin', 'kashgar-viewer', 'shache-manager', 'shache-worker'],
  },
  {
    name: 'rollup of 莎车县',
    query: ROLLUP,
    variables: () => ({ code: '653125' }),
    allowed: ['admin', 'kashgar-viewer', 'shache-manager'],
  },
  {
    name: 'rollup of 和硕县',
    query: ROLLUP,
    variables: () => ({ code: '652828' }),
    allowed: ['admin', 'bayingol-viewer', 'heshuo-manager'],
  },
  {
    name: 'rollup of 喀什地区',
    query: ROLLUP,
    variables: () => ({ code: '653100' }),
    allowed: ['admin', 'kashgar-viewer'],
  },
  {
    name: 'rollup of shache-worker’s township',
    query: ROLLUP,
    variables: (ids) => ({ code: ids.workerTownship }),
    allowed: ['admin', 'kashgar-viewer', 'shache-manager', 'shache-worker'],
  },
  {
    name: 'projects of 莎车县',
    query: `{ projects(countyCode: "653125", first: 1) { edges { node { key } } } }`,
    variables: () => ({}),
    allowed: ['admin', 'kashgar-viewer', 'shache-manager'],
  },
  {
    name: 'verificationConflicts of 莎车县',
    query: `{ verificationConflicts(countyCode: "653125", year: 2020, first: 1) { edges { cursor } } }`,
    variables: () => ({}),
    allowed: ['admin', 'kashgar-viewer', 'shache-manager'],
  },
  {
    name: 'syncVerifications (empty batch)',
    query: `mutation { syncVerifications(records: []) { status } }`,
    variables: () => ({}),
    allowed: ['shache-worker', 'shache-worker2', 'heshuo-worker'],
  },
  {
    name: 'syncSurveyResponses (empty batch)',
    query: `mutation { syncSurveyResponses(records: []) { status } }`,
    variables: () => ({}),
    allowed: ['shache-worker', 'shache-worker2', 'heshuo-worker'],
  },
  {
    name: 'setIndicatorActual on a 莎车县 indicator',
    query: `mutation($id: ID!) { setIndicatorActual(indicatorId: $id, actual: "382107") {
      __typename } }`,
    variables: (ids) => ({ id: ids.indicatorId }),
    allowed: ['shache-manager'],
  },
  {
    name: 'unlockYear of 莎车县',
    query: `mutation { unlockYear(countyCode: "653125", year: 2019) { __typename } }`,
    variables: () => ({}),
    allowed: ['shache-manager'],
  },
];

describe('access: every role × every operation, in and out of scope', () => {
  let server: TestServer;
  const tokens = new Map<User, string | undefined>();
  let ids: Ids;

  beforeAll(async () => {
    server = await startTestServer({ rosterLimit: 20 });
    tokens.set('anonymous', undefined);
    for (const user of USERS) tokens.set(user, await server.login(user));
    const me = await server.graphql<{ me: { townshipCodes: string[] } }>(
      '{ me { townshipCodes } }',
      {},
      tokens.get('shache-worker'),
    );
    const projects = await server.graphql<{
      projects: { edges: { node: { indicators: { id: string }[] } }[] };
    }>(
      `{ projects(countyCode: "653125", first: 1) { edges { node { indicators { id } } } } }`,
      {},
      tokens.get('shache-manager'),
    );
    ids = {
      workerTownship: me.data?.me.townshipCodes[0] ?? '',
      indicatorId: projects.data?.projects.edges[0]?.node.indicators[0]?.id ?? '',
    };
  });

  afterAll(async () => {
    await server?.close();
  });

  const cells = OPERATIONS.flatMap((operation) =>
    (['anonymous', ...USERS] as const).map((user) => [operation.name, user, operation] as const),
  );

  it.each(cells)('%s as %s', async (_name, user, operation) => {
    const result = await server.graphql(
      operation.query,
      operation.variables(ids),
      tokens.get(user),
    );
    const code = result.errors?.[0]?.extensions?.code;
    if (operation.allowed.includes(user)) {
      expect(result.errors).toBeUndefined();
      expect(result.data).toBeTruthy();
    } else {
      expect(code).toBe(user === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
  });
});
