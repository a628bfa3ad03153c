/**
 * The server's GraphQL API over plain HTTP, as the county manager's dashboard (or any client)
 * reads it: the specs check what the phone sent through what the server reports, and pick the
 * people to verify from the roster the worker's own account may read.
 */

export const DEMO_PASSWORD = 'jixiao-demo-2020';
export const WORKER = 'shache-worker';
export const MANAGER = 'shache-manager';
export const SHACHE_COUNTY = '653125';
export const SURVEY_TEMPLATE_ID = 'satisfaction-2020';

export async function graphql<Data>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Data> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(60_000),
  });
  const body = (await response.json()) as { data?: Data; errors?: { message: string }[] };
  if (body.errors !== undefined && body.errors.length > 0) {
    throw new Error(`GraphQL errors: ${body.errors.map((error) => error.message).join('; ')}`);
  }
  if (body.data === undefined) throw new Error(`no data (HTTP ${response.status})`);
  return body.data;
}

/** An access token for a demo user. */
export async function loginToken(baseUrl: string, username: string): Promise<string> {
  const data = await graphql<{
    login: { __typename: string; data?: { accessToken: string } };
  }>(
    baseUrl,
    `mutation Login($username: String!, $password: String!) {
       login(username: $username, password: $password) {
         __typename
         ... on MutationLoginSuccess { data { accessToken } }
       }
     }`,
    { username, password: DEMO_PASSWORD },
  );
  const token = data.login.data?.accessToken;
  if (token === undefined) throw new Error(`login of ${username} failed: ${data.login.__typename}`);
  return token;
}

export interface Rollup {
  divisionName: string;
  verifications: {
    verified: number;
    coverage: number | null;
    roster: number;
    paidCorrectly: number;
    outcomes: { aliveEligible: number; deceased: number; moved: number };
  };
  surveys: {
    total: {
      responses: number;
      satisfaction: { rate: number | null; positive: number; answers: number };
      awareness: { rate: number | null; positive: number; answers: number };
    };
  };
}

export async function rollup(
  baseUrl: string,
  token: string,
  divisionCode: string,
  year: number,
): Promise<Rollup> {
  const data = await graphql<{ rollup: Rollup }>(
    baseUrl,
    `query Rollup($divisionCode: String!, $year: Int!) {
       rollup(divisionCode: $divisionCode, year: $year) {
         divisionName
         verifications {
           verified coverage roster paidCorrectly
           outcomes { aliveEligible deceased moved }
         }
         surveys {
           total {
             responses
             satisfaction { rate positive answers }
             awareness { rate positive answers }
           }
         }
       }
     }`,
    { divisionCode, year },
    token,
  );
  return data.rollup;
}

export interface RosterPerson {
  id: string;
  name: string;
  idNumber: string;
  status: 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';
  monthlyAmountDue: string;
  villageCode: string | null;
  masked: boolean;
}

/** Every person on a township's roster, as the given account may see them. */
export async function townshipRoster(
  baseUrl: string,
  token: string,
  townshipCode: string,
): Promise<RosterPerson[]> {
  const people: RosterPerson[] = [];
  let after: string | null = null;
  for (;;) {
    const data: {
      townshipRoster: {
        edges: { node: RosterPerson }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await graphql(
      baseUrl,
      `query Roster($townshipCode: String!, $after: String) {
         townshipRoster(townshipCode: $townshipCode, first: 2000, after: $after) {
           edges { node { id name idNumber status monthlyAmountDue villageCode masked } }
           pageInfo { hasNextPage endCursor }
         }
       }`,
      { townshipCode, after },
      token,
    );
    people.push(...data.townshipRoster.edges.map((edge) => edge.node));
    if (!data.townshipRoster.pageInfo.hasNextPage) return people;
    after = data.townshipRoster.pageInfo.endCursor;
  }
}

export interface TemplateQuestion {
  id: string;
  kind: 'SATISFACTION' | 'AWARENESS';
  satisfiedValues: number[];
  text: { zh: string; ug: string };
}

export async function surveyQuestions(baseUrl: string, token: string): Promise<TemplateQuestion[]> {
  const data = await graphql<{ surveyTemplate: { questions: TemplateQuestion[] } | null }>(
    baseUrl,
    `query Template($id: String!) {
       surveyTemplate(id: $id) { questions { id kind satisfiedValues text { zh ug } } }
     }`,
    { id: SURVEY_TEMPLATE_ID },
    token,
  );
  if (data.surveyTemplate === null) throw new Error(`no survey template ${SURVEY_TEMPLATE_ID}`);
  return data.surveyTemplate.questions;
}

/** 重复核实: how many people of the county have more than one verification in the year. */
export async function verificationConflictCount(
  baseUrl: string,
  token: string,
  countyCode: string,
  year: number,
): Promise<number> {
  const data = await graphql<{ verificationConflicts: { edges: unknown[] } }>(
    baseUrl,
    `query Conflicts($countyCode: String!, $year: Int!) {
       verificationConflicts(countyCode: $countyCode, year: $year, first: 100) { edges { cursor } }
     }`,
    { countyCode, year },
    token,
  );
  return data.verificationConflicts.edges.length;
}
