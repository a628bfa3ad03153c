/**
 * The three ways a request to the server can fail, so that callers can tell "try again
 * later" from "log in again" from "the server said no".
 */

/** 无法连接服务器 — no network, the server is down, or the answer never arrived. */
export class NetworkError extends Error {
  override name = 'NetworkError';
  constructor(message = '无法连接服务器，请在有网络时重试') {
    super(message);
  }
}

/** 需要重新登录 — no session, or the refresh token was refused. Nothing local is dropped. */
export class AuthRequiredError extends Error {
  override name = 'AuthRequiredError';
  constructor(message = '登录已过期，请重新登录') {
    super(message);
  }
}

/** 服务器报错 — the server answered with GraphQL errors (other than UNAUTHENTICATED). */
export class ApiError extends Error {
  override name = 'ApiError';
}

/** The Chinese message to show for any failure. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message !== '') return error.message;
  return '发生未知错误';
}
