import { DEMO_USERS } from '@jixiao/demo-data';
import { isWithin } from '@jixiao/domain';
import { type GraphQLObjectType, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCESS_TABLE,
  type AccessFixtures,
  COUNTY_CODE,
  type County,
  type FieldAccess,
  type FieldName,
} from '../testing/access-table.ts';
import { readTemplate, verificationOf } from '../testing/capture-records.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';
import { schema } from './index.ts';

/**
 * The access matrix: every Query and Mutation field of the executable schema × every demo user
 * and no user × each of the field's targets (in and out of the user's scope), over HTTP on one
 * server. The rules are the table in testing/access-table.ts; a field without an entry fails.
 */
type DemoUser = (typeof DEMO_USERS)[number];

const TABLE_FILE = 'apps/server/src/testing/access-table.ts';

function schemaFields(): FieldName[] {
  const fieldsOf = (type: GraphQLObjectType | null | undefined, prefix: 'Query' | 'Mutation') =>
    Object.keys(type?.getFields() ?? {}).map((name) => `${prefix}.${name}` as FieldName);
  return [
    ...fieldsOf(schema.getQueryType(), 'Query'),
    ...fieldsOf(schema.getMutationType(), 'Mutation'),
  ];
}

/** The field name of the entry's document, checked to be its only top-level field. */
function calledField(document: string): { operation: string; field: string } | null {
  const definitions = parse(document).definitions;
  const operation = definitions[0] as OperationDefinitionNode | undefined;
  if (definitions.length !== 1 || operation?.kind !== Kind.OPERATION_DEFINITION) return null;
  const selections = operation.selectionSet.selections;
  const first = selections[0];
  if (selections.length !== 1 || first?.kind !== Kind.FIELD) return null;
  const kind = operation.operation === 'query' ? 'Query' : 'Mutation';
  return { operation: kind, field: first.name.value };
}

/** The divisions a user may act in: none for the admin (everything), else their scope. */
function scopeOf(user: DemoUser): string[] | 'everything' {
  if (user.role === 'ADMIN') return 'everything';
  if (user.role === 'FIELD_WORKER') return [...user.townshipCodes];
  return user.scopeCode ? [user.scopeCode] : [];
}

function expectedAllowed(entry: FieldAccess, user: DemoUser | null, target: string | null) {
  if (!user) return entry.anonymous;
  const grant = entry.roles[user.role];
  if (grant !== 'inScope') return grant === 'any';
  const scope = scopeOf(user);
  if (target === null || scope === 'everything') return true;
  return scope.some((code) => isWithin(target, code));
}

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

function isSuccess(data: unknown): boolean {
  if (data === null || data === undefined) return false;
  const typename = (data as { __typename?: unknown }).__typename;
  return typeof typename !== 'string' || typename.endsWith('Success');
}

/** 'allowed', 'denied', or what else came back. */
function outcomeOf(entry: FieldAccess, field: string, answer: Answer, anonymous: boolean): string {
  if (answer.status >= 500) return `HTTP ${answer.status}`;
  const data = answer.data?.[field];
  const errors = answer.errors ?? [];
  if (errors.length > 0) {
    const code = anonymous ? 'UNAUTHENTICATED' : 'FORBIDDEN';
    const codes = errors.map((error) => error.extensions?.code);
    if ((data === null || data === undefined) && codes.every((item) => item === code)) {
      return 'denied';
    }
    return `errors ${JSON.stringify(codes)}: ${errors[0]?.message}`;
  }
  if (data === null || data === undefined) return 'no data';
  if (entry.deniedInData?.(data)) return 'denied';
  const allowed = entry.allowed ? entry.allowed(data) : isSuccess(data);
  return allowed ? 'allowed' : `unexpected data ${JSON.stringify(data).slice(0, 300)}`;
}

