import { DEMO_PASSWORD } from '@jixiao/demo-data';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFRESH_REUSE_GRACE_SECONDS } from '../auth/auth-service.ts';
import { startTestServer, TEST_JWT_SECRET, type TestServer } from '../testing/test-server.ts';
import { MAX_BODY_BYTES, MAX_SIGNED_IN_BODY_BYTES } from './app.ts';
import { CONTENT_SECURITY_POLICY } from './security-headers.ts';

/**
 * Hardening over HTTP: security headers on every response, 413 and 400 that say why, query cost,
 * login throttling per address and per username (behind a trusted proxy, so that each test
 * speaks from its own address), expired access tokens, refresh token rotation and reuse.
 */
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) {
  __typename
  ... on MutationLoginSuccess { data { accessToken refreshToken } }
  ... on TooManyAttemptsError { message retryAfterSeconds }
  ... on Error { message }
} }`;

const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) {
  __typename
  ... on MutationRefreshSessionSuccess { data { accessToken refreshToken } }
} }`;

interface Reply {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

describe('hardening', () => {
  let server: TestServer;

  async function post(
    body: unknown,
    headers: Record<string, string> = {},
    raw?: string,
  ): Promise<Reply> {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: raw ?? JSON.stringify(body),
    });
    const parsed = (await response.json()) as Reply['body'];
    return { status: response.status, headers: response.headers, body: parsed };
  }

  async function login(username: string, password: string, address: string) {
    const reply = await post(
      { query: LOGIN, variables: { u: username, p: password } },
      { 'x-forwarded-for': `203.0.113.99, ${address}` },
    );
    return reply.body.data?.login as {
      __typename: string;
      message?: string;
      retryAfterSeconds?: number;
      data?: { accessToken: string; refreshToken: string };
    };
  }

  beforeAll(async () => {
    server = await startTestServer({
      rosterLimit: 5,
      env: { TRUST_PROXY: 'true' },
      loginLimits: {
        perAddress: { capacity: 3, refillMs: 60_000 },
        perUsername: { capacity: 4, refillMs: 60_000 },
      },
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('security headers', () => {
    const EXPECTED = {
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
    };

    it('allows the PWA only its own origin, no inline script, no framing', () => {
      const directives = new Map(
        CONTENT_SECURITY_POLICY.split('; ').map((directive) => {
          const [name, ...sources] = directive.split(' ');
          return [name, sources.join(' ')];
        }),
      );
      expect(Object.fromEntries(directives)).toMatchObject({
        'default-src': "'self'",
        'script-src': "'self'",
        'style-src': "'self'",
        'img-src': "'self' data:",
        'connect-src': "'self'",
        'worker-src': "'self'",
        'manifest-src': "'self'",
        'frame-ancestors': "'none'",
        'base-uri': "'self'",
        'form-action': "'self'",
      });
      expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
    });

    it('are sent with every kind of response, HSTS only over HTTPS', async () => {
      const responses = [
        await fetch(`${server.url}/healthz`),
        await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ me { id } }' }),
        }),
        await fetch(`${server.url}/graphql?query=%7B__typename%7D`),
        await fetch(`${server.url}/graphql`, { method: 'POST', body: '{' }),
      ];
      for (const response of responses) {
        const headers = Object.fromEntries(response.headers);
        expect(headers, response.url).toMatchObject(EXPECTED);
        expect(headers['permissions-policy']).toContain('camera=()');
        expect(headers['strict-transport-security']).toBeUndefined();
        await response.arrayBuffer();
      }
      const https = await fetch(`${server.url}/healthz`, {
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(https.headers.get('strict-transport-security')).toBe(
        'max-age=31536000; includeSubDomains',
      );
    });
  });

  describe('request limits', () => {
    it('refuses a body over the limit with 413 JSON naming the limit, lower without a token', async () => {
      const anonymous = await post({
        query: '{ me { id } }',
        variables: { x: 'x'.repeat(MAX_BODY_BYTES) },
      });
      expect(anonymous.status).toBe(413);
      expect(anonymous.headers.get('content-type')).toContain('application/json');
      expect(anonymous.body.errors?.[0]).toEqual({
        message: '请求体过大：上限为 1048576 字节（1 MiB）',
        extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: MAX_BODY_BYTES },
      });
      const token = await server.login('shache-manager');
      const signedIn = await post(
        { query: '{ me { id } }', variables: { x: 'x'.repeat(MAX_SIGNED_IN_BODY_BYTES) } },
        { authorization: `Bearer ${token}` },
      );
      expect(signedIn.status).toBe(413);
      expect(signedIn.body.errors?.[0]?.extensions).toEqual({
        code: 'PAYLOAD_TOO_LARGE',
        limitBytes: MAX_SIGNED_IN_BODY_BYTES,
      });
    });

    it('answers a body that is not JSON with 400 BAD_REQUEST', async () => {
      const reply = await post(null, {}, '{"query": ');
      expect(reply.status).toBe(400);
      expect(reply.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_REQUEST' });
    });

    it('refuses a query too broad or too costly with QUERY_TOO_COMPLEX', async () => {
      const token = await server.login('admin');
      const broad = Array.from({ length: 301 }, (_, i) => `a${i}: me { id }`).join(' ');
      const reply = await post({ query: `{ ${broad} }` }, { authorization: `Bearer ${token}` });
      expect(reply.body.errors?.[0]?.extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        kind: 'Breadth',
      });
      // Each level of a list multiplies its fields' cost by 10: 2 × 10⁴ leaves is too costly.
      const nested = 'children { children { children { children { code } } } }';
      const costly = `{ a: division(code: "650000") { ${nested} } b: division(code: "650000") { ${nested} } }`;
      const cost = await post({ query: costly }, { authorization: `Bearer ${token}` });
      expect(cost.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/^查询过于复杂（Complexity \d+ 超过上限 20000）$/),
        extensions: { code: 'QUERY_TOO_COMPLEX', kind: 'Complexity' },
      });
    });
  });

