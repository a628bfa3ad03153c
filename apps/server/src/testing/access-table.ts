import { DEMO_PASSWORD } from '@jixiao/demo-data';
import { type RosterNode, surveyOf, type TemplateInfo, verificationOf } from './capture-records.ts';

/**
 * 权限表 — who may call every Query and Mutation field of the schema, for the access matrix
 * (schema/access.integration.test.ts). The test reads the fields from the executable schema and
 * fails on a field that has no entry here: a new field is added together with its rule.
 *
 * An entry says, for each role, whether the field is open to every user of the role (`any`),
 * to nobody of it (`none`) or only for a target inside the user's scope (`inScope`: the
 * admin's is everything, a prefecture viewer's their prefecture, a county manager's their
 * county, a field worker's their townships), and whether it is open without a token. Its
 * targets are the calls the matrix makes: the division each is about (null: about none, so in
 * every scope) and the variables. Every target is called as every demo user and anonymously.
 *
 * Allowed means data for the field and no error (a union's success type unless `allowed`
 * says otherwise); denied means the UNAUTHENTICATED (no token) or FORBIDDEN error and no
 * data, or what `deniedInData` recognises (a sync batch refuses out-of-scope records one by
 * one instead of refusing the call).
 */
export type Role = 'ADMIN' | 'PREFECTURE_VIEWER' | 'COUNTY_MANAGER' | 'FIELD_WORKER';
export type Grant = 'any' | 'inScope' | 'none';

/** What the matrix prepares once on its server, for the targets' variables. */
export interface AccessFixtures {
  /** The first township of each field worker, by username. */
  townshipOf: Record<'shache-worker' | 'heshuo-worker', string>;
  /** One indicator and one project of each county. */
  indicatorOf: Record<County, string>;
  projectOf: Record<County, string>;
  /** One roster person of each field worker's first township (full data, for sync records). */
  personOf: Record<
    'shache-worker' | 'heshuo-worker',
    Pick<RosterNode, 'id' | 'idNumber' | 'monthlyAmountDue'>
  >;
  /** A roster CSV of each county: one of its people, unchanged (imports as `unchanged: 1`). */
  csvOf: Record<County, string>;
  /** One stored verification of each county (synced by its field worker). */
  verificationOf: Record<County, string>;
  template: TemplateInfo;
}

export type County = 'shache' | 'heshuo';
export const COUNTY_CODE: Record<County, string> = { shache: '653125', heshuo: '652828' };

/** The user a cell runs as (anonymous: no token). */
export interface Caller {
  username: string | null;
}

export interface Target {
  label: string;
  /** The division the call is about; null when it is about none. */
  division: (fixtures: AccessFixtures) => string | null;
  variables: (fixtures: AccessFixtures, caller: Caller) => Record<string, unknown>;
}

export interface FieldAccess {
  /** The operation calling the field, the only top-level field it selects. */
  document: string;
  anonymous: boolean;
  roles: Record<Role, Grant>;
  targets: readonly Target[];
  /** Whether the field's data is an allowed answer (default: non-null, a union's success). */
  allowed?: (data: unknown) => boolean;
  /** Whether the field's data is a refusal of an out-of-scope call (default: never). */
  deniedInData?: (data: unknown) => boolean;
}

export type FieldName = `Query.${string}` | `Mutation.${string}`;

const ALL: Record<Role, Grant> = {
  ADMIN: 'any',
  PREFECTURE_VIEWER: 'any',
  COUNTY_MANAGER: 'any',
  FIELD_WORKER: 'any',
};
const READERS: Record<Role, Grant> = {
  ADMIN: 'any',
  PREFECTURE_VIEWER: 'inScope',
  COUNTY_MANAGER: 'inScope',
  FIELD_WORKER: 'inScope',
};
const SUPERVISORS: Record<Role, Grant> = { ...READERS, FIELD_WORKER: 'none' };
const MANAGERS: Record<Role, Grant> = {
  ADMIN: 'none',
  PREFECTURE_VIEWER: 'none',
  COUNTY_MANAGER: 'inScope',
  FIELD_WORKER: 'none',
};
const WORKERS: Record<Role, Grant> = {
  ...MANAGERS,
  COUNTY_MANAGER: 'none',
  FIELD_WORKER: 'inScope',
};

const unscoped = (variables: Target['variables'] = () => ({})): Target => ({
  label: 'no division',
  division: () => null,
  variables,
});

const division = (code: string, label: string): Target => ({
  label,
  division: () => code,
  variables: () => ({ code }),
});

const township = (worker: 'shache-worker' | 'heshuo-worker'): Target => ({
  label: `${worker}'s township`,
  division: (fixtures) => fixtures.townshipOf[worker],
  variables: (fixtures) => ({ code: fixtures.townshipOf[worker] }),
});

const eachCounty = (
  variables: (fixtures: AccessFixtures, county: County) => Record<string, unknown>,
): Target[] =>
  (['shache', 'heshuo'] as const).map((county) => ({
    label: county,
    division: () => COUNTY_CODE[county],
    variables: (fixtures) => variables(fixtures, county),
  }));

