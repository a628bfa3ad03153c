import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SATISFACTION_TEMPLATE, WORKER } from '../testing/fake-graphql-server.ts';
import { createTestContext } from '../testing/test-context.ts';
import { latestTemplate } from './local-database.ts';
import { downloadTemplate, downloadTownships } from './reference-download.ts';
import { downloadRoster, forgetOtherTownships, loadRoster } from './roster-download.ts';
import { FIXTURE_TOWNSHIP, generateRoster } from './roster-fixture.ts';

const TOWNSHIP = FIXTURE_TOWNSHIP;

describe('downloadRoster', () => {
  it('downloads every page the first time, with search keys, then only the changes', async () => {
    const people = generateRoster(1_200);
    const context = await createTestContext({ roster: { [TOWNSHIP]: people } });
    const progress: number[] = [];

    const first = await downloadRoster({
      db: context.db,
      session: context.session,
      townshipCode: TOWNSHIP,
      onProgress: (received) => progress.push(received),
    });

    expect(first).toEqual({ received: 1_200, delta: false, maxVersion: '1200' });
    expect(progress).toEqual([500, 1_000, 1_200]);
    const stored = await loadRoster(context.db, TOWNSHIP);
    expect(stored).toHaveLength(1_200);
    expect(stored[0]?.initials).toMatch(/^[a-z]+$/);
    expect((await context.db.rosterVersions.get(TOWNSHIP))?.maxVersion).toBe('1200');

    // Two people change on the server: the next download asks only for rows after 1200.
    const changed = people.slice(0, 2).map((person, i) => ({
      ...person,
      status: 'SUSPENDED' as const,
      version: String(1_201 + i),
    }));
    context.server.roster[TOWNSHIP] = [...changed, ...people.slice(2)];

    const second = await downloadRoster({
      db: context.db,
      session: context.session,
      townshipCode: TOWNSHIP,
    });

    expect(second).toEqual({ received: 2, delta: true, maxVersion: '1202' });
    const lastCall = context.server.callsOf('TownshipRoster').at(-1);
    expect(lastCall?.variables.sinceVersion).toBe('1200');
    const again = await loadRoster(context.db, TOWNSHIP);
    expect(again).toHaveLength(1_200);
    expect(again.filter((person) => person.status === 'SUSPENDED')).toHaveLength(2);
  });

  it('deletes the people a delta says left the township, unless they came back', async () => {
    const people = generateRoster(6);
    const context = await createTestContext({ roster: { [TOWNSHIP]: people } });
    await downloadRoster({ db: context.db, session: context.session, townshipCode: TOWNSHIP });
    const [gone, back] = people;
    if (!gone || !back) throw new Error('fixture too small');
    // One moved away; the other moved away and back (a new version in this township).
    context.server.roster[TOWNSHIP] = [...people.slice(2), { ...back, version: '8' }];
    context.server.departures[TOWNSHIP] = [
      { id: gone.id, version: '7' },
      { id: back.id, version: '7' },
    ];
    const delta = await downloadRoster({
      db: context.db,
      session: context.session,
      townshipCode: TOWNSHIP,
    });
    expect(delta).toEqual({ received: 1, delta: true, maxVersion: '8' });
    const ids = (await loadRoster(context.db, TOWNSHIP)).map((person) => person.id);
    expect(ids).toHaveLength(5);
    expect(ids).not.toContain(gone.id);
    expect(ids).toContain(back.id);
  });

  it('keeps the old version when a download is interrupted, so it starts over', async () => {
    const context = await createTestContext({ roster: { [TOWNSHIP]: generateRoster(1_200) } });
    context.server.failAfterRequests = 1;

    await expect(
      downloadRoster({ db: context.db, session: context.session, townshipCode: TOWNSHIP }),
    ).rejects.toThrow('无法连接服务器');
    expect(await context.db.rosterVersions.get(TOWNSHIP)).toBeUndefined();
    expect(await context.db.roster.count()).toBe(500);

    context.server.offline = false;
    context.server.failAfterRequests = null;
    const retried = await downloadRoster({
      db: context.db,
      session: context.session,
      townshipCode: TOWNSHIP,
    });
    expect(retried.delta).toBe(false);
    expect(await context.db.roster.count()).toBe(1_200);
  });

  it("forgets rosters of townships outside the worker's scope", async () => {
    const context = await createTestContext({ roster: { [TOWNSHIP]: generateRoster(10) } });
    await downloadRoster({ db: context.db, session: context.session, townshipCode: TOWNSHIP });
    await forgetOtherTownships(context.db, ['653125101']);
    expect(await context.db.roster.count()).toBe(0);
    expect(await context.db.rosterVersions.count()).toBe(0);
  });
});

describe('reference data', () => {
  it("stores the worker's townships and their villages", async () => {
    const context = await createTestContext();
    await downloadTownships(context.db, context.session, WORKER.townshipCodes);
    const villages = await context.db.divisions.where('parentCode').equals(TOWNSHIP).toArray();
    expect(villages.map((village) => village.code)).toEqual([
      '653125100201',
      '653125100202',
      '653125100203',
    ]);
    expect((await context.db.divisions.get(TOWNSHIP))?.name).toBe('莎车镇');
  });

  it('stores a checked survey template', async () => {
    const context = await createTestContext();
    await downloadTemplate(context.db, context.session, SATISFACTION_TEMPLATE.id);
    expect(await latestTemplate(context.db, SATISFACTION_TEMPLATE.id)).toEqual(
      SATISFACTION_TEMPLATE,
    );
    await expect(downloadTemplate(context.db, context.session, 'missing')).rejects.toThrow(
      '服务器上没有问卷模板 missing',
    );
  });
});
