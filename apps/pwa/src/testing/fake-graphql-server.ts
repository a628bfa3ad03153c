import {
  type CaptureResult,
  type FieldError,
  recordFingerprint,
  type SurveyTemplate,
  validateSurveyResponse,
  validateVerification,
} from '@jixiao/domain';
import type { Viewer } from '../api/auth-documents.ts';
import type { RosterPerson } from '../api/roster-documents.ts';
import type { SyncRecordResult } from '../api/sync-documents.ts';

/**
 * A stand-in for the GraphQL server in tests: a `fetch` that answers the operations the
 * field app sends, following the API contract (login, refresh, roster pages, templates,
 * sync with ACCEPTED / ALREADY_RECEIVED / CONFLICT / REJECTED). Failures can be switched on:
 * no network at all, or an answer lost after the records were stored.
 */

export const WORKER: Viewer = {
  id: 'user-1',
  username: 'worker',
  displayName: '阿依古丽',
  role: 'FIELD_WORKER',
  scopeCode: '653125',
  townshipCodes: ['653125100', '653125101'],
};

export const WORKER_PASSWORD = 'correct horse';

const SCALE = [
  { zh: '很不满意', ug: 'ئىنتايىن نارازى' },
  { zh: '不满意', ug: 'نارازى' },
  { zh: '一般', ug: 'ئادەتتىكى' },
  { zh: '满意', ug: 'رازى' },
  { zh: '很满意', ug: 'ئىنتايىن رازى' },
];

export const SATISFACTION_TEMPLATE: SurveyTemplate = {
  id: 'satisfaction-2020',
  version: 1,
  title: {
    zh: '社会保险服务满意度调查',
    ug: 'ئىجتىمائىي سۇغۇرتا مۇلازىمىتىدىن رازى بولۇش تەكشۈرۈشى',
  },
  respondentGroups: ['institutionRetiree', 'residentBeneficiary', 'contributor'],
  questions: [
    {
      id: 'q1',
      kind: 'satisfaction',
      text: {
        zh: '您对养老金按时足额发放是否满意？',
        ug: 'پىنسىيە ۋاقتىدا تولۇق تارقىتىلىشىدىن رازىمۇ؟',
      },
      scale: SCALE,
      satisfiedValues: [4, 5],
    },
    {
      id: 'q2',
      kind: 'awareness',
      text: {
        zh: '您是否了解待遇资格认证政策？',
        ug: 'تەمىنات سالاھىيىتىنى دەلىللەش سىياسىتىنى بىلەمسىز؟',
      },
      scale: SCALE,
      satisfiedValues: [3, 4, 5],
    },
  ],
};

interface GraphqlBody {
  operationName?: string;
  query: string;
  variables?: Record<string, unknown>;
}

export interface RecordedCall {
  operationName: string;
  variables: Record<string, unknown>;
  headers: Headers;
}

interface StoredRecord {
  fingerprint: string;
  record: unknown;
}

type GraphqlAnswer = { data: unknown } | { errors: { message: string; extensions?: object }[] };

const UNAUTHENTICATED: GraphqlAnswer = {
  errors: [{ message: '未登录或登录已过期', extensions: { code: 'UNAUTHENTICATED' } }],
};

export interface FakeServerOptions {
  now?: () => Date;
  roster?: Record<string, RosterPerson[]>;
}

export class FakeGraphqlServer {
  readonly calls: RecordedCall[] = [];
  readonly verifications = new Map<string, StoredRecord>();
  readonly surveyResponses = new Map<string, StoredRecord>();
  /** Per township, the rows the roster query serves. */
  readonly roster: Record<string, RosterPerson[]>;
  /** Per township, the people who left it, with the version of their departure. */
  readonly departures: Record<string, { id: string; version: string }[]> = {};
  /** Beneficiaries whose records the server refuses (as if outside the worker's scope). */
  readonly refusedBeneficiaries = new Set<string>();
  /** Every request fails as if there were no network. */
  offline = false;
  /** The next n sync calls store their records and then the answer is lost. */
  loseAnswersOfNextSyncs = 0;
  /** Fail every request from the n-th one on (counted from now), as if the network went. */
  failAfterRequests: number | null = null;
  readonly #now: () => Date;
  #accessTokens = new Set<string>();
  #refreshTokens = new Set<string>();
  #counter = 0;

