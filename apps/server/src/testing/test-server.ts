import { createTestPostgres } from '@jixiao/db/testing';
import type { Logger } from 'pino';
import type { LoginLimits } from '../auth/login-throttle.ts';
import { readEnv } from '../env.ts';
import { createLogger } from '../logger.ts';
import { type RunningServer, startServer } from '../start-server.ts';
import { dropTestPostgres } from './test-databases.ts';

/**
 * A real server on a free port over a fresh database, for integration tests over HTTP:
 * `engine: 'pglite'` (in memory) or `'postgresql'` (a throw-away database on the local server).
 * The demo is seeded with each roster cut to `rosterLimit` people.
 */
export interface TestServer {
  url: string;
  running: RunningServer;
  /** POSTs a GraphQL operation and returns the parsed response (status included). */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{
    status: number;
    data?: T;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  }>;
  /** Logs a demo user in and returns the access token. */
  login(username: string): Promise<string>;
  close(): Promise<void>;
}

export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0123';

export interface TestServerOptions {
  engine?: 'pglite' | 'postgresql';
  rosterLimit?: number;
  /** The server's logger (default: silent). */
  logger?: Logger;
  loginLimits?: LoginLimits;
  /** More environment, e.g. TRUST_PROXY. */
  env?: Record<string, string>;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const postgres = options.engine === 'postgresql' ? await createTestPostgres('jixiao_api') : null;
  const env = readEnv({
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: postgres?.url ?? 'pglite:memory',
    JWT_SECRET: TEST_JWT_SECRET,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const running = await startServer(env, options.logger ?? createLogger('silent'), {
    rosterLimit: options.rosterLimit ?? 300,
    ...(options.loginLimits ? { loginLimits: options.loginLimits } : {}),
  });
  const url = `http://127.0.0.1:${running.port}`;
  const graphql: TestServer['graphql'] = async (query, variables, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };
  return {
    url,
    running,
    graphql,
    async login(username) {
      const result = await graphql<{ login: { accessToken?: string; __typename: string } }>(
        `mutation Login($u: String!, $p: String!) {
          login(username: $u, password: $p) {
            __typename
            ... on MutationLoginSuccess { data { accessToken } }
          }
        }`,
        { u: username, p: 'jixiao-demo-2020' },
      );
      const login = result.data?.login as { data?: { accessToken: string } } | undefined;
      if (!login?.data) throw new Error(`login of ${username} failed: ${JSON.stringify(result)}`);
      return login.data.accessToken;
    },
    async close() {
      await running.stop();
      if (postgres) await dropTestPostgres(postgres);
    },
  };
}