describe('access matrix: every schema field × every role, in and out of scope', () => {
  const fields = schemaFields();

  it(`has a rule in ${TABLE_FILE} for every Query and Mutation field`, () => {
    const missing = fields.filter((field) => !(field in ACCESS_TABLE));
    const stale = Object.keys(ACCESS_TABLE).filter((field) => !fields.includes(field as FieldName));
    expect(
      missing,
      `fields without an access rule: add an entry for each to ACCESS_TABLE in ${TABLE_FILE}`,
    ).toEqual([]);
    expect(stale, `entries in ${TABLE_FILE} for fields the schema no longer has`).toEqual([]);
  });

  it('calls each field with its own entry’s document, in and out of some scope', () => {
    for (const [name, entry] of Object.entries(ACCESS_TABLE)) {
      const [operation, field] = name.split('.');
      expect(calledField(entry.document), name).toEqual({ operation, field });
      expect(entry.targets.length, name).toBeGreaterThan(0);
    }
  });

  describe('over HTTP', () => {
    let server: TestServer;
    const tokens = new Map<string, string>();
    let fixtures: AccessFixtures;

    async function workerPerson(username: 'shache-worker' | 'heshuo-worker') {
      const user = DEMO_USERS.find((item) => item.username === username);
      const person = await server.running.database.prisma.beneficiary.findFirst({
        where: {
          townshipCode: { in: [...(user?.townshipCodes ?? [])] },
          scheme: 'RESIDENT_PENSION',
        },
        orderBy: { id: 'asc' },
      });
      if (!person) throw new Error(`no roster person in ${username}'s townships`);
      return person;
    }

    async function countyFixtures(county: County) {
      const { prisma } = server.running.database;
      const countyCode = COUNTY_CODE[county];
      const indicator = await prisma.indicator.findFirst({
        where: { project: { countyCode } },
        orderBy: { id: 'asc' },
      });
      const person = await prisma.beneficiary.findFirst({
        where: { countyCode, scheme: 'RESIDENT_PENSION' },
        orderBy: { id: 'asc' },
      });
      if (!indicator || !person) throw new Error(`${county}: no indicator or no roster person`);
      const csv = [
        '身份证号,姓名,乡镇代码,村代码,月应发金额,状态',
        [
          person.idNumber,
          person.name,
          person.townshipCode,
          person.villageCode ?? '',
          person.monthlyAmountDue.toString(),
          person.status,
        ].join(','),
      ].join('\n');
      return { indicator: indicator.id, project: indicator.projectId, csv };
    }

    beforeAll(async () => {
      server = await startTestServer();
      for (const user of DEMO_USERS) tokens.set(user.username, await server.login(user.username));
      const shacheWorker = await workerPerson('shache-worker');
      const heshuoWorker = await workerPerson('heshuo-worker');
      const shache = await countyFixtures('shache');
      const heshuo = await countyFixtures('heshuo');
      const rosterNode = (person: typeof shacheWorker) => ({
        id: person.id,
        idNumber: person.idNumber,
        monthlyAmountDue: person.monthlyAmountDue.toString(),
      });
      const syncedVerification = async (
        worker: 'shache-worker' | 'heshuo-worker',
        person: typeof shacheWorker,
      ) => {
        const synced = await server.graphql<{
          syncVerifications: { id: string; status: string }[];
        }>(
          'mutation($r: [JSON!]!) { syncVerifications(records: $r) { id status } }',
          { r: [verificationOf(rosterNode(person))] },
          tokens.get(worker),
        );
        const answer = synced.data?.syncVerifications[0];
        if (answer?.status !== 'ACCEPTED') throw new Error(`${worker}: ${JSON.stringify(synced)}`);
        return answer.id;
      };
      fixtures = {
        townshipOf: {
          'shache-worker': shacheWorker.townshipCode,
          'heshuo-worker': heshuoWorker.townshipCode,
        },
        personOf: {
          'shache-worker': rosterNode(shacheWorker),
          'heshuo-worker': rosterNode(heshuoWorker),
        },
        indicatorOf: { shache: shache.indicator, heshuo: heshuo.indicator },
        projectOf: { shache: shache.project, heshuo: heshuo.project },
        csvOf: { shache: shache.csv, heshuo: heshuo.csv },
        verificationOf: {
          shache: await syncedVerification('shache-worker', shacheWorker),
          heshuo: await syncedVerification('heshuo-worker', heshuoWorker),
        },
        template: await readTemplate(server, tokens.get('shache-worker') ?? ''),
      };
    });

    afterAll(async () => {
      await server?.close();
    });

    it('answers every cell as designed', async () => {
      const callers: (DemoUser | null)[] = [null, ...DEMO_USERS];
      const wrong: string[] = [];
      let cells = 0;
      for (const field of fields) {
        const entry = ACCESS_TABLE[field];
        if (!entry) continue;
        const name = field.split('.')[1] ?? '';
        for (const target of entry.targets) {
          const division = target.division(fixtures);
          // The callers of one target run side by side; the targets one after the other.
          const outcomes = await Promise.all(
            callers.map(async (user) => {
              const username = user?.username ?? null;
              const answer = (await server.graphql(
                entry.document,
                target.variables(fixtures, { username }),
                username ? tokens.get(username) : undefined,
              )) as Answer;
              return outcomeOf(entry, name, answer, user === null);
            }),
          );
          callers.forEach((user, index) => {
            cells += 1;
            const expected = expectedAllowed(entry, user, division) ? 'allowed' : 'denied';
            const got = outcomes[index];
            if (got !== expected) {
              wrong.push(
                `${field} [${target.label}] as ${user?.username ?? 'anonymous'}: ` +
                  `expected ${expected}, got ${got}`,
              );
            }
          });
        }
      }
      console.info(`access matrix: cells checked ${cells}, wrong ${wrong.length}`);
      expect(wrong).toEqual([]);
      expect(cells).toBeGreaterThanOrEqual(fields.length * callers.length);
    });
  });
});