  constructor(options: FakeServerOptions = {}) {
    this.#now = options.now ?? (() => new Date());
    this.roster = options.roster ?? {};
  }

  /** Every access token issued so far stops working (as after 15 minutes). */
  expireAccessTokens(): void {
    this.#accessTokens.clear();
  }

  /** Every refresh token stops working too (the session is over). */
  revokeRefreshTokens(): void {
    this.#refreshTokens.clear();
  }

  /** The calls of one operation. */
  callsOf(operationName: string): RecordedCall[] {
    return this.calls.filter((call) => call.operationName === operationName);
  }

  fetch = async (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (this.failAfterRequests !== null) {
      if (this.failAfterRequests <= 0) this.offline = true;
      this.failAfterRequests--;
    }
    if (this.offline) throw new TypeError('Failed to fetch');
    if (init?.method !== 'POST') return json({ errors: [{ message: 'POST only' }] }, 400);
    const body = JSON.parse(String(init.body)) as GraphqlBody;
    const headers = new Headers(init.headers);
    const operationName = body.operationName ?? '';
    const variables = body.variables ?? {};
    this.calls.push({ operationName, variables, headers });
    const answer = this.#answer(operationName, variables, headers);
    if (answer === 'lost') throw new TypeError('Failed to fetch');
    return json(answer, 200);
  };

