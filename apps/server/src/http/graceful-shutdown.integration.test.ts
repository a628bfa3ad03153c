import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_ME, readRoster, verificationOf } from '../testing/capture-records.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

describe('graceful shutdown', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ rosterLimit: 3000 });
  });
  afterAll(async () => {
    await server.running.database.close().catch(() => {});
  });

  it('finishes a sync batch that is in flight when the server is asked to stop', async () => {
    const token = await server.login('shache-worker');
    const me = await server.graphql<{ me: { townshipCodes: string[] } }>(READ_ME, {}, token);
    const township = me.data?.me.townshipCodes[0] ?? '';
    const { nodes } = await readRoster(server, token, township);
    const records = nodes.slice(0, 200).map((person) => verificationOf(person));
    const batch = server.graphql<{ syncVerifications: { status: string }[] }>(
      `mutation($records: [JSON!]!) { syncVerifications(records: $records) { status } }`,
      { records },
      token,
    );
    let responded = false;
    void batch.then(() => {
      responded = true;
    });
    // Stop once the request has reached the server, while it is still being processed.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(responded).toBe(false);
    const closing = server.running.app.close();
    const result = await batch;
    await closing;
    expect(result.data?.syncVerifications.map((row) => row.status)).toEqual(
      records.map(() => 'ACCEPTED'),
    );
    expect(records.length).toBeGreaterThan(150);
    expect(await server.running.database.prisma.verification.count()).toBe(records.length);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});
