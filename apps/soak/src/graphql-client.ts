/**
 * The GraphQL API over plain HTTP as a phone reaches it, with the three ways a call can fail
 * told apart, because a phone reacts to each differently:
 * - `NoAnswerError`: no answer arrived (connection refused or reset, the server killed mid-call,
 *   the call aborted or timed out). The phone cannot know whether the server stored anything.
 * - `AuthRequiredError`: the server answered UNAUTHENTICATED (the access token expired).
 * - `ServerTroubleError`: an answer that is no usable result (a 5xx, GraphQL errors).
 */
export class NoAnswerError extends Error {
  override readonly name = 'NoAnswerError';
  /** The call was aborted by the caller (not refused, reset or timed out). */
  readonly aborted: boolean;

  constructor(message: string, aborted: boolean) {
    super(message);
    this.aborted = aborted;
  }
}

export class AuthRequiredError extends Error {
  override readonly name = 'AuthRequiredError';
}

export class ServerTroubleError extends Error {
  override readonly name = 'ServerTroubleError';
}

export interface CallOptions {
  token?: string;
  /** Sent as x-device-id, as the PWA does. */
  deviceId?: string;
  /** Aborts the call (the phone's AbortController). */
  signal?: AbortSignal;
  /** No answer within this long counts as none (default 60 s). */
  timeoutMs?: number;
}

interface GraphqlBody<Data> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  const code = (cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? `${error.message} (${code})` : error.message;
}

export async function callGraphql<Data>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown>,
  options: CallOptions = {},
): Promise<Data> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 60_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.deviceId) headers['x-device-id'] = options.deviceId;
  let status: number;
  let text: string;
  try {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal,
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    throw new NoAnswerError(describe(error), options.signal?.aborted === true);
  }
  let body: GraphqlBody<Data>;
  try {
    body = JSON.parse(text) as GraphqlBody<Data>;
  } catch {
    throw new ServerTroubleError(`HTTP ${status} without a JSON body`);
  }
  const errors = body.errors ?? [];
  if (errors.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) {
    throw new AuthRequiredError('the server asks for a new login');
  }
  if (errors.length > 0 || body.data === undefined || body.data === null) {
    const messages = errors.map((error) => error.extensions?.code ?? error.message).join('; ');
    throw new ServerTroubleError(`HTTP ${status}: ${messages || 'no data'}`);
  }
  return body.data;
}
