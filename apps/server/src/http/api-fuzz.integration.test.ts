import { DEMO_USERS } from '@jixiao/demo-data';
import { idCheckCharacter } from '@jixiao/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import {
  type RosterNode,
  readRoster,
  readTemplate,
  type TemplateInfo,
  verificationOf,
} from '../testing/capture-records.ts';
import {
  anyJson,
  anyNumber,
  anyText,
  badDateText,
  badIdNumber,
  csvCell,
  divisionCodeArg,
  intArg,
  numberishText,
  strayKeys,
  stringArg,
} from '../testing/fuzz-arbitraries.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { MAX_BODY_BYTES } from './app.ts';

/**
 * 模糊测试 — fast-check against the running server over HTTP: random and malformed values in
 * every input of every query and mutation, wrong GraphQL types, raw bodies that are not
 * GraphQL, deep nesting, oversized batches and bodies, invalid ID numbers and dates.
 *
 * Properties of every answer: no 5xx; every GraphQL error has an `extensions.code` and is not
 * an internal error; an input error names its field (fieldErrors, or the variable in the
 * message); a refused record or input writes nothing (the database's counts are compared);
 * /healthz still answers. A case is one request, except in sync batches, where each record
 * is one case: each gets its own answer, which is judged on its own.
 *
 * FUZZ_RUNS (default 100) scales the runs of every property; the default makes ≥ 10,000 cases.
 */
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const runs = (weight: number) => Math.max(1, Math.ceil(FUZZ_RUNS * weight));

const SHACHE = '653125';
const SYNC_STATUSES = new Set(['ACCEPTED', 'ALREADY_RECEIVED', 'CONFLICT', 'REJECTED']);
/** Codes that are refusals of the request as a whole, and need not name a field. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'QUERY_TOO_COMPLEX',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

interface GraphqlError {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

interface Reply {
  status: number;
  contentType: string;
  text: string;
  json: { data?: Record<string, unknown> | null; errors?: GraphqlError[] } | null;
}

class Tally {
  readonly byProperty = new Map<string, number>();
  serverErrors = 0;

  add(property: string, cases = 1): void {
    this.byProperty.set(property, (this.byProperty.get(property) ?? 0) + cases);
  }

  get total(): number {
    return [...this.byProperty.values()].reduce((sum, n) => sum + n, 0);
  }
}

/** What the server logged at error level: what went wrong inside, for the report. */
const serverLog: string[] = [];

function fail(message: string, detail?: unknown): never {
  const shown = detail === undefined ? '' : `: ${JSON.stringify(detail)?.slice(0, 800)}`;
  const logged = serverLog.length > 0 ? `\nserver log: ${serverLog.slice(-3).join('\n')}` : '';
  throw new Error(`${message}${shown}${logged}`);
}

/** Whether an input error says which field: fieldErrors, a field, or the variable's name. */
function namesField(error: GraphqlError): boolean {
  const extensions = error.extensions ?? {};
  const fieldErrors = extensions.fieldErrors;
  if (Array.isArray(fieldErrors) && fieldErrors.length > 0) {
    return fieldErrors.every(
      (item) =>
        typeof item?.field === 'string' && item.field !== '' && typeof item.message === 'string',
    );
  }
  if (typeof extensions.field === 'string' && extensions.field !== '') return true;
  return typeof error.message === 'string' && /Variable "\$\w+"/.test(error.message);
}

/** The rules every GraphQL error of every answer follows. */
function checkErrors(errors: GraphqlError[] | undefined): void {
  for (const error of errors ?? []) {
    const code = error.extensions?.code;
    if (typeof error.message !== 'string' || error.message === '')
      fail('error without a message', error);
    if (typeof code !== 'string') fail('error without extensions.code', error);
    if (code === 'INTERNAL_SERVER_ERROR') fail('internal server error', error);
    // A stack overflow answered as a syntax or validation error is still a crash.
    if (/call stack/i.test(error.message)) fail('a stack overflow', error);
    if (REQUEST_CODES.has(code)) continue;
    if (code === 'BAD_USER_INPUT') {
      if (!namesField(error)) fail('input error that names no field', error);
      continue;
    }
    fail(`unexpected error code ${code}`, error);
  }
}

/** A typed error result (the errors plugin's union member) must name its fields. */
function checkTypedResult(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  const result = value as {
    __typename?: string;
    fieldErrors?: { field: string; message: string }[];
  };
  if (result.__typename === 'InvalidInputError') {
    const fields = result.fieldErrors ?? [];
    if (fields.length === 0 || fields.some((item) => item.field === '' || item.message === '')) {
      fail('InvalidInputError without named fields', result);
    }
  }
}

