import type { AnyVariables, Client, OperationResult, TypedDocumentNode } from '@urql/core';
import { withExclusiveLock } from '../browser/exclusive-lock.ts';
import {
  type LocalDatabase,
  loadSession,
  type SessionRow,
  type SessionTokens,
  updateSession,
} from '../offline/local-database.ts';
import { ApiError, AuthRequiredError, NetworkError } from './api-errors.ts';
import {
  LOGIN_MUTATION,
  LOGOUT_MUTATION,
  type LoginData,
  REFRESH_SESSION_MUTATION,
  type Session,
  type Viewer,
} from './auth-documents.ts';

/**
 * 会话 — logs the worker in, keeps the tokens in IndexedDB and runs authenticated requests:
 * an access token about to expire, or refused with UNAUTHENTICATED, is refreshed once and
 * the request repeated. When the refresh token is refused too the session is marked
 * `needsLogin` — the viewer and everything captured stay on the phone.
 */

export type LoginOutcome =
  | { ok: true; viewer: Viewer }
  | {
      ok: false;
      reason: 'invalidCredentials' | 'locked' | 'network' | 'server';
      message: string;
      /** When a locked account opens again (ISO). */
      lockedUntil?: string;
    };

export interface SessionManagerOptions {
  db: LocalDatabase;
  client: Client;
  /** The clock (tests move it). */
  now?: () => Date;
}

/** Refresh this long before the access token expires, so it does not expire in flight. */
const REFRESH_MARGIN_MS = 60 * 1000;

type Outcome = 'ok' | 'unauthenticated';

function isUnauthenticated(result: OperationResult): boolean {
  const error = result.error;
  if (error === undefined) return false;
  if (error.response instanceof Response && error.response.status === 401) return true;
  return error.graphQLErrors.some((graphQLError) => {
    const code = graphQLError.extensions?.code;
    return code === 'UNAUTHENTICATED';
  });
}

/** The data of a result, or the failure as NetworkError / ApiError. */
function dataOf<Data>(result: OperationResult<Data>): Data {
  const error = result.error;
  if (error?.networkError !== undefined) throw new NetworkError();
  if (error !== undefined && error.graphQLErrors.length > 0) {
    throw new ApiError(error.graphQLErrors.map((graphQLError) => graphQLError.message).join('；'));
  }
  if (result.data === undefined || result.data === null) {
    throw new ApiError('服务器没有返回数据');
  }
  return result.data;
}

export class SessionManager {
  readonly #db: LocalDatabase;
  readonly #client: Client;
  readonly #now: () => Date;
  #refreshing: Promise<void> | null = null;

  constructor(options: SessionManagerOptions) {
    this.#db = options.db;
    this.#client = options.client;
    this.#now = options.now ?? (() => new Date());
  }

  /** The stored session (created with a device id on first use). */
  session(): Promise<SessionRow> {
    return loadSession(this.#db);
  }

  async login(username: string, password: string): Promise<LoginOutcome> {
    let data: LoginData;
    try {
      data = dataOf(await this.#execute('mutation', LOGIN_MUTATION, { username, password }, null));
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, reason: 'server', message: error.message };
      return { ok: false, reason: 'network', message: '无法连接服务器，登录需要网络' };
    }
    const login = data.login;
    switch (login.__typename) {
      case 'MutationLoginSuccess':
        await this.#store(login.data);
        return { ok: true, viewer: login.data.viewer };
      case 'AccountLockedError':
        return {
          ok: false,
          reason: 'locked',
          message: login.message,
          lockedUntil: login.lockedUntil,
        };
      default:
        return { ok: false, reason: 'invalidCredentials', message: login.message };
    }
  }

  /** Ends the session on the server when it can; always forgets the tokens and the viewer. */
  async logout(): Promise<void> {
    const session = await this.session();
    if (session.tokens !== null) {
      const variables = { refreshToken: session.tokens.refreshToken };
      await this.#execute('mutation', LOGOUT_MUTATION, variables, null).catch(() => undefined);
    }
    await updateSession(this.#db, { tokens: null, viewer: null, needsLogin: false });
  }

  /** Runs an authenticated query. Throws NetworkError, AuthRequiredError or ApiError. */
  query<Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
  ): Promise<Data> {
    return this.#authenticated('query', document, variables);
  }

  /** Runs an authenticated mutation. Throws NetworkError, AuthRequiredError or ApiError. */
  mutate<Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
  ): Promise<Data> {
    return this.#authenticated('mutation', document, variables);
  }

