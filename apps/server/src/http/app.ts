import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Database } from '@jixiao/db';
import type { Logger } from 'pino';
import { AccessTokenCache } from '../auth/access-token-cache.ts';
import { type LoginLimits, LoginThrottle } from '../auth/login-throttle.ts';
import type { TokenConfig } from '../auth/tokens.ts';
import type { Context } from '../context.ts';
import { errorFacts } from '../error-facts.ts';
import { schema } from '../schema/index.ts';
import { documentProblem } from './document-limits.ts';
import { EXPORTS_PATH, serveExport } from './export-download.ts';
import { BodyTooLargeError, readBody } from './read-body.ts';
import { clientAddress, isHttps, securityHeaders } from './security-headers.ts';
import { serveStatic } from './static-files.ts';

/** The largest request without a token: a login, a sync batch of 200 records, with room to spare. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The largest request with a token: a roster import (a CSV of at most 5 MB, which JSON escaping
 * of quotes and line breaks can grow). Who may send what is then the resolvers' business.
 */
export const MAX_SIGNED_IN_BODY_BYTES = 12 * 1024 * 1024;

export interface AppOptions {
  database: Database;
  logger: Logger;
  tokens: TokenConfig;
  /** The built PWA to serve at the same origin (apps/pwa/dist), if any. */
  staticDir?: string | null;
  /** Behind a reverse proxy that sets X-Forwarded-For and X-Forwarded-Proto (env TRUST_PROXY). */
  trustProxy?: boolean;
  /** The login throttle's buckets (default DEFAULT_LOGIN_LIMITS). */
  loginLimits?: LoginLimits;
}

export interface App {
  server: Server;
  /** Requests being handled right now. */
  inFlight(): number;
  /** Stops taking requests, lets the ones in flight (sync batches) finish, then stops Apollo. */
  close(): Promise<void>;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

/** What every request's context shares: the process's login throttle and verified tokens. */
interface Shared {
  loginThrottle: LoginThrottle;
  accessTokens: AccessTokenCache;
}

async function createContext(
  request: IncomingMessage,
  options: AppOptions,
  { loginThrottle, accessTokens }: Shared,
): Promise<Context> {
  const header = request.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  const check = token ? await accessTokens.read(token) : null;
  const device = request.headers['x-device-id'];
  return {
    viewer: check?.ok ? check.value : null,
    tokenProblem: check && !check.ok ? check.reason : null,
    db: options.database,
    logger: options.logger,
    tokens: options.tokens,
    deviceId: typeof device === 'string' && device.length <= 64 ? device : null,
    clientAddress: clientAddress(request, options.trustProxy ?? false),
    loginThrottle,
    now: new Date(),
  };
}

/**
 * One Node HTTP server: POST /graphql (and GET for queries), GET /healthz, GET /exports/<token>
 * (form downloads). Apollo's CSRF
 * prevention stays on: a browser request must be POST with JSON or carry a preflight header.
 */
export async function createApp(options: AppOptions): Promise<App> {
  const apollo = new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
    // main.ts handles SIGTERM/SIGINT (finish in-flight batches, then close the database).
    stopOnTerminationSignals: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // No HTTP caching of GraphQL answers (they are per user); without the plugin Apollo does
    // not wrap every field's resolver to compute cache hints.
    plugins: [ApolloServerPluginCacheControlDisabled()],
    // Apollo's own messages go to the same structured log.
    logger: options.logger,
    formatError: (formatted, error) => {
      const code = formatted.extensions?.code;
      if (code === 'INTERNAL_SERVER_ERROR') {
        const path = formatted.path?.join('.') ?? null;
        options.logger.error(
          { path, ...errorFacts(unwrapResolverError(error)) },
          'resolver failed',
        );
        return { message: '服务器内部错误', extensions: { code } };
      }
      return formatted;
    },
  });
  await apollo.start();
  const shared: Shared = {
    loginThrottle: new LoginThrottle(options.loginLimits),
    accessTokens: new AccessTokenCache(options.tokens.secret),
  };

  async function handleGraphql(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let body: unknown;
    if (request.method === 'POST') {
      const limit = request.headers.authorization ? MAX_SIGNED_IN_BODY_BYTES : MAX_BODY_BYTES;
      const text = await readBody(request, limit);
      try {
        body = text ? JSON.parse(text) : {};
      } catch {
        sendJson(response, 400, {
          errors: [{ message: '请求体不是有效的 JSON', extensions: { code: 'BAD_REQUEST' } }],
        });
        return;
      }
    }
    const query =
      request.method === 'POST'
        ? (body as { query?: unknown } | null)?.query
        : url.searchParams.get('query');
    const problem = typeof query === 'string' ? documentProblem(query) : null;
    if (problem) {
      sendJson(response, 400, {
        errors: [
          {
            message: problem.message,
            extensions: { code: 'QUERY_TOO_COMPLEX', kind: problem.kind },
          },
        ],
      });
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: () => createContext(request, options, shared),
    });
    const responseHeaders: Record<string, string> = {};
    for (const [key, value] of result.headers) responseHeaders[key] = value;
    response.writeHead(result.status ?? 200, responseHeaders);
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  let inFlight = 0;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    inFlight += 1;
    response.once('close', () => {
      inFlight -= 1;
    });
    const started = performance.now();
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    for (const [name, value] of Object.entries(
      securityHeaders(isHttps(request, options.trustProxy ?? false)),
    )) {
      response.setHeader(name, value);
    }
    try {
      if (path === '/healthz') {
        await options.database.sql.query('SELECT 1');
        sendJson(response, 200, { status: 'ok', database: options.database.engine });
      } else if (path === '/graphql') {
        await handleGraphql(request, response);
      } else if (path.startsWith(EXPORTS_PATH)) {
        await serveExport(request, response, path, await createContext(request, options, shared));
      } else if (
        !options.staticDir ||
        !(await serveStatic(options.staticDir, request, response, path))
      ) {
        sendJson(response, 404, { error: 'not found' });
      }
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        sendJson(response, 413, {
          errors: [
            {
              message: error.message,
              extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: error.limitBytes },
            },
          ],
        });
      } else {
        options.logger.error({ path, ...errorFacts(error) }, 'request failed');
        if (!response.headersSent)
          sendJson(response, 500, { errors: [{ message: '服务器内部错误' }] });
        else response.end();
      }
    } finally {
      // Method, path, status and time only: bodies and variables may hold personal data.
      options.logger.info(
        {
          method: request.method,
          // A download link's token is a credential until it expires: not logged.
          path: path.startsWith(EXPORTS_PATH) ? `${EXPORTS_PATH}…` : path,
          status: response.statusCode,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    }
  }

  const server = createServer((request, response) => {
    void handle(request, response);
  });
  return {
    server,
    inFlight: () => inFlight,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // New connections are refused from here on; requests already being handled finish first.
      while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 10));
      server.closeIdleConnections();
      await closed;
      await apollo.stop();
    },
  };
}
