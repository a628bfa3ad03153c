import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_ME, readRoster, verificationOf } from '../testing/capture-records.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

const SYNC = `mutation($records: [JSON!]!) { syncVerifications(records: $records) { status } }`;

describe('graceful shutdown', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ rosterLimit: 3000 });
  });
  afterAll(async () => {
    await server.running.database.close().catch(() => {});
  });

  it('finishes a sync batch still uploading when the server is asked to stop', async () => {
    const token = await server.login('shache-worker');
    const me = await server.graphql<{ me: { townshipCodes: string[] } }>(READ_ME, {}, token);
    const township = me.data?.me.townshipCodes[0] ?? '';
    const { nodes } = await readRoster(server, token, township);
    const records = nodes.slice(0, 150).map((person) => verificationOf(person));
    expect(records.length).toBe(150);
    const body = Buffer.from(JSON.stringify({ query: SYNC, variables: { records } }));

    // A phone on a slow network: half the batch is sent, then the server is told to stop.
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const upload = request(
        `${server.url}/graphql`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': body.length,
            authorization: `Bearer ${token}`,
          },
        },
        (response) => {
          let text = '';
          response.on('data', (chunk) => {
            text += chunk;
          });
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      upload.on('error', reject);
      upload.write(body.subarray(0, body.length / 2));
      void (async () => {
        while (server.running.app.inFlight() === 0) {
          await new Promise((wait) => setTimeout(wait, 5));
        }
        const closing = server.running.app.close();
        await new Promise((wait) => setTimeout(wait, 100));
        upload.end(body.subarray(body.length / 2));
        await closing;
      })();
    });

    const { status, text } = await answer;
    expect(status).toBe(200);
    const statuses = (JSON.parse(text) as { data: { syncVerifications: { status: string }[] } })
      .data.syncVerifications;
    expect(statuses).toEqual(records.map(() => ({ status: 'ACCEPTED' })));
    expect(await server.running.database.prisma.verification.count()).toBe(records.length);
    await new Promise((wait) => setTimeout(wait, 50));
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});