  /**
   * Trades the refresh token for a new session. Several callers (and tabs) share one
   * refresh: refresh tokens are single-use on the server.
   */
  refresh(): Promise<void> {
    this.#refreshing ??= withExclusiveLock('jixiao-session-refresh', () =>
      this.#refreshOnce(),
    ).finally(() => {
      this.#refreshing = null;
    });
    return this.#refreshing;
  }

  async #refreshOnce(): Promise<void> {
    const session = await this.session();
    if (session.tokens === null) throw new AuthRequiredError('请先登录');
    // Another tab may have refreshed while this one waited for the lock.
    if (!this.#expiresSoon(session.tokens)) return;
    const variables = { refreshToken: session.tokens.refreshToken };
    const result = await this.#execute('mutation', REFRESH_SESSION_MUTATION, variables, null);
    const refreshed = dataOf(result).refreshSession;
    if (refreshed.__typename === 'MutationRefreshSessionSuccess') {
      await this.#store(refreshed.data);
      return;
    }
    await updateSession(this.#db, { tokens: null, needsLogin: true });
    throw new AuthRequiredError();
  }

  async #authenticated<Data, Variables extends AnyVariables>(
    kind: 'query' | 'mutation',
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
  ): Promise<Data> {
    let session = await this.session();
    if (session.tokens === null) {
      throw new AuthRequiredError(session.needsLogin ? undefined : '请先登录');
    }
    if (this.#expiresSoon(session.tokens)) {
      await this.refresh();
      session = await this.session();
    }
    const first = await this.#run(kind, document, variables, session.tokens);
    if (first.outcome === 'ok') return dataOf(first.result);
    await this.#forceRefresh();
    session = await this.session();
    const second = await this.#run(kind, document, variables, session.tokens);
    if (second.outcome === 'ok') return dataOf(second.result);
    await updateSession(this.#db, { tokens: null, needsLogin: true });
    throw new AuthRequiredError();
  }

  /** A refresh after the server refused the access token, whatever its stated expiry. */
  async #forceRefresh(): Promise<void> {
    const session = await this.session();
    if (session.tokens === null) throw new AuthRequiredError();
    await updateSession(this.#db, {
      tokens: { ...session.tokens, accessTokenExpiresAt: new Date(0).toISOString() },
    });
    await this.refresh();
  }

  async #run<Data, Variables extends AnyVariables>(
    kind: 'query' | 'mutation',
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    tokens: SessionTokens | null,
  ): Promise<{ outcome: Outcome; result: OperationResult<Data, Variables> }> {
    const accessToken = tokens?.accessToken ?? null;
    const result = await this.#execute(kind, document, variables, accessToken);
    return { outcome: isUnauthenticated(result) ? 'unauthenticated' : 'ok', result };
  }

  async #execute<Data, Variables extends AnyVariables>(
    kind: 'query' | 'mutation',
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    accessToken: string | null,
  ): Promise<OperationResult<Data, Variables>> {
    const { deviceId } = await this.session();
    const headers: Record<string, string> = { 'x-device-id': deviceId };
    if (accessToken !== null) headers.authorization = `Bearer ${accessToken}`;
    const context = { fetchOptions: { headers } };
    return kind === 'query'
      ? this.#client.query(document, variables, context).toPromise()
      : this.#client.mutation(document, variables, context).toPromise();
  }

  #expiresSoon(tokens: SessionTokens): boolean {
    const expiresAt = Date.parse(tokens.accessTokenExpiresAt);
    if (Number.isNaN(expiresAt)) return true;
    return expiresAt - this.#now().getTime() < REFRESH_MARGIN_MS;
  }

  async #store(session: Session): Promise<void> {
    const { accessToken, accessTokenExpiresAt, refreshToken, viewer } = session;
    await updateSession(this.#db, {
      tokens: { accessToken, accessTokenExpiresAt, refreshToken },
      viewer,
      needsLogin: false,
    });
  }
}