describe('fuzzing the API over HTTP', () => {
  let server: TestServer;
  const tally = new Tally();
  const tokens = new Map<string, string>();
  let people: RosterNode[] = [];
  let townships: string[] = [];
  let template: TemplateInfo;
  let indicatorIds: string[] = [];
  let projectIds: string[] = [];
  const realDivisions = ['650000', '653100', SHACHE, '652828'];

  async function send(options: {
    body?: string;
    method?: string;
    path?: string;
    token?: string | undefined;
    headers?: Record<string, string>;
  }): Promise<Reply> {
    const response = await fetch(`${server.url}${options.path ?? '/graphql'}`, {
      method: options.method ?? 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      ...(options.body === undefined ? {} : { body: options.body }),
    });
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    let json: Reply['json'] = null;
    if (contentType.includes('json')) {
      try {
        json = JSON.parse(text);
      } catch {
        fail(`a ${response.status} answer whose JSON does not parse`, text.slice(0, 200));
      }
    }
    if (response.status >= 500) {
      tally.serverErrors += 1;
      fail(`HTTP ${response.status}`, {
        sent: options.body?.slice(0, 300),
        text: text.slice(0, 300),
      });
    }
    return { status: response.status, contentType, text, json };
  }

  function graphql(query: string, variables: unknown, token?: string): Promise<Reply> {
    return send({ body: JSON.stringify({ query, variables }), token });
  }

  async function healthy(): Promise<void> {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    await response.arrayBuffer();
  }

  /** What a refused request must leave as it was: the row counts, and the indicators fuzzed. */
  async function counts() {
    const { prisma } = server.running.database;
    const [verifications, surveys, beneficiaries, bindings, locks, indicators] = await Promise.all([
      prisma.verification.count(),
      prisma.surveyResponse.count(),
      prisma.beneficiary.count(),
      prisma.indicatorBinding.count(),
      prisma.yearLock.count(),
      prisma.indicator.findMany({ where: { id: { in: indicatorIds } }, orderBy: { id: 'asc' } }),
    ]);
    return {
      verifications,
      surveys,
      beneficiaries,
      bindings,
      locks,
      indicators: JSON.stringify(indicators),
    };
  }

  beforeAll(async () => {
    server = await startTestServer({
      logger: createLogger('error', { write: (line: string) => void serverLog.push(line) }),
    });
    for (const user of DEMO_USERS) tokens.set(user.username, await server.login(user.username));
    const worker = DEMO_USERS.find((user) => user.username === 'shache-worker');
    townships = [...(worker?.townshipCodes ?? [])];
    for (const township of townships) {
      people.push(...(await readRoster(server, tokens.get('shache-worker') ?? '', township)).nodes);
    }
    people = people.slice(0, 60);
    template = await readTemplate(server, tokens.get('shache-worker') ?? '');
    const { prisma } = server.running.database;
    const indicators = await prisma.indicator.findMany({
      where: { project: { countyCode: SHACHE } },
      take: 5,
    });
    indicatorIds = indicators.map((indicator) => indicator.id);
    projectIds = [...new Set(indicators.map((indicator) => indicator.projectId))];
  });

  afterAll(async () => {
    if (server) {
      console.info(
        `fuzz cases ${tally.total}, 5xx ${tally.serverErrors} (${[...tally.byProperty]
          .map(([name, n]) => `${name} ${n}`)
          .join(', ')})`,
      );
    }
    await server?.close();
  });

  // --- sync batches: every record judged on its own ------------------------------------------

  interface RecordCase {
    input: unknown;
    /** The key changed in an otherwise valid record, if that is how it was made. */
    mutated: string | null;
  }

  const VERIFICATION_KEYS = [
    'id',
    'capturedAt',
    'deviceId',
    'beneficiaryId',
    'year',
    'idNumber',
    'identityConfirmed',
    'identityMethod',
    'alive',
    'deathDate',
    'eligible',
    'ineligibleReason',
    'amountReceivedYuan',
    'note',
  ];

  /** Fields whose value a rule checks against a changed field: the error may name them. */
  const RELATED: Record<string, string[]> = {
    capturedAt: ['idNumber', 'deathDate'],
    beneficiaryId: ['idNumber'],
    idNumber: ['deathDate'],
    alive: ['deathDate', 'eligible', 'ineligibleReason'],
    deathDate: ['alive'],
    eligible: ['ineligibleReason'],
    ineligibleReason: ['eligible'],
    townshipCode: ['villageCode', 'beneficiaryId'],
    villageCode: ['townshipCode'],
    templateId: ['answers', 'respondentGroup', 'templateVersion'],
    templateVersion: ['answers', 'respondentGroup', 'templateId'],
    respondentGroup: ['answers'],
    answers: [],
  };

  const valueFor = (key: string): fc.Arbitrary<unknown> => {
    switch (key) {
      case 'capturedAt':
      case 'deathDate':
        return fc.oneof(badDateText, anyJson);
      case 'idNumber':
        return fc.oneof(
          badIdNumber,
          fc.constantFrom(...people.map((person) => person.idNumber)),
          anyJson,
        );
      case 'beneficiaryId':
        return fc.oneof(fc.constantFrom(...people.map((person) => person.id)), anyJson);
      case 'year':
      case 'templateVersion':
        return intArg;
      case 'amountReceivedYuan':
        return fc.oneof(numberishText, anyNumber.map(String), anyJson);
      case 'townshipCode':
      case 'villageCode':
        return fc.oneof(fc.stringMatching(/^\d{9,12}$/), anyJson);
      default:
        return anyJson;
    }
  };

  function recordCases(base: fc.Arbitrary<Record<string, unknown>>, keys: readonly string[]) {
    const mutated = fc
      .tuple(base, fc.oneof(fc.constantFrom(...keys), strayKeys), fc.boolean())
      .chain(([record, key, remove]) =>
        valueFor(key).map((value): RecordCase => {
          const copy: Record<string, unknown> = { ...record };
          if (remove && keys.includes(key)) delete copy[key];
          else Object.defineProperty(copy, key, { value, enumerable: true, writable: true });
          return { input: copy, mutated: key };
        }),
      );
    return fc.oneof(
      { weight: 6, arbitrary: mutated },
      { weight: 1, arbitrary: base.map((input): RecordCase => ({ input, mutated: null })) },
      {
        weight: 2,
        // Not null: `records: [JSON!]!` refuses a null record for the whole batch, naming it
        // (the arguments property sends such batches).
        arbitrary: anyJson
          .filter((input) => input !== null)
          .map((input): RecordCase => ({ input, mutated: null })),
      },
      {
        weight: 1,
        arbitrary: fc
          .dictionary(fc.oneof(fc.constantFrom(...keys), anyText), anyJson, { maxKeys: 20 })
          .map((input): RecordCase => ({ input, mutated: null })),
      },
    );
  }

  const verificationBase = () =>
    fc
      .record({ person: fc.constantFrom(...people), id: fc.uuid({ version: 4 }) })
      .map(({ person, id }) => verificationOf(person, { id, deviceId: 'fuzz-phone' }));

  const surveyBase = () =>
    fc
      .record({
        township: fc.constantFrom(...townships),
        id: fc.uuid({ version: 4 }),
        value: fc.constantFrom(1, 2, 3, 4, 5, null),
      })
      .map(({ township, id, value }) => ({
        id,
        capturedAt: '2020-11-05T11:00:00+08:00',
        deviceId: 'fuzz-phone',
        templateId: template.id,
        templateVersion: template.version,
        year: 2020,
        townshipCode: township,
        villageCode: null,
        respondentGroup: 'residentBeneficiary',
        beneficiaryId: null,
        language: 'zh',
        answers: template.questions.map((question) => ({ questionId: question.id, value })),
        note: null,
      }));

  const SURVEY_KEYS = [
    'id',
    'capturedAt',
    'deviceId',
    'templateId',
    'templateVersion',
    'year',
    'townshipCode',
    'villageCode',
    'respondentGroup',
    'beneficiaryId',
    'language',
    'answers',
    'note',
  ];

  interface SyncAnswer {
    id: string | null;
    index: number;
    status: string;
    errors: { field: string; message: string }[];
  }

  function judgeRecord(item: RecordCase, answer: SyncAnswer | undefined, index: number): void {
    if (!answer) fail(`record ${index} has no answer`);
    if (answer.index !== index) fail(`answer ${index} carries index ${answer.index}`);
    if (!SYNC_STATUSES.has(answer.status))
      fail(`record ${index}: status ${answer.status}`, { item, answer });
    if (answer.status !== 'REJECTED') return;
    if (answer.errors.length === 0) fail(`record ${index} refused without an error`, item);
    const isObject =
      typeof item.input === 'object' && item.input !== null && !Array.isArray(item.input);
    for (const error of answer.errors) {
      if (typeof error.message !== 'string' || error.message === '')
        fail('field error without message', answer);
      // An object's errors name a field; '' only for a key '' (which is not allowed).
      const namesKey = error.field !== '' || Object.hasOwn(item.input as object, '');
      if (isObject && !namesKey) {
        fail(`record ${index}: an error that names no field`, { item, answer });
      }
    }
    if (item.mutated) {
      const named = new Set(
        answer.errors.flatMap((error) => [error.field, error.field.split('.')[0]]),
      );
      const related = Object.hasOwn(RELATED, item.mutated) ? (RELATED[item.mutated] ?? []) : [];
      const expected = [item.mutated, ...related];
      if (!expected.some((field) => named.has(field))) {
        fail(`record ${index}: changed ${item.mutated}, refused for ${[...named]}`, {
          item,
          answer,
        });
      }
    }
  }

  async function syncProperty(options: {
    name: string;
    mutation: 'syncVerifications' | 'syncSurveyResponses';
    table: 'verifications' | 'surveys';
    cases: fc.Arbitrary<RecordCase>;
    numRuns: number;
  }) {
    const document = `mutation($r: [JSON!]!) { ${options.mutation}(records: $r) {
      id index status errors { field message } } }`;
    await fc.assert(
      fc.asyncProperty(
        fc.array(options.cases, { minLength: 10, maxLength: 200, size: 'max' }),
        async (batch) => {
          const before = await counts();
          const reply = await graphql(
            document,
            { r: batch.map((item) => item.input) },
            tokens.get('shache-worker'),
          );
          checkErrors(reply.json?.errors);
          const answers = reply.json?.data?.[options.mutation] as SyncAnswer[] | undefined;
          if (!answers || answers.length !== batch.length)
            fail('a batch without one answer per record', reply.json);
          for (const [index, item] of batch.entries()) judgeRecord(item, answers[index], index);
          const accepted = answers.filter((answer) => answer.status === 'ACCEPTED').length;
          const after = await counts();
          if (after[options.table] - before[options.table] !== accepted) {
            fail(
              `${accepted} records accepted, ${after[options.table] - before[options.table]} stored`,
            );
          }
          tally.add(options.name, batch.length);
        },
      ),
      { numRuns: options.numRuns },
    );
    await healthy();
  }

  it('sync of verifications: every record answered on its own, refused ones name a field and write nothing', async () => {
    await syncProperty({
      name: 'syncVerifications records',
      mutation: 'syncVerifications',
      table: 'verifications',
      cases: recordCases(verificationBase(), VERIFICATION_KEYS),
      numRuns: runs(0.8),
    });
  }, 120_000);

  it('sync of survey responses: the same', async () => {
    await syncProperty({
      name: 'syncSurveyResponses records',
      mutation: 'syncSurveyResponses',
      table: 'surveys',
      cases: recordCases(surveyBase(), SURVEY_KEYS),
      numRuns: runs(0.4),
    });
  }, 120_000);

  // --- every query and mutation with random, malformed and wrongly typed arguments -----------

  interface Call {
    name: string;
    query: string;
    variables: Record<string, unknown>;
    user: string | null;
    /** Whether the call may write (its refusal must then change nothing). */
    writes: boolean;
  }

  const users = fc.constantFrom<string | null>(null, ...DEMO_USERS.map((user) => user.username));
  const manager = fc.constantFrom<string | null>(
    'shache-manager',
    'shache-manager',
    'heshuo-manager',
    'admin',
    null,
  );

  function call(
    name: string,
    query: string,
    variables: fc.Arbitrary<Record<string, unknown>>,
    user: fc.Arbitrary<string | null> = users,
    writes = false,
  ): fc.Arbitrary<Call> {
    return fc
      .tuple(variables, user)
      .map(([vars, who]) => ({ name, query, variables: vars, user: who, writes }));
  }

  const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const indicatorId = () =>
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...indicatorIds) },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: stringArg },
    );
  const pagination = {
    first: optional(intArg),
    last: optional(intArg),
    after: optional(stringArg),
    before: optional(stringArg),
  };
  const decimalArg = fc.oneof(
    numberishText,
    fc.stringMatching(/^-?\d{1,20}(\.\d{1,8})?$/),
    anyJson,
  );
  const enumArg = (values: string[]) => fc.oneof(fc.constantFrom(...values), stringArg);
  const SCHEMES = ['RESIDENT_PENSION', 'INSTITUTION_PENSION', 'EMPLOYEE_MEDICAL', 'MATERNITY'];
  const METRICS = [
    'BENEFICIARY_COUNT',
    'INELIGIBLE_PAYMENTS',
    'PAYMENT_ACCURACY',
    'POLICY_AWARENESS_RATE',
    'SATISFACTION_RATE',
  ];
  const GROUPS = ['CONTRIBUTOR', 'INSTITUTION_RETIREE', 'RESIDENT_BENEFICIARY'];

  const calls = () =>
    fc.oneof(
      call(
        'rollup',
        `query($c: String!, $y: Int!, $s: Scheme) { rollup(divisionCode: $c, year: $y, scheme: $s) {
          divisionCode verifications { verified coverage amountToRecover } surveys { total { responses } } } }`,
        fc.record({
          c: divisionCodeArg([...realDivisions, ...townships]),
          y: intArg,
          s: optional(enumArg(SCHEMES)),
        }),
      ),
      call(
        'townshipRoster',
        `query($t: String!, $v: BigInt, $first: Int, $last: Int, $after: String, $before: String) {
          townshipRoster(townshipCode: $t, sinceVersion: $v, first: $first, last: $last, after: $after, before: $before) {
            maxVersion pageInfo { hasNextPage endCursor } edges { node { id idNumber masked version } } } }`,
        fc.record({
          t: divisionCodeArg(townships),
          v: optional(fc.oneof(fc.stringMatching(/^-?\d{1,22}$/), numberishText, anyJson)),
          ...pagination,
        }),
      ),
      call(
        'projects',
        `query($c: String!, $y: Int, $first: Int, $last: Int, $after: String, $before: String) {
          projects(countyCode: $c, year: $y, first: $first, last: $last, after: $after, before: $before) {
            edges { cursor node { key evaluation { total } } } } }`,
        fc.record({ c: divisionCodeArg(realDivisions), y: optional(intArg), ...pagination }),
      ),
      call(
        'project',
        'query($id: ID!) { project(id: $id) { key indicators { id } } }',
        fc.record({ id: fc.oneof(fc.constantFrom(...projectIds), stringArg, anyNumber) }),
      ),
      call(
        'division',
        'query($c: String!) { division(code: $c) { code children { code } } }',
        fc.record({ c: divisionCodeArg(realDivisions) }),
      ),
      call(
        'surveyTemplate',
        'query($id: String!, $v: Int) { surveyTemplate(id: $id, version: $v) { id version } }',
        fc.record({ id: fc.oneof(fc.constant(template.id), stringArg), v: optional(intArg) }),
      ),
      call(
        'verificationConflicts',
        `query($c: String!, $y: Int!, $first: Int, $last: Int, $after: String, $before: String) {
          verificationConflicts(countyCode: $c, year: $y, first: $first, last: $last, after: $after, before: $before) {
            edges { cursor node { beneficiaryId } } } }`,
        fc.record({ c: divisionCodeArg(realDivisions), y: intArg, ...pagination }),
      ),
      call(
        'evaluate',
        'query($i: EvaluationInput!) { evaluate(input: $i) { total grade findings { code } } }',
        fc.record({
          i: fc.oneof(
            { weight: 1, arbitrary: anyJson },
            {
              weight: 4,
              arbitrary: fc.record({
                budget: optional(decimalArg),
                executed: optional(decimalArg),
                indicators: fc.oneof(
                  fc.array(
                    fc.record({
                      level1: stringArg,
                      level2: optional(stringArg),
                      name: stringArg,
                      target: optional(
                        fc.oneof(stringArg, fc.constantFrom('≥ 377693', '≤5%', '100%', '>=0')),
                      ),
                      actual: optional(fc.oneof(stringArg, fc.constantFrom('382107', '98%', '-1'))),
                      weight: optional(fc.oneof(anyNumber, anyJson)),
                      printedRate: optional(stringArg),
                    }),
                    { maxLength: 12 },
                  ),
                  fc.integer({ min: 290, max: 320 }).map((n) =>
                    Array.from({ length: n }, (_, i) => ({
                      level1: '产出指标',
                      name: `指标${i}`,
                      target: '≥1',
                      actual: '1',
                    })),
                  ),
                ),
              }),
            },
          ),
        }),
      ),
      call(
        'setIndicatorActual',
        `mutation($id: ID!, $a: String, $r: String) { setIndicatorActual(indicatorId: $id, actual: $a, reason: $r) {
          __typename ... on InvalidInputError { fieldErrors { field message } } } }`,
        fc.record({
          id: indicatorId(),
          a: optional(fc.oneof(stringArg, fc.constantFrom('382107', '98.5%', '≥1'))),
          r: optional(stringArg),
        }),
        manager,
        true,
      ),
      call(
        'updateIndicator',
        `mutation($id: ID!, $t: String, $w: Decimal) { updateIndicator(indicatorId: $id, target: $t, weight: $w) {
          __typename ... on InvalidInputError { fieldErrors { field message } } } }`,
        fc.record({ id: indicatorId(), t: optional(stringArg), w: optional(decimalArg) }),
        manager,
        true,
      ),
      call(
        'setIndicatorBinding',
        `mutation($id: ID!, $m: FieldMetric!, $s: Scheme, $g: RespondentGroup) {
          setIndicatorBinding(indicatorId: $id, metric: $m, scheme: $s, respondentGroup: $g) {
          __typename ... on InvalidInputError { fieldErrors { field message } } } }`,
        fc.record({
          id: indicatorId(),
          m: enumArg(METRICS),
          s: optional(enumArg(SCHEMES)),
          g: optional(enumArg(GROUPS)),
        }),
        manager,
        true,
      ),
      call(
        'removeIndicatorBinding',
        `mutation($id: ID!) { removeIndicatorBinding(indicatorId: $id) { __typename } }`,
        fc.record({ id: indicatorId() }),
        manager,
        true,
      ),
      call(
        'lockYear',
        `mutation($c: String!, $y: Int!) { lockYear(countyCode: $c, year: $y) {
          __typename ... on InvalidInputError { fieldErrors { field message } } } }`,
        fc.record({ c: divisionCodeArg(realDivisions), y: intArg }),
        manager,
        true,
      ),
      call(
        'unlockYear',
        `mutation($c: String!, $y: Int!) { unlockYear(countyCode: $c, year: $y) {
          __typename ... on InvalidInputError { fieldErrors { field message } } } }`,
        fc.record({ c: divisionCodeArg(realDivisions), y: intArg }),
        manager,
        true,
      ),
      call(
        'refreshSession',
        `mutation($t: String!) { refreshSession(refreshToken: $t) { __typename } }`,
        fc.record({
          t: fc.oneof(
            stringArg,
            fc.constant(tokens.get('admin') ?? ''),
            fc.stringMatching(/^[\w-]{10,40}\.[\w-]{10,80}\.[\w-]{10,60}$/),
          ),
        }),
      ),
      call(
        'logout',
        `mutation($t: String!) { logout(refreshToken: $t) }`,
        fc.record({ t: stringArg }),
      ),
      call('me', '{ me { id username role evaluationYear } }', fc.constant({})),
      call(
        'yearLock',
        `query($c: String!, $y: Int!) { yearLock(countyCode: $c, year: $y) {
          __typename ... on InvalidInputError { fieldErrors { field message } } } }`,
        fc.record({ c: divisionCodeArg(realDivisions), y: intArg }),
      ),
      call(
        'resolveVerificationConflict',
        `mutation($id: ID!, $n: String) { resolveVerificationConflict(verificationId: $id, note: $n) {
          __typename ... on InvalidInputError { fieldErrors { field message } } } }`,
        fc.record({
          id: fc.oneof(
            fc.uuid(),
            fc.stringMatching(/^[0-9a-f-]{36}$/),
            fc.constant('-'.repeat(36)),
            stringArg,
          ),
          n: optional(stringArg),
        }),
        manager,
        true,
      ),
      ...(['previewFormImport', 'applyFormImport'] as const).map((name) =>
        call(
          name,
          `mutation($id: ID!, $f: String!) { ${name}(projectId: $id, fileBase64: $f) {
            __typename ... on InvalidInputError { fieldErrors { field message } } } }`,
          fc.record({
            id: fc.oneof(fc.constantFrom(...projectIds), fc.uuid(), stringArg),
            f: fc.oneof(
              stringArg,
              fc
                .uint8Array({ maxLength: 2000 })
                .map((bytes) => Buffer.from(bytes).toString('base64')),
              fc
                .uint8Array({ maxLength: 500 })
                .map((bytes) =>
                  Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from(bytes)]).toString(
                    'base64',
                  ),
                ),
            ),
          }),
          manager,
          true,
        ),
      ),
      call(
        'syncVerifications',
        'mutation($r: [JSON!]!) { syncVerifications(records: $r) { status errors { field } } }',
        fc.record({ r: fc.oneof(fc.array(anyJson, { maxLength: 4 }), anyJson) }),
        fc.constantFrom<string | null>('shache-worker', 'heshuo-worker', 'shache-manager', null),
        true,
      ),
    );

  /** Some calls get a variable of the wrong type, an unknown variable or no variables at all. */
  const mistyped = (arb: fc.Arbitrary<Call>) =>
    fc.oneof(
      { weight: 4, arbitrary: arb },
      {
        weight: 1,
        arbitrary: fc.tuple(arb, anyJson, fc.nat()).map(([item, value, n]) => {
          const keys = Object.keys(item.variables);
          const key = keys.length > 0 ? (keys[n % keys.length] as string) : 'x';
          return { ...item, variables: { ...item.variables, [key]: value } };
        }),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(arb, anyJson)
          .map(([item, value]) => ({ ...item, variables: value as Record<string, unknown> })),
      },
    );

  function isRefusal(data: unknown): boolean {
    if (data === null || data === undefined) return true;
    const typename = (data as { __typename?: string }).__typename;
    return typeof typename === 'string' && !typename.endsWith('Success');
  }

  it('every query and mutation: random, malformed and wrongly typed arguments', async () => {
    await fc.assert(
      fc.asyncProperty(mistyped(calls()), async (item) => {
        const before = item.writes ? await counts() : null;
        const reply = await graphql(
          item.query,
          item.variables,
          item.user ? tokens.get(item.user) : undefined,
        );
        if (!reply.json) fail(`${item.name}: an answer that is not JSON`, reply.text.slice(0, 200));
        checkErrors(reply.json.errors);
        const data = reply.json.data?.[item.name];
        checkTypedResult(data);
        if (before && isRefusal(data)) {
          const after = await counts();
          if (JSON.stringify(after) !== JSON.stringify(before))
            fail(`${item.name} refused but wrote`, item);
        }
        tally.add('arguments');
      }),
      { numRuns: runs(12) },
    );
    await healthy();
  }, 120_000);

  // --- login ------------------------------------------------------------------------------------

  it('login: random usernames and passwords, wrong types', async () => {
    const names = fc.oneof(fc.constantFrom(...DEMO_USERS.map((user) => user.username)), stringArg);
    await fc.assert(
      fc.asyncProperty(fc.record({ u: names, p: stringArg }), async (variables) => {
        const reply = await graphql(
          `mutation($u: String!, $p: String!) { login(username: $u, password: $p) {
            __typename ... on TooManyAttemptsError { retryAfterSeconds } } }`,
          variables,
        );
        checkErrors(reply.json?.errors);
        const login = reply.json?.data?.login as { __typename?: string } | undefined;
        if (!reply.json?.errors && !login?.__typename) fail('login without an answer', reply.json);
        tally.add('login');
      }),
      { numRuns: runs(0.4) },
    );
    await healthy();
  }, 120_000);

  // --- roster import --------------------------------------------------------------------------

  it('importRoster: CSV garbage, and good rows beside one bad cell, write nothing', async () => {
    const header = fc.oneof(
      fc.constant('身份证号,姓名,乡镇代码,村代码,月应发金额,状态'),
      fc.constant('\uFEFFidNumber,name,townshipCode,villageCode,monthlyAmountDue,status'),
      fc
        .array(
          fc.oneof(
            fc.constantFrom(
              '身份证号',
              '姓名',
              '乡镇代码',
              '村代码',
              '月应发金额',
              '状态',
              'idnumber',
            ),
            csvCell,
          ),
          { maxLength: 8 },
        )
        .map((cells) => cells.join(',')),
    );
    const goodRow = fc
      .record({
        birth: fc.date({
          min: new Date('1930-01-01'),
          max: new Date('2000-12-31'),
          noInvalidDate: true,
        }),
        seq: fc.integer({ min: 0, max: 999 }),
        township: fc.constantFrom(...townships),
      })
      .map(({ birth, seq, township }) => {
        const first17 = `${SHACHE}${birth.toISOString().slice(0, 10).replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
        return [`${first17}${idCheckCharacter(first17)}`, '测试', township, '', '100', '正常'];
      });
    const row = fc.oneof(
      goodRow.map((cells) => cells.join(',')),
      fc.tuple(goodRow, fc.nat({ max: 5 }), csvCell).map(([cells, at, cell]) => {
        const copy = [...cells];
        copy[at] = cell;
        return copy.join(',');
      }),
      fc.array(csvCell, { maxLength: 8 }).map((cells) => cells.join(',')),
    );
    const csv = fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .tuple(header, fc.array(row, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'))
          .map(([h, rows, eol]) => [h, ...rows].join(eol)),
      },
      { weight: 1, arbitrary: anyText },
      { weight: 1, arbitrary: anyJson },
    );
    const document = `mutation($c: String!, $s: Scheme!, $csv: String, $x: String) {
      importRoster(countyCode: $c, scheme: $s, csv: $csv, xlsxBase64: $x) {
        __typename
        ... on MutationImportRosterSuccess { data { inserted updated unchanged rows } }
        ... on InvalidInputError { fieldErrors { field message } } } }`;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          {
            weight: 4,
            arbitrary: fc.record({
              c: fc.oneof(fc.constant(SHACHE), stringArg),
              s: enumArg(SCHEMES),
              csv,
            }),
          },
          {
            // A workbook that is not one, or both kinds of file, or neither.
            weight: 1,
            arbitrary: fc.record({
              c: fc.constant(SHACHE),
              s: fc.constant('RESIDENT_PENSION'),
              csv: optional(csv),
              x: optional(
                fc.oneof(
                  stringArg,
                  fc
                    .uint8Array({ maxLength: 2000 })
                    .map((bytes) => Buffer.from(bytes).toString('base64')),
                ),
              ),
            }),
          },
        ),
        async (variables) => {
          const before = await counts();
          const reply = await graphql(document, variables, tokens.get('shache-manager'));
          checkErrors(reply.json?.errors);
          const result = reply.json?.data?.importRoster as
            | { __typename: string; data?: { inserted: number } }
            | undefined;
          checkTypedResult(result);
          const after = await counts();
          const inserted =
            result?.__typename === 'MutationImportRosterSuccess' ? (result.data?.inserted ?? 0) : 0;
          if (after.beneficiaries - before.beneficiaries !== inserted) {
            fail(
              `import answered ${result?.__typename ?? 'an error'} but the roster grew by ${after.beneficiaries - before.beneficiaries}`,
            );
          }
          tally.add('importRoster');
        },
      ),
      { numRuns: runs(1) },
    );
    await healthy();
  }, 120_000);

  // --- raw HTTP: bodies that are not GraphQL, odd methods, paths and headers ------------------

  it('raw requests: garbage bodies, content types, methods, paths and headers', async () => {
    const asciiHeader = fc
      .string({ unit: 'binary-ascii', maxLength: 80 })
      .map((text) => text.replace(/[^\x20-\x7e]/g, ''));
    const body = fc.oneof(
      anyText,
      anyJson.map((value) => JSON.stringify(value) ?? ''),
      fc
        .record({
          query: fc.oneof(
            anyJson,
            fc.constantFrom(
              '{ me { id } }',
              'mutation { logout(refreshToken: "x") }',
              'subscription { x }',
              '{',
              '',
            ),
          ),
          variables: anyJson,
          operationName: anyJson,
          extensions: anyJson,
        })
        .map((value) => JSON.stringify(value)),
      fc
        .array(fc.constant({ query: '{ me { id } }' }), { minLength: 1, maxLength: 3 })
        .map((value) => JSON.stringify(value)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          body,
          method: fc.constantFrom(
            'POST',
            'POST',
            'POST',
            'GET',
            'PUT',
            'DELETE',
            'PATCH',
            'OPTIONS',
          ),
          path: fc.constantFrom(
            '/graphql',
            '/graphql',
            '/graphql?query=%7Bme%7Bid%7D%7D',
            '/graphql?query=%',
            '/%ZZ',
            '/../../etc/passwd',
            '/healthz?x=1',
            '/graphql/',
            '/assets/%00',
            '/exports/',
            '/exports/a.b.c',
            '/exports/%E0%A4%A',
          ),
          contentType: fc.constantFrom(
            'application/json',
            'application/json; charset=utf-8',
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data',
            '',
          ),
          authorization: optional(
            fc.oneof(
              asciiHeader,
              asciiHeader.map((text) => `Bearer ${text}`),
            ),
          ),
          device: optional(asciiHeader),
          preflight: fc.boolean(),
        }),
        async (request) => {
          const withBody = request.method !== 'GET';
          const reply = await send({
            method: request.method,
            path: request.path,
            ...(withBody ? { body: request.body } : {}),
            headers: {
              'content-type': request.contentType,
              ...(request.authorization === undefined
                ? {}
                : { authorization: request.authorization }),
              ...(request.device === undefined ? {} : { 'x-device-id': request.device }),
              ...(request.preflight ? { 'apollo-require-preflight': 'true' } : {}),
            },
          });
          if (reply.json && Array.isArray(reply.json.errors)) checkErrors(reply.json.errors);
          tally.add('raw requests');
        },
      ),
      { numRuns: runs(2.5) },
    );
    await healthy();
  }, 120_000);

  // --- deep nesting: selections, list literals, input objects, variables -----------------------

  it('deep nesting in documents and variables', async () => {
    const token = tokens.get('shache-worker');
    const shapes = fc.constantFrom(
      'selection',
      'braces',
      'list literal',
      'object literal',
      'variable list',
      'variable object',
      'fragments',
      'inline fragments',
      'fragment chain',
    );
    // Around the limits (12, 64, 100) and far past them.
    const depths = fc.oneof(
      fc.integer({ min: 1, max: 130 }),
      fc.integer({ min: 130, max: 3000 }),
      fc.integer({ min: 3000, max: 60_000 }),
    );
    await fc.assert(
      fc.asyncProperty(shapes, depths, async (shape, depth) => {
        let query = '{ me { id } }';
        // Built as text: JSON.stringify of a value this deep would overflow the test's stack.
        let variables = '{}';
        if (shape === 'selection') {
          query = `{ division(code: "650000") { ${'children { '.repeat(depth)}code${' }'.repeat(depth)} } }`;
        }
        if (shape === 'braces') query = `${'{ '.repeat(depth)}${'} '.repeat(depth)}`;
        if (shape === 'list literal') {
          query = `mutation { syncVerifications(records: ${'['.repeat(depth)}1${']'.repeat(depth)}) { status } }`;
        }
        if (shape === 'object literal') {
          query = `mutation { syncVerifications(records: [${'{a: '.repeat(depth)}1${'}'.repeat(depth)}]) { status } }`;
        }
        if (shape === 'variable list' || shape === 'variable object') {
          query =
            'mutation($r: [JSON!]!) { syncVerifications(records: $r) { status errors { field } } }';
          const [open, close] = shape === 'variable list' ? ['[', ']'] : ['{"a":', '}'];
          variables = `{"r":[${open.repeat(depth)}1${close.repeat(depth)}]}`;
        }
        if (shape === 'inline fragments') {
          query = `{ ${'... on Query { '.repeat(depth)}me { id }${' }'.repeat(depth)} }`;
        }
        if (shape === 'fragment chain') {
          // Fragments of 8 levels each, spreading the next: deep only once expanded.
          const count = Math.min(Math.ceil(depth / 8), 120);
          const level = (i: number) =>
            `fragment F${i} on Division { ${'children { '.repeat(8)}${i + 1 < count ? `...F${i + 1}` : 'code'}${' }'.repeat(8)} }`;
          query = `{ division(code: "650000") { ...F0 } } ${Array.from({ length: count }, (_, i) => level(i)).join(' ')}`;
        }
        if (shape === 'fragments') {
          const count = Math.min(depth, 2000);
          const fragments = Array.from(
            { length: count },
            (_, i) => `fragment F${i} on Query { ...F${i + 1} me { id } }`,
          );
          query = `{ ...F0 } ${fragments.join(' ')} fragment F${count} on Query { me { id } }`;
        }
        const body = `{"query":${JSON.stringify(query)},"variables":${variables}}`;
        const reply = await send({ body, token });
        if (reply.status !== 413) checkErrors(reply.json?.errors);
        tally.add('deep nesting');
      }),
      { numRuns: runs(0.6) },
    );
    await healthy();
  }, 120_000);

  // --- oversized batches and bodies -------------------------------------------------------------

  it('oversized batches are refused whole, naming the field; oversized bodies get 413', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 201, max: 400 }),
        fc.constantFrom('syncVerifications', 'syncSurveyResponses'),
        async (size, mutation) => {
          const before = await counts();
          const reply = await graphql(
            `mutation($r: [JSON!]!) { ${mutation}(records: $r) { status } }`,
            { r: Array.from({ length: size }, () => ({})) },
            tokens.get('shache-worker'),
          );
          checkErrors(reply.json?.errors);
          const error = reply.json?.errors?.[0];
          if (error?.extensions?.code !== 'BAD_USER_INPUT')
            fail(`a batch of ${size} was not refused`, reply.json);
          if (JSON.stringify(await counts()) !== JSON.stringify(before))
            fail('an oversized batch wrote');
          tally.add('oversized');
        },
      ),
      { numRuns: runs(0.1) },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 64 * 1024 }),
        fc.constantFrom('', 'x', '𠀋'),
        async (extra, unit) => {
          const padding = unit === '' ? 'a' : unit;
          const repeat = Math.ceil((MAX_BODY_BYTES + extra) / Buffer.byteLength(padding));
          const reply = await send({
            body: JSON.stringify({
              query: '{ me { id } }',
              variables: { x: padding.repeat(repeat) },
            }),
          });
          if (reply.status !== 413) fail(`a body over the limit got ${reply.status}`);
          const error = reply.json?.errors?.[0];
          if (
            error?.extensions?.code !== 'PAYLOAD_TOO_LARGE' ||
            error.extensions.limitBytes !== MAX_BODY_BYTES
          ) {
            fail('a 413 that does not name the limit', reply.json);
          }
          tally.add('oversized');
        },
      ),
      { numRuns: runs(0.05) },
    );
    await healthy();
  });

  it(`ran at least 10,000 cases (FUZZ_RUNS=${FUZZ_RUNS}), without a 5xx`, async () => {
    await healthy();
    expect(tally.serverErrors).toBe(0);
    if (FUZZ_RUNS >= 100) expect(tally.total).toBeGreaterThanOrEqual(10_000);
  });
});
