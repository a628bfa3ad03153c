import type { Viewer } from '../api/auth-documents.ts';
import type { Indicator, Project, YearLockStatus } from '../api/dashboard-documents.ts';
import type { RosterPerson } from '../api/roster-documents.ts';
import { FIXTURE_TOWNSHIP, generateRoster } from '../offline/roster-fixture.ts';
import {
  CONFLICT,
  COUNTY_DIVISION,
  countyRollup,
  MANAGER,
  PREFECTURE_AREA,
  PREFECTURE_VIEWER,
  residentPensionProject,
} from './dashboard-fixtures.ts';

/**
 * A stand-in for the GraphQL server behind the dashboard: logs in the county manager and the
 * prefecture viewer, answers the dashboard's queries from the fixtures (masking the roster for
 * the viewer, as the server does) and applies the manager's edits, refusing an actual the
 * scoring could not read with InvalidInputError as the server does.
 */
export const DASHBOARD_PASSWORD = 'jixiao-demo-2020';

interface GraphqlBody {
  operationName?: string;
  variables?: Record<string, unknown>;
}

export interface DashboardCall {
  operationName: string;
  variables: Record<string, unknown>;
}

type Answer = { data: unknown } | { errors: { message: string; extensions?: object }[] };

const FORBIDDEN: Answer = {
  errors: [{ message: '只有本县的县级管理员可以执行此操作', extensions: { code: 'FORBIDDEN' } }],
};

/** What the scoring's parser reads in this fake: numbers with a unit or %, or a tier text. */
const READABLE = /^(?:[≥≤<>=]\s*)?\d+(?:\.\d+)?\s*(?:%|人|元|万元)?$|^达成预期指标$/;

export class FakeDashboardServer {
  readonly calls: DashboardCall[] = [];
  readonly projects: Project[] = [residentPensionProject()];
  readonly roster: RosterPerson[] = generateRoster(60);
  locked = false;
  /** Every request fails as if there were no network. */
  offline = false;
  #tokens = new Map<string, Viewer>();
  #counter = 0;

  callsOf(operationName: string): DashboardCall[] {
    return this.calls.filter((call) => call.operationName === operationName);
  }

  fetch = async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (this.offline) throw new TypeError('Failed to fetch');
    const body = JSON.parse(String(init?.body)) as GraphqlBody;
    const operationName = body.operationName ?? '';
    const variables = body.variables ?? {};
    this.calls.push({ operationName, variables });
    const token = new Headers(init?.headers).get('authorization')?.replace(/^Bearer /, '') ?? '';
    return json(this.#answer(operationName, variables, this.#tokens.get(token) ?? null));
  };

  #answer(name: string, variables: Record<string, unknown>, viewer: Viewer | null): Answer {
    if (name === 'Login') return { data: { login: this.#login(variables) } };
    if (name === 'Logout') return { data: { logout: true } };
    if (viewer === null) {
      return { errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] };
    }
    const manages = viewer.role === 'COUNTY_MANAGER';
    switch (name) {
      case 'Me':
        return { data: { me: viewer } };
      case 'Division':
        return {
          data: { division: variables.code === COUNTY_DIVISION.code ? COUNTY_DIVISION : null },
        };
      case 'DashboardArea':
        return {
          data: { division: variables.code === PREFECTURE_AREA.code ? PREFECTURE_AREA : null },
        };
      case 'DashboardProjects':
        return {
          data: {
            projects: {
              edges: this.projects
                .filter((project) => project.year === variables.year)
                .map((node) => ({ node })),
              pageInfo: { hasNextPage: false, endCursor: null },
            },
          },
        };
      case 'DashboardRollup':
        return {
          data: {
            rollup: { ...countyRollup(Number(variables.year)), scheme: variables.scheme ?? null },
          },
        };
      case 'DashboardRoster':
        return { data: { townshipRoster: this.#roster(variables, manages) } };
      case 'VerificationConflicts':
        return {
          data: {
            verificationConflicts: {
              edges: variables.year === 2020 ? [{ node: CONFLICT }] : [],
              pageInfo: { hasNextPage: false, endCursor: null },
            },
          },
        };
      case 'SetIndicatorActual':
        return manages ? this.#setActual(variables) : FORBIDDEN;
      case 'UpdateIndicator':
        return manages
          ? this.#edit('updateIndicator', 'MutationUpdateIndicatorSuccess', variables)
          : FORBIDDEN;
      case 'SetIndicatorBinding':
        return manages ? this.#bind(variables) : FORBIDDEN;
      case 'RemoveIndicatorBinding':
        return manages
          ? this.#edit('removeIndicatorBinding', 'MutationRemoveIndicatorBindingSuccess', {
              ...variables,
              binding: null,
            })
          : FORBIDDEN;
      case 'LockYear':
      case 'UnlockYear':
        return manages ? this.#lock(name, variables) : FORBIDDEN;
      default:
        return { errors: [{ message: `unknown operation ${name}` }] };
    }
  }

