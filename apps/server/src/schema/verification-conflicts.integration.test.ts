import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RosterNode, readRoster, verificationOf } from '../testing/capture-records.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

const SHACHE = '653125';

const SYNC = `mutation V($r: [JSON!]!) { syncVerifications(records: $r) { status counted } }`;

const CONFLICT_FIELDS = `beneficiaryId
  counted { id }
  others { id }
  resolution { note newerVerifications resolvedAt }`;

const CONFLICTS = `query C($c: String!, $y: Int!) {
  verificationConflicts(countyCode: $c, year: $y, first: 500) { edges { node { ${CONFLICT_FIELDS} } } }
}`;

const RESOLVE = `mutation R($id: ID!, $note: String) {
  resolveVerificationConflict(verificationId: $id, note: $note) {
    __typename
    ... on MutationResolveVerificationConflictSuccess { data { ${CONFLICT_FIELDS} } }
    ... on Error { message }
    ... on InvalidInputError { fieldErrors { field message } }
  }
}`;

const YEAR_LOCK = `query L($c: String!, $y: Int!) {
  yearLock(countyCode: $c, year: $y) {
    __typename
    ... on QueryYearLockSuccess { data { countyCode year locked lockedAt } }
  }
}`;

const LOCK = `mutation($c: String!, $y: Int!, $lock: Boolean!) {
  lock: lockYear(countyCode: $c, year: $y) @include(if: $lock) { __typename }
  unlock: unlockYear(countyCode: $c, year: $y) @skip(if: $lock) { __typename }
}`;

interface Conflict {
  beneficiaryId: string;
  counted: { id: string } | null;
  others: { id: string }[];
  resolution: { note: string | null; newerVerifications: number; resolvedAt: string } | null;
}

interface ResolveResult {
  __typename: string;
  data?: Conflict;
  message?: string;
  fieldErrors?: { field: string; message: string }[];
}

