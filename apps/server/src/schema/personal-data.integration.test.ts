import { DEMO_PASSWORD, DEMO_USERS } from '@jixiao/demo-data';
import { idCheckCharacter, maskIdNumber, maskName } from '@jixiao/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_BODY_BYTES } from '../http/app.ts';
import { createLogger } from '../logger.ts';
import {
  type RosterNode,
  readRoster,
  readTemplate,
  surveyOf,
  verificationOf,
} from '../testing/capture-records.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

/**
 * Personal data (居民身份证号, 姓名) over a full run: every role logs in (some wrongly), phones
 * download their rosters and sync verifications and surveys carrying real ID numbers and names
 * (valid, refused and conflicting ones), managers import rosters (good and bad files), read
 * rollups and repeat verifications, type names into reasons and forms, and malformed requests
 * quote ID numbers. The server logs at debug level into memory; console and stderr are
 * captured too. Then (1) no ID number or name used anywhere in the run is in any log line, and
 * (2) the roles that must not see them got them masked.
 */
const SHACHE = '653125';

const SYNC_VERIFICATIONS = `mutation($r: [JSON!]!) {
  syncVerifications(records: $r) { id status errors { field message } }
}`;
const SYNC_SURVEYS = `mutation($r: [JSON!]!) {
  syncSurveyResponses(records: $r) { id status errors { field message } }
}`;
const CONFLICTS = `query($c: String!) {
  verificationConflicts(countyCode: $c, year: 2020, first: 50) {
    edges { node { beneficiaryId beneficiary { id idNumber name birthDate masked } } }
  }
}`;
const IMPORT = `mutation($c: String!, $csv: String!) {
  importRoster(countyCode: $c, scheme: RESIDENT_PENSION, csv: $csv) {
    __typename
    ... on MutationImportRosterSuccess { data { inserted updated unchanged rows } }
    ... on InvalidInputError { fieldErrors { field message } }
  }
}`;