  #login(variables: Record<string, unknown>) {
    const viewer = [MANAGER, PREFECTURE_VIEWER].find(
      (user) => user.username === variables.username,
    );
    if (viewer === undefined || variables.password !== DASHBOARD_PASSWORD) {
      return { __typename: 'InvalidCredentialsError', message: '用户名或密码不正确' };
    }
    return { __typename: 'MutationLoginSuccess', data: this.issueSession(viewer) };
  }

  /** A session for `viewer`, as a login would give it. */
  issueSession(viewer: Viewer) {
    this.#counter++;
    const accessToken = `dashboard-access-${this.#counter}`;
    this.#tokens.set(accessToken, viewer);
    return {
      accessToken,
      accessTokenExpiresAt: new Date(Date.now() + 15 * 60 * 1000).toISOString(),
      refreshToken: `dashboard-refresh-${this.#counter}`,
      viewer,
    };
  }

  #roster(variables: Record<string, unknown>, personalData: boolean) {
    const rows = variables.townshipCode === FIXTURE_TOWNSHIP ? this.roster : [];
    const first = typeof variables.first === 'number' ? variables.first : 500;
    const start = typeof variables.after === 'string' ? Number(variables.after) : 0;
    const page = rows.slice(start, start + first);
    return {
      edges: page.map((person, index) => ({
        cursor: String(start + index + 1),
        node: personalData ? person : masked(person),
      })),
      pageInfo: {
        hasNextPage: start + first < rows.length,
        endCursor: page.length === 0 ? null : String(start + page.length),
      },
    };
  }

  #indicator(id: unknown): { project: Project; indicator: Indicator } | null {
    for (const project of this.projects) {
      const indicator = project.indicators.find((candidate) => candidate.id === id);
      if (indicator !== undefined) return { project, indicator };
    }
    return null;
  }

  #setActual(variables: Record<string, unknown>): Answer {
    const actual = variables.actual;
    if (typeof actual === 'string' && !READABLE.test(actual)) {
      const message = `全年完成值“${actual}”无法识别：应为数字（可带单位或 %）或定性档次`;
      return {
        data: {
          setIndicatorActual: {
            __typename: 'InvalidInputError',
            message,
            fieldErrors: [{ field: 'actual', message }],
          },
        },
      };
    }
    const answer = this.#edit('setIndicatorActual', 'MutationSetIndicatorActualSuccess', {
      ...variables,
      ...(actual === undefined ? {} : { manualActual: actual }),
    });
    const found = this.#indicator(variables.indicatorId);
    const scored = found?.project.evaluation.indicators.find(
      (row) => row.rowKey === found.indicator.rowKey,
    );
    if (scored !== undefined && scored.actualSource === 'MANUAL' && actual !== undefined) {
      scored.actual = typeof actual === 'string' ? actual : null;
    }
    return answer;
  }

  #bind(variables: Record<string, unknown>): Answer {
    return this.#edit('setIndicatorBinding', 'MutationSetIndicatorBindingSuccess', {
      indicatorId: variables.indicatorId,
      binding: {
        metric: variables.metric,
        scheme: variables.scheme ?? null,
        respondentGroup: variables.respondentGroup ?? null,
        updatedAt: '2026-11-20T12:00:00+08:00',
      },
    });
  }

  /** Applies the changes given (those of the indicator's fields that are present). */
  #edit(field: string, success: string, changes: Record<string, unknown>): Answer {
    const found = this.#indicator(changes.indicatorId);
    if (found === null) {
      return { data: { [field]: { __typename: 'NotFoundError', message: '找不到该指标' } } };
    }
    const { indicator } = found;
    for (const key of ['manualActual', 'reason', 'target', 'weight', 'binding'] as const) {
      if (key in changes) Object.assign(indicator, { [key]: changes[key] ?? null });
    }
    return { data: { [field]: { __typename: success, data: indicator } } };
  }

  #lock(name: 'LockYear' | 'UnlockYear', variables: Record<string, unknown>): Answer {
    this.locked = name === 'LockYear';
    const status: YearLockStatus = {
      countyCode: String(variables.countyCode),
      year: Number(variables.year),
      locked: this.locked,
      lockedAt: this.locked ? '2026-11-20T12:00:00+08:00' : null,
    };
    const field = name === 'LockYear' ? 'lockYear' : 'unlockYear';
    return { data: { [field]: { __typename: `Mutation${name}Success`, data: status } } };
  }
}

/** 6531**********1234 and 艾**, no birth date: what a viewer without personal data receives. */
function masked(person: RosterPerson): RosterPerson {
  return {
    ...person,
    idNumber: `${person.idNumber.slice(0, 4)}${'*'.repeat(10)}${person.idNumber.slice(-4)}`,
    name: `${[...person.name][0] ?? ''}**`,
    birthDate: null,
    masked: true,
  };
}

function json(body: Answer): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });
}