const eachWorkerTownship = (
  variables: (fixtures: AccessFixtures, worker: 'shache-worker' | 'heshuo-worker') => unknown,
): Target[] =>
  (['shache-worker', 'heshuo-worker'] as const).map((worker) => ({
    label: `${worker}'s township`,
    division: (fixtures) => fixtures.townshipOf[worker],
    variables: (fixtures) => ({ records: [variables(fixtures, worker)] }),
  }));

const KASHGAR = '653100';
const REGION = '650000';

interface SyncAnswer {
  status: string;
  errors: { field: string }[];
}

/** Every record of a sync batch stored, or every one refused for the scope named by `field`. */
const syncJudges = (field: string): Pick<FieldAccess, 'allowed' | 'deniedInData'> => ({
  allowed: (data) => (data as SyncAnswer[]).every((answer) => answer.status === 'ACCEPTED'),
  deniedInData: (data) =>
    (data as SyncAnswer[]).every(
      (answer) =>
        answer.status === 'REJECTED' && answer.errors.some((error) => error.field === field),
    ),
});

const SYNC_SELECTION = '{ status errors { field message } }';

/** The table: one entry per Query and Mutation field. */
export const ACCESS_TABLE: Record<FieldName, FieldAccess> = {
  'Query.me': {
    document: '{ me { username } }',
    anonymous: false,
    roles: ALL,
    targets: [unscoped()],
  },
  'Query.evaluate': {
    document: '{ evaluate(input: { budget: "100", executed: "90", indicators: [] }) { total } }',
    anonymous: false,
    roles: ALL,
    targets: [unscoped()],
  },
  'Query.surveyTemplate': {
    document: 'query($id: String!) { surveyTemplate(id: $id) { id version } }',
    anonymous: false,
    roles: ALL,
    targets: [unscoped((fixtures) => ({ id: fixtures.template.id }))],
  },
  'Query.division': {
    document: 'query($code: String!) { division(code: $code) { code children { code } } }',
    anonymous: false,
    roles: READERS,
    targets: [
      division(REGION, '新疆'),
      division(KASHGAR, '喀什地区'),
      division(COUNTY_CODE.shache, '莎车县'),
      division(COUNTY_CODE.heshuo, '和硕县'),
      township('shache-worker'),
    ],
  },
  'Query.rollup': {
    document: 'query($code: String!) { rollup(divisionCode: $code, year: 2020) { divisionName } }',
    anonymous: false,
    roles: READERS,
    targets: [
      division(KASHGAR, '喀什地区'),
      division(COUNTY_CODE.shache, '莎车县'),
      division(COUNTY_CODE.heshuo, '和硕县'),
      township('shache-worker'),
      township('heshuo-worker'),
    ],
  },
  'Query.townshipRoster': {
    document: `query($code: String!) {
      townshipRoster(townshipCode: $code, first: 1) { maxVersion edges { node { id } } }
    }`,
    anonymous: false,
    roles: READERS,
    targets: [township('shache-worker'), township('heshuo-worker')],
  },
  'Query.projects': {
    document: `query($county: String!) {
      projects(countyCode: $county, first: 1) { edges { node { key } } }
    }`,
    anonymous: false,
    roles: READERS,
    targets: eachCounty((_fixtures, county) => ({ county: COUNTY_CODE[county] })),
  },
  'Query.project': {
    document: 'query($id: ID!) { project(id: $id) { key evaluation { total } } }',
    anonymous: false,
    roles: READERS,
    targets: eachCounty((fixtures, county) => ({ id: fixtures.projectOf[county] })),
  },
  'Query.yearLock': {
    document: `query($county: String!) { yearLock(countyCode: $county, year: 2001) {
      __typename } }`,
    anonymous: false,
    roles: SUPERVISORS,
    targets: eachCounty((_fixtures, county) => ({ county: COUNTY_CODE[county] })),
  },
  'Query.verificationConflicts': {
    document: `query($county: String!) {
      verificationConflicts(countyCode: $county, year: 2020, first: 1) { edges { cursor } }
    }`,
    anonymous: false,
    roles: SUPERVISORS,
    targets: eachCounty((_fixtures, county) => ({ county: COUNTY_CODE[county] })),
  },

  'Mutation.login': {
    document: `mutation($u: String!, $p: String!) { login(username: $u, password: $p) {
      __typename } }`,
    anonymous: true,
    roles: ALL,
    // Each caller logs in as themselves (anonymous as the admin): one login per user.
    targets: [
      unscoped((_fixtures, caller) => ({ u: caller.username ?? 'admin', p: DEMO_PASSWORD })),
    ],
  },
  'Mutation.refreshSession': {
    document: `mutation($t: String!) { refreshSession(refreshToken: $t) { __typename } }`,
    anonymous: true,
    roles: ALL,
    // A token that is not one: the typed refusal, not an access error, is the allowed answer.
    targets: [unscoped(() => ({ t: 'not-a-refresh-token' }))],
    allowed: (data) => (data as { __typename: string }).__typename === 'InvalidCredentialsError',
  },
  'Mutation.logout': {
    document: 'mutation($t: String!) { logout(refreshToken: $t) }',
    anonymous: true,
    roles: ALL,
    targets: [unscoped(() => ({ t: 'not-a-refresh-token' }))],
    allowed: (data) => data === false,
  },
  'Mutation.syncVerifications': {
    document: `mutation($records: [JSON!]!) { syncVerifications(records: $records) ${SYNC_SELECTION} }`,
    anonymous: false,
    roles: WORKERS,
    targets: eachWorkerTownship((fixtures, worker) => verificationOf(fixtures.personOf[worker])),
    ...syncJudges('beneficiaryId'),
  },
  'Mutation.syncSurveyResponses': {
    document: `mutation($records: [JSON!]!) { syncSurveyResponses(records: $records) ${SYNC_SELECTION} }`,
    anonymous: false,
    roles: WORKERS,
    targets: eachWorkerTownship((fixtures, worker) =>
      surveyOf(fixtures.template, fixtures.townshipOf[worker]),
    ),
    ...syncJudges('townshipCode'),
  },
  'Mutation.setIndicatorActual': {
    document: `mutation($id: ID!) { setIndicatorActual(indicatorId: $id, actual: "382107") {
      __typename } }`,
    anonymous: false,
    roles: MANAGERS,
    targets: eachCounty((fixtures, county) => ({ id: fixtures.indicatorOf[county] })),
  },
  'Mutation.updateIndicator': {
    document: `mutation($id: ID!) { updateIndicator(indicatorId: $id, weight: "10") {
      __typename } }`,
    anonymous: false,
    roles: MANAGERS,
    targets: eachCounty((fixtures, county) => ({ id: fixtures.indicatorOf[county] })),
  },
  'Mutation.setIndicatorBinding': {
    document: `mutation($id: ID!) {
      setIndicatorBinding(indicatorId: $id, metric: BENEFICIARY_COUNT) { __typename }
    }`,
    anonymous: false,
    roles: MANAGERS,
    targets: eachCounty((fixtures, county) => ({ id: fixtures.indicatorOf[county] })),
  },
  'Mutation.removeIndicatorBinding': {
    document: `mutation($id: ID!) { removeIndicatorBinding(indicatorId: $id) { __typename } }`,
    anonymous: false,
    roles: MANAGERS,
    targets: eachCounty((fixtures, county) => ({ id: fixtures.indicatorOf[county] })),
  },
  'Mutation.lockYear': {
    document: `mutation($county: String!) { lockYear(countyCode: $county, year: 2001) {
      __typename } }`,
    anonymous: false,
    roles: MANAGERS,
    targets: eachCounty((_fixtures, county) => ({ county: COUNTY_CODE[county] })),
  },
  'Mutation.unlockYear': {
    document: `mutation($county: String!) { unlockYear(countyCode: $county, year: 2001) {
      __typename } }`,
    anonymous: false,
    roles: MANAGERS,
    targets: eachCounty((_fixtures, county) => ({ county: COUNTY_CODE[county] })),
  },
  'Mutation.resolveVerificationConflict': {
    document: `mutation($id: ID!) { resolveVerificationConflict(verificationId: $id) {
      __typename } }`,
    anonymous: false,
    roles: MANAGERS,
    targets: eachCounty((fixtures, county) => ({ id: fixtures.verificationOf[county] })),
  },
  'Mutation.importRoster': {
    document: `mutation($county: String!, $csv: String!) {
      importRoster(countyCode: $county, scheme: RESIDENT_PENSION, csv: $csv) { __typename }
    }`,
    anonymous: false,
    roles: MANAGERS,
    targets: eachCounty((fixtures, county) => ({
      county: COUNTY_CODE[county],
      csv: fixtures.csvOf[county],
    })),
  },
  // A file that is not base64: the manager in scope gets the typed refusal, nothing is read.
  'Mutation.previewFormImport': {
    document: `mutation($id: ID!) { previewFormImport(projectId: $id, fileBase64: "不是文件") {
      __typename } }`,
    anonymous: false,
    roles: MANAGERS,
    targets: eachCounty((fixtures, county) => ({ id: fixtures.projectOf[county] })),
    allowed: (data) => (data as { __typename: string }).__typename === 'InvalidInputError',
  },
  'Mutation.applyFormImport': {
    document: `mutation($id: ID!) { applyFormImport(projectId: $id, fileBase64: "不是文件") {
      __typename } }`,
    anonymous: false,
    roles: MANAGERS,
    targets: eachCounty((fixtures, county) => ({ id: fixtures.projectOf[county] })),
    allowed: (data) => (data as { __typename: string }).__typename === 'InvalidInputError',
  },
};
