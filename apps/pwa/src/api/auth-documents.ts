import { gql } from '@urql/core';

/**
 * 登录与会话 — the documents of logging in, refreshing the session and reading the viewer,
 * with their result types written by hand from the server's contract.
 */

export type Role = 'ADMIN' | 'COUNTY_MANAGER' | 'FIELD_WORKER' | 'PREFECTURE_VIEWER';

/** 当前用户 and what they are scoped to. */
export interface Viewer {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** The division the account is scoped to (a county for a manager), or null. */
  scopeCode: string | null;
  /** 所辖乡镇 — the 9-digit codes of the townships the worker covers. */
  townshipCodes: string[];
  /**
   * 当前评价年度 — the year the county is evaluating (its latest unlocked project year): the
   * year records are captured for. Null without a county; absent in sessions saved before it.
   */
  evaluationYear?: number | null;
}

export interface Session {
  accessToken: string;
  /** ISO 8601 with offset; access tokens live 15 minutes. */
  accessTokenExpiresAt: string;
  refreshToken: string;
  viewer: Viewer;
}

const VIEWER_FIELDS = 'id username displayName role scopeCode townshipCodes evaluationYear';
const SESSION_FIELDS = `accessToken accessTokenExpiresAt refreshToken viewer { ${VIEWER_FIELDS} }`;

export type LoginResult =
  | { __typename: 'MutationLoginSuccess'; data: Session }
  | { __typename: 'InvalidCredentialsError'; message: string }
  | { __typename: 'AccountLockedError'; message: string; lockedUntil: string }
  | { __typename: 'TooManyAttemptsError'; message: string; retryAfterSeconds: number };

export interface LoginData {
  login: LoginResult;
}

export interface LoginVariables {
  username: string;
  password: string;
}

export const LOGIN_MUTATION = gql<LoginData, LoginVariables>(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      __typename
      ... on MutationLoginSuccess { data { ${SESSION_FIELDS} } }
      ... on InvalidCredentialsError { message }
      ... on AccountLockedError { message lockedUntil }
      ... on TooManyAttemptsError { message retryAfterSeconds }
    }
  }
`);

export type RefreshSessionResult =
  | { __typename: 'MutationRefreshSessionSuccess'; data: Session }
  | { __typename: 'InvalidCredentialsError'; message: string };

export interface RefreshSessionData {
  refreshSession: RefreshSessionResult;
}

export interface RefreshSessionVariables {
  refreshToken: string;
}

export const REFRESH_SESSION_MUTATION = gql<RefreshSessionData, RefreshSessionVariables>(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      __typename
      ... on MutationRefreshSessionSuccess { data { ${SESSION_FIELDS} } }
      ... on InvalidCredentialsError { message }
    }
  }
`);

export interface LogoutData {
  logout: boolean;
}

export interface LogoutVariables {
  refreshToken: string;
}

export const LOGOUT_MUTATION = gql<LogoutData, LogoutVariables>(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

export interface MeData {
  me: Viewer;
}

export const ME_QUERY = gql<MeData, Record<string, never>>(`
  query Me {
    me { ${VIEWER_FIELDS} }
  }
`);