describe.each(['pglite', 'postgresql'] as const)('verification conflicts (%s)', (engine) => {
  let server: TestServer;
  let worker: string;
  let manager: string;
  let people: RosterNode[];

  function take(): RosterNode {
    const person = people.shift();
    if (!person) throw new Error('the test roster is too small');
    return person;
  }

  async function sync(records: unknown[]) {
    const result = await server.graphql<{
      syncVerifications: { status: string; counted: boolean }[];
    }>(SYNC, { r: records }, worker);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.syncVerifications;
  }

  async function resolve(id: string, note: string | null = null, token = manager) {
    const result = await server.graphql<{ resolveVerificationConflict: ResolveResult }>(
      RESOLVE,
      { id, note },
      token,
    );
    return result;
  }

  async function conflictOf(beneficiaryId: string): Promise<Conflict | undefined> {
    const result = await server.graphql<{
      verificationConflicts: { edges: { node: Conflict }[] };
    }>(CONFLICTS, { c: SHACHE, y: 2020 }, manager);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.verificationConflicts.edges
      .map((edge) => edge.node)
      .find((node) => node.beneficiaryId === beneficiaryId);
  }

  async function countedIds(beneficiaryId: string): Promise<string[]> {
    const rows = await server.running.database.prisma.verification.findMany({
      where: { beneficiaryId, year: 2020, counted: true },
      select: { id: true },
    });
    return rows.map((row) => row.id);
  }

  beforeAll(async () => {
    server = await startTestServer({ engine, rosterLimit: 400 });
    worker = await server.login('shache-worker');
    manager = await server.login('shache-manager');
    const me = await server.graphql<{ me: { townshipCodes: string[] } }>(
      '{ me { townshipCodes } }',
      {},
      worker,
    );
    const township = me.data?.me.townshipCodes[0] ?? '';
    people = (await readRoster(server, worker, township)).nodes.filter(
      (person) => person.status === 'ACTIVE',
    );
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lets the manager choose the counted verification, and keeps the choice against later syncs', async () => {
    const person = take();
    const early = verificationOf(person, { capturedAt: '2020-10-01T10:00:00+06:00' });
    const late = verificationOf(person, {
      capturedAt: '2020-10-02T10:00:00+06:00',
      alive: false,
      eligible: false,
      deathDate: '2020-09-30',
    });
    await sync([early, late]);
    expect(await countedIds(person.id)).toEqual([late.id]);
    expect((await conflictOf(person.id))?.resolution).toBeNull();

    const chosen = await resolve(String(early.id), '  死亡信息有误，以上门核实为准  ');
    expect(chosen.errors).toBeUndefined();
    expect(chosen.data?.resolveVerificationConflict).toMatchObject({
      __typename: 'MutationResolveVerificationConflictSuccess',
      data: {
        beneficiaryId: person.id,
        counted: { id: early.id },
        others: [{ id: late.id }],
        resolution: { note: '死亡信息有误，以上门核实为准', newerVerifications: 0 },
      },
    });
    expect(await countedIds(person.id)).toEqual([early.id]);
    const pointer = await server.running.database.prisma.countedVerification.findUniqueOrThrow({
      where: { beneficiaryId_year: { beneficiaryId: person.id, year: 2020 } },
    });
    expect(pointer.verificationId).toBe(early.id);
    const events = await server.running.database.prisma.auditEvent.findMany({
      where: { action: 'verification.resolveConflict', entityId: String(early.id) },
    });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0]?.details)).not.toContain('死亡信息');

    // A later capture synced after the choice is kept as history and asks for another look.
    const later = verificationOf(person, { capturedAt: '2020-10-03T10:00:00+06:00' });
    expect(await sync([later])).toEqual([{ status: 'ACCEPTED', counted: false }]);
    expect(await countedIds(person.id)).toEqual([early.id]);
    expect((await conflictOf(person.id))?.resolution?.newerVerifications).toBe(1);

    // Choosing again replaces the choice.
    const again = await resolve(String(later.id));
    expect(again.data?.resolveVerificationConflict.data?.counted?.id).toBe(later.id);
    expect(again.data?.resolveVerificationConflict.data?.resolution).toMatchObject({
      note: null,
      newerVerifications: 0,
    });
    expect(await countedIds(person.id)).toEqual([later.id]);
  });

  it('refuses other roles and other counties, and changes nothing', async () => {
    const person = take();
    const first = verificationOf(person, { capturedAt: '2020-10-01T10:00:00+06:00' });
    const second = verificationOf(person, { capturedAt: '2020-10-02T10:00:00+06:00' });
    await sync([first, second]);
    for (const username of ['shache-worker', 'kashgar-viewer', 'admin', 'heshuo-manager']) {
      const token = username === 'shache-worker' ? worker : await server.login(username);
      const refused = await resolve(String(first.id), null, token);
      expect(refused.errors?.[0]?.extensions?.code, username).toBe('FORBIDDEN');
    }
    const anonymous = await server.graphql(RESOLVE, { id: first.id, note: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await countedIds(person.id)).toEqual([second.id]);
  });

  it('answers bad choices with the field and the reason', async () => {
    const person = take();
    const first = verificationOf(person, { capturedAt: '2020-10-01T10:00:00+06:00' });
    const second = verificationOf(person, { capturedAt: '2020-10-02T10:00:00+06:00' });
    await sync([first, second]);

    const unknown = await resolve('00000000-0000-4000-8000-000000000000');
    expect(unknown.data?.resolveVerificationConflict.__typename).toBe('NotFoundError');
    const garbage = await resolve('not-a-uuid');
    expect(garbage.data?.resolveVerificationConflict.__typename).toBe('NotFoundError');

    const long = await resolve(String(first.id), '说'.repeat(501));
    expect(long.data?.resolveVerificationConflict).toMatchObject({
      __typename: 'InvalidInputError',
      fieldErrors: [{ field: 'note', message: '处理说明最多 500 字，实为 501 字' }],
    });
    const nul = await resolve(String(first.id), '说明\u0000');
    expect(nul.data?.resolveVerificationConflict).toMatchObject({
      __typename: 'InvalidInputError',
      fieldErrors: [{ field: 'note', message: '含有无法保存的空字符（U+0000）' }],
    });
    expect(await countedIds(person.id)).toEqual([second.id]);
  });

  it('tells whether a year is locked, and refuses choices in a locked year', async () => {
    const person = take();
    const first = verificationOf(person, { capturedAt: '2020-10-01T10:00:00+06:00' });
    const second = verificationOf(person, { capturedAt: '2020-10-02T10:00:00+06:00' });
    await sync([first, second]);

    const open = await server.graphql(YEAR_LOCK, { c: SHACHE, y: 2020 }, manager);
    expect(open.data).toEqual({
      yearLock: {
        __typename: 'QueryYearLockSuccess',
        data: { countyCode: SHACHE, year: 2020, locked: false, lockedAt: null },
      },
    });
    await server.graphql(LOCK, { c: SHACHE, y: 2020, lock: true }, manager);
    try {
      const viewer = await server.login('kashgar-viewer');
      const closed = await server.graphql<{
        yearLock: { data: { locked: boolean; lockedAt: string | null } };
      }>(YEAR_LOCK, { c: SHACHE, y: 2020 }, viewer);
      expect(closed.data?.yearLock.data.locked).toBe(true);
      expect(closed.data?.yearLock.data.lockedAt).not.toBeNull();
      const refused = await server.graphql(YEAR_LOCK, { c: SHACHE, y: 2020 }, worker);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const elsewhere = await server.graphql(
        YEAR_LOCK,
        { c: SHACHE, y: 2020 },
        await server.login('heshuo-manager'),
      );
      expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const locked = await resolve(String(first.id));
      expect(locked.data?.resolveVerificationConflict).toMatchObject({
        __typename: 'InvalidInputError',
        fieldErrors: [
          { field: 'verificationId', message: '2020 年度已锁定，不能更改计数的核实记录' },
        ],
      });
      // A verification synced after the lock never counts, and cannot be chosen either.
      const lateOne = verificationOf(person, { capturedAt: '2020-10-03T10:00:00+06:00' });
      await sync([lateOne]);
      await server.graphql(LOCK, { c: SHACHE, y: 2020, lock: false }, manager);
      const late = await resolve(String(lateOne.id));
      expect(late.data?.resolveVerificationConflict).toMatchObject({
        __typename: 'InvalidInputError',
        fieldErrors: [{ field: 'verificationId' }],
      });
      expect(await countedIds(person.id)).toEqual([second.id]);
    } finally {
      await server.graphql(LOCK, { c: SHACHE, y: 2020, lock: false }, manager);
    }
  });
});
