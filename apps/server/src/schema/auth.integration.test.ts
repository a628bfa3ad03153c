import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

const LOGIN = `mutation Login($u: String!, $p: String!) {
  login(username: $u, password: $p) {
    __typename
    ... on MutationLoginSuccess { data { accessToken refreshToken viewer { username role scopeCode townshipCodes } } }
    ... on Error { message }
    ... on AccountLockedError { lockedUntil }
  }
}`;

const REFRESH = `mutation Refresh($t: String!) {
  refreshSession(refreshToken: $t) {
    __typename
    ... on MutationRefreshSessionSuccess { data { accessToken refreshToken } }
    ... on Error { message }
  }
}`;

describe('authentication over HTTP (PGlite)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ rosterLimit: 10 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers /healthz', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(await response.json()).toEqual({ status: 'ok', database: 'pglite' });
  });

  it('logs a field worker in with their townships', async () => {
    const result = await server.graphql(LOGIN, { u: 'shache-worker', p: 'jixiao-demo-2020' });
    expect(result.data).toMatchObject({
      login: {
        __typename: 'MutationLoginSuccess',
        data: {
          viewer: {
            username: 'shache-worker',
            role: 'FIELD_WORKER',
            scopeCode: '653125',
            townshipCodes: expect.arrayContaining([expect.stringMatching(/^653125\d{3}$/)]),
          },
        },
      },
    });
  });

  it('refuses a wrong password with a typed error, and me without a token', async () => {
    const wrong = await server.graphql(LOGIN, { u: 'shache-manager', p: 'nope' });
    expect(wrong.data).toEqual({
      login: { __typename: 'InvalidCredentialsError', message: '用户名或密码错误' },
    });
    const me = await server.graphql('{ me { username } }');
    expect(me.errors?.[0]?.message).toBe('请先登录');
  });

  it('locks an account after five wrong passwords', async () => {
    for (let i = 0; i < 4; i++) await server.graphql(LOGIN, { u: 'heshuo-worker', p: 'bad' });
    const fifth = await server.graphql(LOGIN, { u: 'heshuo-worker', p: 'bad' });
    expect(fifth.data).toMatchObject({ login: { __typename: 'AccountLockedError' } });
    const right = await server.graphql(LOGIN, { u: 'heshuo-worker', p: 'jixiao-demo-2020' });
    expect(right.data).toMatchObject({ login: { __typename: 'AccountLockedError' } });
  });

  it('rotates a refresh token: the old one stops working', async () => {
    const login = await server.graphql<{ login: { data: { refreshToken: string } } }>(LOGIN, {
      u: 'shache-manager',
      p: 'jixiao-demo-2020',
    });
    const first = login.data?.login.data.refreshToken;
    const refreshed = await server.graphql<{
      refreshSession: { __typename: string; data: { accessToken: string } };
    }>(REFRESH, { t: first });
    expect(refreshed.data?.refreshSession.__typename).toBe('MutationRefreshSessionSuccess');
    const me = await server.graphql(
      '{ me { username role } }',
      {},
      refreshed.data?.refreshSession.data.accessToken,
    );
    expect(me.data).toEqual({ me: { username: 'shache-manager', role: 'COUNTY_MANAGER' } });
    const replay = await server.graphql(REFRESH, { t: first });
    expect(replay.data).toMatchObject({
      refreshSession: { __typename: 'InvalidCredentialsError' },
    });
  });

  it('tells a worker the year their county is evaluating, until the manager locks it', async () => {
    const worker = await server.login('shache-worker');
    const read = async () =>
      (
        await server.graphql<{ me: { evaluationYear: number | null } }>(
          '{ me { evaluationYear } }',
          {},
          worker,
        )
      ).data?.me.evaluationYear;
    expect(await read()).toBe(2020);
    const manager = await server.login('shache-manager');
    const lock = `mutation { lockYear(countyCode: "653125", year: 2020) { __typename } }`;
    await server.graphql(lock, {}, manager);
    expect(await read()).toBeNull();
    await server.graphql(lock.replace('lockYear', 'unlockYear'), {}, manager);
    expect(await read()).toBe(2020);
    const admin = await server.login('admin');
    const adminYear = await server.graphql('{ me { evaluationYear } }', {}, admin);
    expect(adminYear.data).toEqual({ me: { evaluationYear: null } });
  });

  it('refuses a request body over 1 MiB with 413', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ me { username } }`,
        variables: { x: 'x'.repeat(1_100_000) },
      }),
    });
    expect(response.status).toBe(413);
  });

  it('keeps CSRF prevention: a simple GET without a preflight header is refused', async () => {
    const response = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('{ me { username } }')}`,
    );
    expect(response.status).toBe(400);
  });
});
