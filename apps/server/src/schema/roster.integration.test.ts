import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_ME, ROSTER_QUERY, readRoster } from '../testing/capture-records.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

describe('township roster for offline use (PGlite)', () => {
  let server: TestServer;
  let worker: string;
  let township: string;
  let otherTownship: string;

  beforeAll(async () => {
    server = await startTestServer({ rosterLimit: 600 });
    worker = await server.login('shache-worker');
    const me = await server.graphql<{ me: { townshipCodes: string[] } }>(READ_ME, {}, worker);
    township = me.data?.me.townshipCodes[0] ?? '';
    const worker2 = await server.login('shache-worker2');
    const me2 = await server.graphql<{ me: { townshipCodes: string[] } }>(READ_ME, {}, worker2);
    otherTownship = me2.data?.me.townshipCodes[0] ?? '';
  });
  afterAll(async () => {
    await server?.close();
  });

  it('pages through every row of the township exactly once, in version order', async () => {
    const { prisma } = server.running.database;
    const expected = await prisma.beneficiary.count({ where: { townshipCode: township } });
    expect(expected).toBeGreaterThan(10);
    const { nodes, maxVersion, pages } = await readRoster(server, worker, township, {
      pageSize: 7,
    });
    expect(pages).toBe(Math.ceil(expected / 7));
    expect(nodes).toHaveLength(expected);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(expected);
    const versions = nodes.map((node) => BigInt(node.version));
    expect(versions).toEqual([...versions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const max = await prisma.beneficiary.aggregate({
      where: { townshipCode: township },
      _max: { version: true },
    });
    expect(maxVersion).toBe(String(max._max.version));
  });

  it('returns a small township in one default page (500 rows)', async () => {
    const result = await server.graphql<{
      townshipRoster: { edges: unknown[]; pageInfo: { hasNextPage: boolean } };
    }>(ROSTER_QUERY, { t: township }, worker);
    const count = await server.running.database.prisma.beneficiary.count({
      where: { townshipCode: township },
    });
    expect(result.data?.townshipRoster.edges).toHaveLength(Math.min(count, 500));
  });

  it('shows the worker full personal data of their own township', async () => {
    const { nodes } = await readRoster(server, worker, township);
    for (const node of nodes) {
      expect(node.masked).toBe(false);
      expect(node.idNumber).toMatch(/^653125\d{11}[\dX]$/);
      expect(node.name).not.toContain('*');
      expect(node.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(node.monthlyAmountDue).toMatch(/^\d+\.\d{2}$/);
      expect(node.villageCode?.startsWith(township)).toBe(true);
    }
    const first = nodes[0];
    const stored = await server.running.database.prisma.beneficiary.findUniqueOrThrow({
      where: { id: first?.id ?? '' },
    });
    expect(first).toMatchObject({ idNumber: stored.idNumber, name: stored.name });
  });

  it('returns only the rows changed since a version (deltas)', async () => {
    const { prisma } = server.running.database;
    const { nodes, maxVersion } = await readRoster(server, worker, township);
    const unchanged = await readRoster(server, worker, township, { since: maxVersion });
    expect(unchanged.nodes).toEqual([]);
    expect(unchanged.maxVersion).toBe(maxVersion);

    const target = nodes[3];
    if (!target) throw new Error('roster too small');
    await prisma.$executeRaw`UPDATE "Beneficiary" SET status = 'SUSPENDED',
      version = nextval(pg_get_serial_sequence('"Beneficiary"', 'version'))
      WHERE id = ${target.id}`;
    const delta = await readRoster(server, worker, township, { since: maxVersion });
    expect(delta.nodes).toHaveLength(1);
    expect(delta.nodes[0]).toMatchObject({ id: target.id, status: 'SUSPENDED' });
    expect(BigInt(delta.maxVersion)).toBeGreaterThan(BigInt(maxVersion));
    expect(delta.nodes[0]?.version).toBe(delta.maxVersion);
    const after = await readRoster(server, worker, township, { since: delta.maxVersion });
    expect(after.nodes).toEqual([]);
    // A full download still has every row once, the changed one at the end.
    const full = await readRoster(server, worker, township, { pageSize: 9 });
    expect(full.nodes).toHaveLength(nodes.length);
    expect(full.nodes.at(-1)?.id).toBe(target.id);
  });

  it('tells a delta which people left the township, and only a delta', async () => {
    const { prisma } = server.running.database;
    const { nodes, maxVersion } = await readRoster(server, worker, township);
    const [mover, stayer] = nodes;
    if (!mover || !stayer) throw new Error('roster too small');
    await prisma.$executeRaw`UPDATE "Beneficiary" SET "townshipCode" = ${otherTownship},
      "villageCode" = NULL WHERE id = ${mover.id}`;
    await prisma.$executeRaw`UPDATE "Beneficiary" SET name = name WHERE id = ${stayer.id}`;
    const delta = await server.graphql<{
      townshipRoster: {
        maxVersion: string;
        departedIds: string[];
        edges: { node: { id: string } }[];
      };
    }>(
      `query($t: String!, $since: BigInt) {
        townshipRoster(townshipCode: $t, sinceVersion: $since) {
          maxVersion departedIds edges { node { id } }
        }
      }`,
      { t: township, since: maxVersion },
      worker,
    );
    const page = delta.data?.townshipRoster;
    expect(page?.departedIds).toEqual([mover.id]);
    expect(page?.edges.map((edge) => edge.node.id)).toEqual([stayer.id]);
    expect(BigInt(page?.maxVersion ?? '0')).toBeGreaterThan(BigInt(maxVersion));
    // A full download has no departures; the next delta has none either.
    const full = await server.graphql<{ townshipRoster: { departedIds: string[] } }>(
      `{ townshipRoster(townshipCode: "${township}", first: 1) { departedIds } }`,
      {},
      worker,
    );
    expect(full.data?.townshipRoster.departedIds).toEqual([]);
    const next = await readRoster(server, worker, township, { since: page?.maxVersion ?? '0' });
    expect(next.nodes).toEqual([]);
  });

  it('masks ID numbers and names for a prefecture viewer and the administrator', async () => {
    const { prisma } = server.running.database;
    for (const username of ['kashgar-viewer', 'admin']) {
      const token = await server.login(username);
      const { nodes } = await readRoster(server, token, township);
      expect(nodes.length).toBeGreaterThan(0);
      for (const node of nodes) {
        const stored = await prisma.beneficiary.findUniqueOrThrow({ where: { id: node.id } });
        expect(node.masked).toBe(true);
        expect(node.idNumber).toMatch(/^6531\*{10}\d{3}[\dX]$/);
        expect(node.idNumber.slice(-4)).toBe(stored.idNumber.slice(-4));
        expect(node.name).toMatch(/^.\*{1,2}$/u);
        expect(node.name).not.toBe(stored.name);
        expect(node.birthDate).toBeNull();
      }
    }
  });

  it('shows the county manager full data', async () => {
    const token = await server.login('shache-manager');
    const { nodes } = await readRoster(server, token, township);
    expect(nodes.every((node) => !node.masked && !node.idNumber.includes('*'))).toBe(true);
  });

  it('refuses other townships and other prefectures (FORBIDDEN)', async () => {
    const cases: [string, string][] = [
      ['shache-worker', otherTownship],
      ['heshuo-worker', township],
      ['bayingol-viewer', township],
      ['heshuo-manager', township],
    ];
    for (const [username, code] of cases) {
      const token = username === 'shache-worker' ? worker : await server.login(username);
      const result = await server.graphql(ROSTER_QUERY, { t: code }, token);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await server.graphql(ROSTER_QUERY, { t: township });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a code that is not a township code', async () => {
    const result = await server.graphql(ROSTER_QUERY, { t: '653125' }, worker);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const cursor = await server.graphql(
      ROSTER_QUERY,
      { t: township, after: 'not-a-cursor' },
      worker,
    );
    expect(cursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('serves the survey template in Chinese and Uyghur to any signed-in user', async () => {
    const query = `query T($id: String!, $v: Int) {
      surveyTemplate(id: $id, version: $v) {
        id version active title { zh ug } respondentGroups
        questions { id kind text { zh ug } scale { zh ug } satisfiedValues }
      }
    }`;
    const viewer = await server.login('kashgar-viewer');
    const latest = await server.graphql<{
      surveyTemplate: {
        id: string;
        version: number;
        respondentGroups: string[];
        questions: { kind: string; scale: unknown[]; satisfiedValues: number[] }[];
        title: { zh: string; ug: string };
      };
    }>(query, { id: 'satisfaction-2020' }, viewer);
    const template = latest.data?.surveyTemplate;
    expect(template).toMatchObject({
      id: 'satisfaction-2020',
      version: 1,
      title: { zh: '社会保险待遇领取人员满意度调查' },
      respondentGroups: ['INSTITUTION_RETIREE', 'RESIDENT_BENEFICIARY', 'CONTRIBUTOR'],
    });
    expect(template?.title.ug.length).toBeGreaterThan(0);
    expect(template?.questions.length).toBeGreaterThan(2);
    expect(new Set(template?.questions.map((question) => question.kind))).toEqual(
      new Set(['SATISFACTION', 'AWARENESS']),
    );
    for (const question of template?.questions ?? []) {
      expect(question.scale).toHaveLength(5);
      expect(question.satisfiedValues).toEqual([4, 5]);
    }
    const exact = await server.graphql(query, { id: 'satisfaction-2020', v: 1 }, worker);
    expect(exact.data).toEqual(latest.data);
    const missing = await server.graphql(query, { id: 'satisfaction-2020', v: 9 }, worker);
    expect(missing.data).toEqual({ surveyTemplate: null });
    const anonymous = await server.graphql(query, { id: 'satisfaction-2020' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