  #answer(
    operationName: string,
    variables: Record<string, unknown>,
    headers: Headers,
  ): GraphqlAnswer | 'lost' {
    switch (operationName) {
      case 'Login':
        return { data: { login: this.#login(variables) } };
      case 'RefreshSession':
        return { data: { refreshSession: this.#refresh(variables) } };
      case 'Logout':
        return { data: { logout: true } };
      default:
        break;
    }
    const token = headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
    if (!this.#accessTokens.has(token)) return UNAUTHENTICATED;
    switch (operationName) {
      case 'Me':
        return { data: { me: WORKER } };
      case 'Division':
        return { data: { division: this.#division(String(variables.code)) } };
      case 'SurveyTemplate':
        return {
          data: {
            surveyTemplate:
              variables.id === SATISFACTION_TEMPLATE.id ? asGraphql(SATISFACTION_TEMPLATE) : null,
          },
        };
      case 'TownshipRoster':
        return { data: { townshipRoster: this.#rosterPage(variables) } };
      case 'SyncVerifications':
        return this.#sync('syncVerifications', variables.records, this.verifications);
      case 'SyncSurveyResponses':
        return this.#sync('syncSurveyResponses', variables.records, this.surveyResponses);
      default:
        return { errors: [{ message: `unknown operation ${operationName}` }] };
    }
  }

  #login(variables: Record<string, unknown>) {
    if (variables.username === 'locked') {
      return {
        __typename: 'AccountLockedError',
        message: '账号已锁定',
        lockedUntil: '2026-11-20T12:30:00+08:00',
      };
    }
    if (variables.username !== WORKER.username || variables.password !== WORKER_PASSWORD) {
      return { __typename: 'InvalidCredentialsError', message: '用户名或密码不正确' };
    }
    return { __typename: 'MutationLoginSuccess', data: this.#issueSession() };
  }

  #refresh(variables: Record<string, unknown>) {
    const refreshToken = String(variables.refreshToken);
    if (!this.#refreshTokens.has(refreshToken)) {
      return { __typename: 'InvalidCredentialsError', message: '登录已过期' };
    }
    this.#refreshTokens.delete(refreshToken);
    return { __typename: 'MutationRefreshSessionSuccess', data: this.#issueSession() };
  }

  #issueSession() {
    this.#counter++;
    const accessToken = `access-${this.#counter}`;
    const refreshToken = `refresh-${this.#counter}`;
    this.#accessTokens.add(accessToken);
    this.#refreshTokens.add(refreshToken);
    const expiresAt = new Date(this.#now().getTime() + 15 * 60 * 1000).toISOString();
    return { accessToken, accessTokenExpiresAt: expiresAt, refreshToken, viewer: WORKER };
  }

  #division(code: string) {
    if (!WORKER.townshipCodes.includes(code)) return null;
    return {
      code,
      name: code === '653125100' ? '莎车镇' : '恰热克镇',
      level: 'TOWNSHIP',
      children: [201, 202, 203].map((n) => ({
        code: `${code}${n}`,
        name: `第${n - 200}村（生成）`,
        level: 'VILLAGE',
      })),
    };
  }

  #rosterPage(variables: Record<string, unknown>) {
    const rows = [...(this.roster[String(variables.townshipCode)] ?? [])].sort(
      (a, b) => Number(a.version) - Number(b.version),
    );
    const since = variables.sinceVersion == null ? null : Number(variables.sinceVersion);
    const changed = since === null ? rows : rows.filter((row) => Number(row.version) > since);
    const after = variables.after == null ? null : String(variables.after);
    const start = after === null ? 0 : changed.findIndex((row) => row.version === after) + 1;
    const first = typeof variables.first === 'number' ? variables.first : 100;
    const page = changed.slice(start, start + first);
    const departures = this.departures[String(variables.townshipCode)] ?? [];
    const versions = [...rows, ...departures].map((row) => Number(row.version));
    const maxVersion = String(Math.max(0, ...versions));
    return {
      edges: page.map((node) => ({ cursor: node.version, node })),
      pageInfo: {
        hasNextPage: start + first < changed.length,
        endCursor: page.at(-1)?.version ?? null,
      },
      maxVersion,
      departedIds:
        since === null
          ? []
          : departures.filter((row) => Number(row.version) > since).map((row) => row.id),
    };
  }

  #sync(field: string, records: unknown, store: Map<string, StoredRecord>): GraphqlAnswer | 'lost' {
    if (!Array.isArray(records) || records.length > 200) {
      return { errors: [{ message: '每次最多 200 条记录' }] };
    }
    const now = this.#now();
    const results: SyncRecordResult[] = records.map((input: unknown, index) => {
      const checked: CaptureResult<{ id: string; beneficiaryId: string | null }> =
        field === 'syncVerifications'
          ? validateVerification(input, { now })
          : validateSurveyResponse(input, SATISFACTION_TEMPLATE, { now });
      const id = String((input as { id?: unknown }).id ?? '');
      if (!checked.ok) return result(id, index, 'REJECTED', checked.errors);
      const record = checked.value;
      const beneficiary = record.beneficiaryId;
      if (beneficiary !== null && this.refusedBeneficiaries.has(beneficiary)) {
        const error = { field: 'beneficiaryId', message: '该待遇人员不在您负责的乡镇' };
        return result(id, index, 'REJECTED', [error]);
      }
      const fingerprint = recordFingerprint(record as Parameters<typeof recordFingerprint>[0]);
      const existing = store.get(id);
      if (existing !== undefined) {
        return result(
          id,
          index,
          existing.fingerprint === fingerprint ? 'ALREADY_RECEIVED' : 'CONFLICT',
        );
      }
      store.set(id, { fingerprint, record });
      return result(id, index, 'ACCEPTED');
    });
    if (this.loseAnswersOfNextSyncs > 0) {
      this.loseAnswersOfNextSyncs--;
      return 'lost';
    }
    return { data: { [field]: results } };
  }
}

function result(
  id: string,
  index: number,
  status: SyncRecordResult['status'],
  errors: FieldError[] = [],
): SyncRecordResult {
  const counted = status === 'ACCEPTED' || status === 'ALREADY_RECEIVED';
  return { id, index, status, errors, counted, lateForLockedYear: false };
}

/** The template as the API sends it: enums in GraphQL style (RESIDENT_BENEFICIARY). */
function asGraphql(template: SurveyTemplate) {
  const constant = (code: string) => code.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();
  return {
    ...template,
    active: true,
    respondentGroups: template.respondentGroups.map(constant),
    questions: template.questions.map((question) => ({
      ...question,
      kind: constant(question.kind),
    })),
  };
}

function json(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}
