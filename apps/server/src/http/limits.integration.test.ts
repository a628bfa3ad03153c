import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

describe('request limits', () => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer({ rosterLimit: 5 });
    token = await server.login('admin');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses a query nested deeper than the limit, saying why', async () => {
    const nested = (depth: number): string =>
      depth === 0 ? 'code' : `code children { ${nested(depth - 1)} }`;
    const result = await server.graphql(
      `{ division(code: "650000") { ${nested(14)} } }`,
      {},
      token,
    );
    expect(result.data).toEqual({ division: null });
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/查询过于复杂（Depth \d+ 超过上限 12）/),
      extensions: { code: 'QUERY_TOO_COMPLEX', kind: 'Depth' },
    });
  });

  it('answers a query of reasonable depth', async () => {
    const result = await server.graphql(
      '{ division(code: "650000") { name children { name children { name } } } }',
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ division: { name: '新疆维吾尔自治区' } });
  });
});
