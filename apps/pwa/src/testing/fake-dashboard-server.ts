import type { Viewer } from '../api/auth-documents.ts';
import type {
  Indicator,
  Project,
  VerificationConflict,
  YearLockStatus,
} from '../api/dashboard-documents.ts';
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
import { FakeForms } from './fake-form-server.ts';

/**
 * A stand-in for the GraphQL server behind the dashboard: logs in the county manager and the
 * prefecture viewer, answers the dashboard's queries from the fixtures (masking the roster for
 * the viewer, as the server does) and applies the manager's edits, refusing an actual the
 * scoring could not read with InvalidInputError as the server does; resolves duplicate
 * verifications (refused while the year is locked) and imports rosters (refusing ID numbers
 * that are not 18 characters, cell by cell, and writing nothing then).
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
  /** Download links, the printed forms and the form import (fake-form-server.ts). */
  readonly forms = new FakeForms(this.projects);
  readonly roster: RosterPerson[] = generateRoster(60);
  readonly conflicts: VerificationConflict[] = [structuredClone(CONFLICT)];
  /** People imported through importRoster, by ID number. */
  readonly imported = new Map<string, string>();
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
              edges: variables.year === 2020 ? this.conflicts.map((node) => ({ node })) : [],
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
      case 'YearLock':
        return {
          data: {
            yearLock: { __typename: 'QueryYearLockSuccess', data: this.#lockStatus(variables) },
          },
        };
      case 'LockYear':
      case 'UnlockYear':
        return manages ? this.#lock(name, variables) : FORBIDDEN;
      case 'ResolveVerificationConflict':
        return manages ? this.#resolve(variables) : FORBIDDEN;
      case 'ImportRoster':
        return manages ? this.#importRoster(variables) : FORBIDDEN;
      default:
        return (
          this.forms.answer(name, variables, manages) ?? {
            errors: [{ message: `unknown operation ${name}` }],
          }
        );
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

  #lockStatus(variables: Record<string, unknown>): YearLockStatus {
    const locked = this.locked && variables.year === 2020;
    return {
      countyCode: String(variables.countyCode),
      year: Number(variables.year),
      locked,
      lockedAt: locked ? '2026-11-20T12:00:00+08:00' : null,
    };
  }

  #lock(name: 'LockYear' | 'UnlockYear', variables: Record<string, unknown>): Answer {
    this.locked = name === 'LockYear';
    const status = this.#lockStatus(variables);
    const field = name === 'LockYear' ? 'lockYear' : 'unlockYear';
    return { data: { [field]: { __typename: `Mutation${name}Success`, data: status } } };
  }

  /** Counts the chosen verification instead of the counted one, as the server does. */
  #resolve(variables: Record<string, unknown>): Answer {
    const answer = (result: object) => ({ data: { resolveVerificationConflict: result } });
    const invalid = (field: string, message: string) =>
      answer({ __typename: 'InvalidInputError', message, fieldErrors: [{ field, message }] });
    const note = typeof variables.note === 'string' ? variables.note : null;
    if (note !== null && note.length > 500) {
      return invalid('note', `处理说明最多 500 字，实为 ${note.length} 字`);
    }
    const conflict = this.conflicts.find((candidate) =>
      candidate.others.some((other) => other.id === variables.verificationId),
    );
    const chosen = conflict?.others.find((other) => other.id === variables.verificationId);
    if (conflict === undefined || chosen === undefined) {
      return answer({ __typename: 'NotFoundError', message: '没有该核实记录' });
    }
    if (this.locked) {
      return invalid('verificationId', '2020 年度已锁定，不能更改计数的核实记录');
    }
    const previous = conflict.counted;
    conflict.counted = { ...chosen, counted: true };
    conflict.others = [
      ...conflict.others.filter((other) => other.id !== chosen.id),
      ...(previous === null ? [] : [{ ...previous, counted: false }]),
    ].sort((a, b) => b.capturedAt.localeCompare(a.capturedAt));
    conflict.resolution = {
      resolvedAt: '2026-11-20T12:00:00+08:00',
      note,
      newerVerifications: 0,
    };
    return answer({ __typename: 'MutationResolveVerificationConflictSuccess', data: conflict });
  }

  /**
   * Reads the CSV's first column as the ID number; any that is not 18 characters refuses all.
   * An "XLSX" here is base64 of CSV text (the real parsing is the server's).
   */
  #importRoster(variables: Record<string, unknown>): Answer {
    const { csv, xlsxBase64 } = variables;
    if ((typeof csv === 'string') === (typeof xlsxBase64 === 'string')) {
      const message = '请只提供 csv 或 xlsxBase64 其中之一';
      return {
        data: {
          importRoster: {
            __typename: 'InvalidInputError',
            message,
            fieldErrors: [{ field: 'csv', message }],
          },
        },
      };
    }
    const text =
      typeof xlsxBase64 === 'string'
        ? new TextDecoder().decode(Uint8Array.from(atob(xlsxBase64), (char) => char.charCodeAt(0)))
        : String(csv);
    const lines = text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .map((line, index) => ({ line: index + 1, cells: line.split(',') }))
      .filter(({ line, cells }) => line > 1 && cells.join('') !== '');
    const fieldErrors = lines
      .filter(({ cells }) => (cells[0] ?? '').trim().length !== 18)
      .map(({ line }) => ({ field: `row ${line}.idNumber`, message: '身份证号应为 18 位' }));
    if (lines.length === 0) fieldErrors.push({ field: 'csv', message: '文件没有数据行' });
    if (fieldErrors.length > 0) {
      const message = `名册有 ${fieldErrors.length} 处错误，未导入任何人员`;
      return {
        data: { importRoster: { __typename: 'InvalidInputError', message, fieldErrors } },
      };
    }
    let inserted = 0;
    let updated = 0;
    let unchanged = 0;
    for (const { cells } of lines) {
      const id = (cells[0] ?? '').trim();
      const row = cells.join(',');
      const before = this.imported.get(id);
      if (before === undefined) inserted++;
      else if (before === row) unchanged++;
      else updated++;
      this.imported.set(id, row);
    }
    const counts = { rows: lines.length, inserted, updated, unchanged };
    return { data: { importRoster: { __typename: 'MutationImportRosterSuccess', data: counts } } };
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