function idNumber(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`;
  return `${first17}${idCheckCharacter(first17)}`;
}

/** What the run used: every ID number and name that went over the wire. */
class PersonalData {
  readonly idNumbers = new Set<string>();
  readonly names = new Set<string>();

  person(person: { idNumber: string; name: string }): void {
    this.idNumbers.add(person.idNumber);
    this.names.add(person.name);
  }
}

/** An 18-character resident ID number with a valid check character, anywhere in a text. */
function idNumbersIn(text: string): string[] {
  return [...text.matchAll(/(?<!\d)\d{17}[\dX](?!\d)/g)]
    .map((match) => match[0])
    .filter((candidate) => idCheckCharacter(candidate.slice(0, 17)) === candidate[17]);
}

describe('personal data: masked for the roles that need it, never in the logs', () => {
  const logLines: string[] = [];
  const used = new PersonalData();
  let server: TestServer;
  const tokens = new Map<string, string>();
  const fullRoster = new Map<string, RosterNode>();
  const townshipOf = new Map<string, string>();
  let restoreOutput: () => void = () => undefined;

  function capture(text: string): void {
    logLines.push(...text.split('\n').filter((line) => line.trim() !== ''));
  }

  beforeAll(async () => {
    // Console and stderr too: a library writing past the logger is log output as well.
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        capture(args.map(String).join(' '));
      }),
    );
    const stderrWrite = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      capture(String(chunk));
      return (stderrWrite as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stderr.write;
    restoreOutput = () => {
      for (const spy of spies) spy.mockRestore();
      process.stderr.write = stderrWrite;
    };
    server = await startTestServer({
      logger: createLogger('debug', { write: (line: string) => capture(line) }),
    });
  });

  afterAll(async () => {
    restoreOutput();
    await server?.close();
  });

  async function gql<T = Record<string, unknown>>(
    username: string | null,
    query: string,
    variables: Record<string, unknown> = {},
  ) {
    return server.graphql<T>(query, variables, username ? tokens.get(username) : undefined);
  }

  it('logs in every role, and refuses wrong passwords and ID numbers as usernames', async () => {
    for (const user of DEMO_USERS) tokens.set(user.username, await server.login(user.username));
    const stranger = idNumber('653125', '19500101', '123');
    used.idNumbers.add(stranger);
    for (const [username, password] of [
      ['shache-worker', 'wrong-password'],
      [stranger, DEMO_PASSWORD],
      ['艾力·买买提', stranger],
    ] as const) {
      used.names.add('艾力·买买提');
      const result = await gql<{ login: { __typename: string } }>(
        null,
        `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { __typename } }`,
        { u: username, p: password },
      );
      expect(result.data?.login.__typename).toBe('InvalidCredentialsError');
    }
  });

  it('gives field workers and their manager full rosters, everyone else masked ones', async () => {
    const worker = DEMO_USERS.find((user) => user.username === 'shache-worker');
    for (const township of worker?.townshipCodes ?? []) {
      const { nodes } = await readRoster(server, tokens.get('shache-worker') ?? '', township);
      for (const node of nodes) {
        expect(node.masked).toBe(false);
        fullRoster.set(node.id, node);
        townshipOf.set(node.id, township);
        used.person(node);
      }
    }
    expect(fullRoster.size).toBeGreaterThan(10);
    const township = worker?.townshipCodes[0] ?? '';
    const manager = await readRoster(server, tokens.get('shache-manager') ?? '', township);
    expect(manager.nodes.every((node) => !node.masked)).toBe(true);
    for (const username of ['admin', 'kashgar-viewer']) {
      const { nodes } = await readRoster(server, tokens.get(username) ?? '', township);
      expect(nodes.length, username).toBeGreaterThan(0);
      for (const node of nodes) {
        const full = fullRoster.get(node.id);
        expect(node, username).toMatchObject({
          masked: true,
          birthDate: null,
          idNumber: maskIdNumber(full?.idNumber ?? ''),
          name: maskName(full?.name ?? ''),
        });
        expect(node.idNumber).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
      }
    }
  });

  it('syncs real ID numbers and names: accepted, refused and repeated records', async () => {
    const people = [...fullRoster.values()].slice(0, 12);
    const [first, second, third] = people;
    if (!first || !second || !third) throw new Error('roster too small');
    const records: Record<string, unknown>[] = people.map((person) =>
      verificationOf(person, { note: `本人${person.name}，身份证 ${person.idNumber}` }),
    );
    // Another verification of the same people: repeats for verificationConflicts.
    records.push(
      verificationOf(first, { capturedAt: '2020-11-06T10:15:00+06:00' }),
      verificationOf(second, { capturedAt: '2020-11-06T11:15:00+06:00' }),
      // Refused: someone else's ID number, a wrong check digit, an unknown field with a name.
      verificationOf(third, { idNumber: first.idNumber }),
      verificationOf(third, {
        idNumber: `${third.idNumber.slice(0, 17)}${third.idNumber[17] === '0' ? '1' : '0'}`,
      }),
      { ...verificationOf(third), 姓名: third.name, idNumber: Number(third.idNumber.slice(0, 15)) },
      { id: third.idNumber, name: third.name },
    );
    const answer = await gql<{ syncVerifications: { status: string }[] }>(
      'shache-worker',
      SYNC_VERIFICATIONS,
      { r: records },
    );
    expect(answer.errors).toBeUndefined();
    const statuses = answer.data?.syncVerifications.map((result) => result.status) ?? [];
    expect(statuses.filter((status) => status === 'ACCEPTED')).toHaveLength(14);
    expect(statuses.filter((status) => status === 'REJECTED')).toHaveLength(4);
    // Another worker's township: refused record by record.
    const other = await gql<{ syncVerifications: { status: string }[] }>(
      'shache-worker2',
      SYNC_VERIFICATIONS,
      { r: [verificationOf(third, { note: third.name })] },
    );
    expect(other.data?.syncVerifications[0]?.status).toBe('REJECTED');

    const template = await readTemplate(server, tokens.get('shache-worker') ?? '');
    const surveys = await gql<{ syncSurveyResponses: { status: string }[] }>(
      'shache-worker',
      SYNC_SURVEYS,
      {
        r: [
          surveyOf(template, townshipOf.get(third.id) ?? '', {
            beneficiaryId: third.id,
            respondentGroup: 'residentBeneficiary',
            note: `受访人 ${third.name} ${third.idNumber}`,
          }),
          surveyOf(template, 'x', { note: third.name, beneficiaryId: third.idNumber }),
        ],
      },
    );
    expect(surveys.data?.syncSurveyResponses.map((result) => result.status)).toEqual([
      'ACCEPTED',
      'REJECTED',
    ]);
  });

  it('shows repeat verifications in full to the manager, masked to the admin and viewer', async () => {
    type Conflicts = {
      verificationConflicts: {
        edges: { node: { beneficiary: { idNumber: string; name: string; masked: boolean } } }[];
      };
    };
    const manager = await gql<Conflicts>('shache-manager', CONFLICTS, { c: SHACHE });
    const full = manager.data?.verificationConflicts.edges ?? [];
    expect(full.length).toBeGreaterThanOrEqual(2);
    for (const edge of full) expect(edge.node.beneficiary.masked).toBe(false);
    for (const username of ['admin', 'kashgar-viewer']) {
      const masked = await gql<Conflicts>(username, CONFLICTS, { c: SHACHE });
      const edges = masked.data?.verificationConflicts.edges ?? [];
      expect(edges.length, username).toBe(full.length);
      edges.forEach((edge, index) => {
        const person = full[index]?.node.beneficiary;
        expect(edge.node.beneficiary, username).toMatchObject({
          masked: true,
          idNumber: maskIdNumber(person?.idNumber ?? ''),
          name: maskName(person?.name ?? ''),
        });
      });
    }
  });

  it('imports rosters, good and bad, and reads rollups', async () => {
    const township = DEMO_USERS[5]?.townshipCodes[0] ?? '';
    const newcomers = [
      { idNumber: idNumber(SHACHE, '19480315', '211'), name: '阿依古丽·艾买提' },
      { idNumber: idNumber(SHACHE, '19520720', '322'), name: '吐尔洪·买买提明' },
    ];
    for (const person of newcomers) used.person(person);
    const header = '身份证号,姓名,乡镇代码,村代码,月应发金额,状态';
    const good = [
      header,
      ...newcomers.map((person) => `${person.idNumber},${person.name},${township},,150,正常`),
    ].join('\n');
    const imported = await gql<{ importRoster: { __typename: string } }>('shache-manager', IMPORT, {
      c: SHACHE,
      csv: good,
    });
    expect(imported.data?.importRoster.__typename).toBe('MutationImportRosterSuccess');
    const wrongId = idNumber(SHACHE, '19601301', '433');
    const badPerson = { idNumber: idNumber(SHACHE, '19600101', '544'), name: '热依拉·吾斯曼' };
    used.person(badPerson);
    used.idNumbers.add(wrongId);
    const bad = [
      header,
      `${wrongId},${badPerson.name},${township},,150,正常`,
      `${badPerson.idNumber},${badPerson.name.repeat(20)},${township},,-5,死亡`,
      `${badPerson.idNumber},${badPerson.name},999999999,${badPerson.idNumber},abc,`,
    ].join('\n');
    const refused = await gql<{ importRoster: { __typename: string } }>('shache-manager', IMPORT, {
      c: SHACHE,
      csv: bad,
    });
    expect(refused.data?.importRoster.__typename).toBe('InvalidInputError');
    expect(JSON.stringify(refused)).not.toContain(badPerson.name);

    for (const [username, code] of [
      ['shache-manager', SHACHE],
      ['shache-manager', township],
      ['kashgar-viewer', '653100'],
      ['shache-worker', township],
    ] as const) {
      const rollup = await gql(
        username,
        `query($c: String!) { rollup(divisionCode: $c, year: 2020) {
          verifications { verified amountToRecover } surveys { total { responses } } } }`,
        { c: code },
      );
      expect(rollup.errors, `${username} ${code}`).toBeUndefined();
    }
  });

  it('keeps names and ID numbers typed into reasons, forms and malformed requests out of the logs', async () => {
    const [person] = [...fullRoster.values()];
    if (!person) throw new Error('roster too small');
    const project = await server.running.database.prisma.indicator.findFirstOrThrow({
      where: { project: { countyCode: SHACHE } },
    });
    const reason = await gql(
      'shache-manager',
      `mutation($id: ID!, $r: String) { setIndicatorActual(indicatorId: $id, reason: $r, actual: "x ≥≥ 5") {
        __typename } }`,
      { id: project.id, r: `${person.name} ${person.idNumber} 未按时核实` },
    );
    expect(reason.errors).toBeUndefined();
    const evaluate = await gql(
      'shache-worker',
      `query($i: EvaluationInput!) { evaluate(input: $i) { total } }`,
      {
        i: {
          budget: person.idNumber,
          indicators: [{ level1: person.name, name: person.idNumber, target: person.name }],
        },
      },
    );
    expect(evaluate.errors?.[0]?.message).toBeTruthy();
    // Quoted back by GraphQL validation and syntax errors.
    for (const query of [
      `{ division(code: ${person.idNumber}) { code } }`,
      `{ division(code: "${person.idNumber}") { ${person.name} } }`,
      `{ division(code: "${person.name}" { code } }`,
    ]) {
      const answer = await gql('shache-manager', query);
      expect(answer.errors?.length, query).toBeGreaterThan(0);
    }
    // A GET with the ID number in the query string, and an oversized body full of them.
    await fetch(
      `${server.url}/graphql?query=${encodeURIComponent(`{ division(code: "${person.idNumber}") { code } }`)}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    ).then((response) => response.arrayBuffer());
    const oversized = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-device-id': person.idNumber },
      body: JSON.stringify({
        query: '{ me { id } }',
        variables: { x: `${person.idNumber}${person.name}`.repeat(MAX_BODY_BYTES / 20) },
      }),
    });
    expect(oversized.status).toBe(413);
  });

  it('wrote no ID number and no name of the run into any log line', () => {
    restoreOutput();
    expect(logLines.length).toBeGreaterThan(30);
    expect(used.idNumbers.size).toBeGreaterThan(10);
    const found: string[] = [];
    for (const line of logLines) {
      for (const id of idNumbersIn(line)) found.push(`ID number ${id} in: ${line.slice(0, 300)}`);
      for (const id of used.idNumbers) {
        if (line.includes(id)) found.push(`ID number ${id} in: ${line.slice(0, 300)}`);
      }
      for (const name of used.names) {
        if (line.includes(name)) found.push(`name ${name} in: ${line.slice(0, 300)}`);
      }
    }
    console.info(
      `personal data in logs: ${logLines.length} lines scanned for ${used.idNumbers.size} ID ` +
        `numbers and ${used.names.size} names, found ${found.length}`,
    );
    expect(found).toEqual([]);
  });
});
