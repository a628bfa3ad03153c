import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import { canCaptureIn, canManageCounty, canReadDivision } from './access-policy.ts';
import type { Viewer } from './viewer.ts';

/**
 * Resolver-side checks for scopes that depend on an argument (a division code): the field-level
 * `authScopes` only know the role. Each throws a GraphQL error with a code the client can act on.
 */
export function forbidden(message = '无权访问该地区的数据'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/**
 * No viewer: UNAUTHENTICATED, with reason TOKEN_EXPIRED when the access token has expired (the
 * client refreshes its session and retries; any other problem means logging in again).
 */
export function unauthenticated(context: Pick<Context, 'tokenProblem'>): GraphQLError {
  const expired = context.tokenProblem === 'expired';
  return new GraphQLError(expired ? '登录已过期，请刷新令牌或重新登录' : '请先登录', {
    extensions: { code: 'UNAUTHENTICATED', ...(expired ? { reason: 'TOKEN_EXPIRED' } : {}) },
  });
}

export function requireViewer(context: Context): Viewer {
  if (context.viewer) return context.viewer;
  throw unauthenticated(context);
}

export function requireRead(context: Context, code: string): Viewer {
  const viewer = requireViewer(context);
  if (!canReadDivision(viewer, code)) throw forbidden();
  return viewer;
}

export function requireCapture(context: Context, townshipCode: string): Viewer {
  const viewer = requireViewer(context);
  if (!canCaptureIn(viewer, townshipCode)) throw forbidden('只能在分配给您的乡镇采集数据');
  return viewer;
}

export function requireManage(context: Context, countyCode: string): Viewer {
  const viewer = requireViewer(context);
  if (!canManageCounty(viewer, countyCode)) throw forbidden('只有本县的县级管理员可以执行此操作');
  return viewer;
}
