import { login, logout, refresh, type Session } from '../auth/auth-service.ts';
import type { Viewer } from '../auth/viewer.ts';
import { builder } from '../builder.ts';
import { evaluationYear } from '../services/evaluation-year.ts';
import { isStorableKey } from '../services/storable-text.ts';
import { AccountLockedError, InvalidCredentialsError, TooManyAttemptsError } from './errors.ts';

/** Sign-in: login → a short-lived access token and a refresh token; refresh rotates; me. */
export const RoleEnum = builder.enumType('Role', {
  values: ['FIELD_WORKER', 'COUNTY_MANAGER', 'PREFECTURE_VIEWER', 'ADMIN'] as const,
});

export const ViewerRef = builder.objectRef<Viewer>('Viewer').implement({
  description: 'The signed-in user and what they are scoped to',
  fields: (t) => ({
    id: t.exposeID('id'),
    username: t.exposeString('username'),
    displayName: t.string({
      resolve: async (viewer, _args, context) =>
        (await context.db.prisma.user.findUniqueOrThrow({ where: { id: viewer.id } })).displayName,
    }),
    role: t.field({ type: RoleEnum, resolve: (viewer) => viewer.role }),
    scopeCode: t.exposeString('scopeCode', { nullable: true }),
    townshipCodes: t.exposeStringList('townshipCodes'),
    evaluationYear: t.int({
      nullable: true,
      description:
        'The year whose evaluation the county is working on: the latest year with a project of ' +
        'the county that is not locked. Phones capture for this year. Null without a county.',
      resolve: (viewer, _args, context) => evaluationYear(context, viewer),
    }),
  }),
});

const SessionRef = builder.objectRef<Session>('Session').implement({
  fields: (t) => ({
    accessToken: t.exposeString('accessToken'),
    accessTokenExpiresAt: t.expose('accessTokenExpiresAt', { type: 'DateTime' }),
    refreshToken: t.exposeString('refreshToken'),
    viewer: t.field({ type: ViewerRef, resolve: (session) => session.viewer }),
  }),
});

builder.queryField('me', (t) =>
  t.field({
    type: ViewerRef,
    authScopes: { signedIn: true },
    resolve: (_root, _args, context) => context.viewer as Viewer,
  }),
);

builder.mutationField('login', (t) =>
  t.field({
    type: SessionRef,
    errors: { types: [InvalidCredentialsError, AccountLockedError, TooManyAttemptsError] },
    description:
      'A session for the user. Five wrong passwords in a row lock the account for 15 minutes; ' +
      'too many attempts from one address or for one username are refused for a while ' +
      '(TooManyAttemptsError with the seconds to wait).',
    args: {
      username: t.arg.string({ required: true }),
      password: t.arg.string({ required: true }),
    },
    resolve: async (_root, { username, password }, context) => {
      const { loginThrottle, clientAddress, now } = context;
      const wait = loginThrottle.begin(clientAddress, username.slice(0, 64), now);
      if (wait !== null) {
        throw new TooManyAttemptsError(`登录尝试过于频繁，请 ${wait} 秒后再试`, wait);
      }
      // A name the database cannot hold (U+0000) is no user's: refused like a wrong one.
      if (username.length > 64 || password.length > 256 || !isStorableKey(username)) {
        loginThrottle.failed(clientAddress, now);
        throw new InvalidCredentialsError('用户名或密码错误');
      }
      const result = await login(context, username, password);
      if (result.ok) return result.session;
      loginThrottle.failed(clientAddress, now);
      if (result.reason === 'locked') {
        throw new AccountLockedError('密码错误次数过多，账号已暂时锁定', result.lockedUntil);
      }
      throw new InvalidCredentialsError('用户名或密码错误');
    },
  }),
);

builder.mutationField('refreshSession', (t) =>
  t.field({
    type: SessionRef,
    errors: { types: [InvalidCredentialsError] },
    args: { refreshToken: t.arg.string({ required: true }) },
    resolve: async (_root, { refreshToken }, context) => {
      const session = await refresh(context, refreshToken);
      if (!session) throw new InvalidCredentialsError('刷新令牌无效或已过期，请重新登录');
      return session;
    },
  }),
);

builder.mutationField('logout', (t) =>
  t.boolean({
    args: { refreshToken: t.arg.string({ required: true }) },
    resolve: (_root, { refreshToken }, context) => logout(context, refreshToken),
  }),
);