  describe('login throttling', () => {
    it('refuses an address after its failed attempts, with the seconds to wait', async () => {
      for (const name of ['nobody-1', 'nobody-2', 'nobody-3']) {
        expect((await login(name, 'guess', '198.51.100.1')).__typename).toBe(
          'InvalidCredentialsError',
        );
      }
      const refused = await login('admin', DEMO_PASSWORD, '198.51.100.1');
      expect(refused).toMatchObject({
        __typename: 'TooManyAttemptsError',
        message: expect.stringMatching(/^登录尝试过于频繁，请 \d+ 秒后再试$/),
      });
      expect(refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
      // Another address (the last X-Forwarded-For entry, the one the proxy saw) is not refused.
      expect((await login('admin', DEMO_PASSWORD, '198.51.100.2')).__typename).toBe(
        'MutationLoginSuccess',
      );
    });

    it('refuses a username after too many attempts from anywhere, right password or not', async () => {
      for (let i = 0; i < 4; i++) {
        const answer = await login('bayingol-viewer', DEMO_PASSWORD, `198.51.100.${10 + i}`);
        expect(answer.__typename).toBe('MutationLoginSuccess');
      }
      const fifth = await login('bayingol-viewer', DEMO_PASSWORD, '198.51.100.20');
      expect(fifth.__typename).toBe('TooManyAttemptsError');
      const other = await login('kashgar-viewer', DEMO_PASSWORD, '198.51.100.20');
      expect(other.__typename).toBe('MutationLoginSuccess');
    });

    it('counts wrong passwords from every address towards the lockout (auth tests: it locks)', async () => {
      for (let i = 0; i < 4; i++) {
        const answer = await login('heshuo-worker', 'wrong', `198.51.100.${30 + i}`);
        expect(answer.__typename).toBe('InvalidCredentialsError');
      }
      const database = server.running.database.prisma;
      const user = await database.user.findUniqueOrThrow({ where: { username: 'heshuo-worker' } });
      expect(user.failedLogins).toBe(4);
    });
  });

  describe('tokens', () => {
    async function signedToken(options: { expiresAt: number; secret?: string }) {
      const user = await server.running.database.prisma.user.findUniqueOrThrow({
        where: { username: 'shache-manager' },
      });
      return new SignJWT({ username: user.username, role: user.role, scope: user.scopeCode })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(user.id)
        .setIssuer('jixiao')
        .setAudience('access')
        .setIssuedAt(options.expiresAt - 900)
        .setExpirationTime(options.expiresAt)
        .sign(new TextEncoder().encode(options.secret ?? TEST_JWT_SECRET));
    }

    it('answers an expired access token with UNAUTHENTICATED and reason TOKEN_EXPIRED', async () => {
      const now = Math.floor(Date.now() / 1000);
      const expired = await signedToken({ expiresAt: now - 60 });
      const queries = ['{ me { id } }', '{ division(code: "653125") { code } }'];
      for (const query of queries) {
        const reply = await post({ query }, { authorization: `Bearer ${expired}` });
        expect(reply.body.errors?.[0]?.extensions).toEqual({
          code: 'UNAUTHENTICATED',
          reason: 'TOKEN_EXPIRED',
        });
      }
      const valid = await signedToken({ expiresAt: now + 60 });
      const me = await post({ query: '{ me { username } }' }, { authorization: `Bearer ${valid}` });
      expect(me.body.data).toEqual({ me: { username: 'shache-manager' } });
      const forged = await signedToken({ expiresAt: now + 60, secret: 'x'.repeat(40) });
      const refused = await post({ query: '{ me { id } }' }, { authorization: `Bearer ${forged}` });
      expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    });

    async function refresh(token: string | undefined) {
      const reply = await post({ query: REFRESH, variables: { t: token } });
      return reply.body.data?.refreshSession as {
        __typename: string;
        data?: { accessToken: string; refreshToken: string };
      };
    }

    it('rotates refresh tokens; a replay soon after is refused and revokes nothing', async () => {
      const session = await login('shache-worker2', DEMO_PASSWORD, '198.51.100.40');
      const first = session.data?.refreshToken;
      const second = await refresh(first);
      expect(second.__typename).toBe('MutationRefreshSessionSuccess');
      expect((await refresh(first)).__typename).toBe('InvalidCredentialsError');
      const third = await refresh(second.data?.refreshToken);
      expect(third.__typename).toBe('MutationRefreshSessionSuccess');
    });

    it(`revokes every session of the user when a used token comes back after ${REFRESH_REUSE_GRACE_SECONDS} s`, async () => {
      const { prisma } = server.running.database;
      const phone = await login('shache-worker', DEMO_PASSWORD, '198.51.100.41');
      const laptop = await login('shache-worker', DEMO_PASSWORD, '198.51.100.42');
      const stolen = phone.data?.refreshToken;
      const rotated = await refresh(stolen);
      expect(rotated.__typename).toBe('MutationRefreshSessionSuccess');
      const user = await prisma.user.findUniqueOrThrow({ where: { username: 'shache-worker' } });
      await prisma.refreshToken.updateMany({
        where: { userId: user.id, revokedAt: { not: null } },
        data: { revokedAt: new Date(Date.now() - (REFRESH_REUSE_GRACE_SECONDS + 5) * 1000) },
      });
      expect((await refresh(stolen)).__typename).toBe('InvalidCredentialsError');
      expect((await refresh(rotated.data?.refreshToken)).__typename).toBe(
        'InvalidCredentialsError',
      );
      expect((await refresh(laptop.data?.refreshToken)).__typename).toBe('InvalidCredentialsError');
      const audit = await prisma.auditEvent.findFirst({ where: { action: 'refresh.reused' } });
      expect(audit?.details).toEqual({ revokedSessions: 2 });
      expect((await login('shache-worker', DEMO_PASSWORD, '198.51.100.43')).__typename).toBe(
        'MutationLoginSuccess',
      );
    });

    it('logout revokes the refresh token', async () => {
      const session = await login('heshuo-manager', DEMO_PASSWORD, '198.51.100.50');
      const token = session.data?.refreshToken;
      const reply = await post({
        query: 'mutation($t: String!) { logout(refreshToken: $t) }',
        variables: { t: token },
      });
      expect(reply.body.data).toEqual({ logout: true });
      expect((await refresh(token)).__typename).toBe('InvalidCredentialsError');
    });
  });
});
