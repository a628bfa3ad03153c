import { randomUUID } from 'node:crypto';
import type { TestServer } from './test-server.ts';

/** Builders of capture records as a phone sends them, for the sync and roster tests. */

export interface RosterNode {
  id: string;
  scheme: string;
  idNumber: string;
  name: string;
  birthDate: string | null;
  villageCode: string | null;
  monthlyAmountDue: string;
  status: string;
  version: string;
  masked: boolean;
}

export const ROSTER_QUERY = `query Roster(
  $t: String!, $since: BigInt, $first: Int, $after: String
) {
  townshipRoster(townshipCode: $t, sinceVersion: $since, first: $first, after: $after) {
    maxVersion
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id scheme idNumber name sex birthDate villageCode monthlyAmountDue status version masked
    } }
  }
}`;

interface RosterPage {
  townshipRoster: {
    maxVersion: string;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: RosterNode }[];
  };
}

/** Every row of a township's roster, page by page. */
export async function readRoster(
  server: TestServer,
  token: string,
  townshipCode: string,
  options: { since?: string; pageSize?: number } = {},
): Promise<{ nodes: RosterNode[]; maxVersion: string; pages: number }> {
  const nodes: RosterNode[] = [];
  let after: string | null = null;
  let maxVersion = '0';
  let pages = 0;
  for (;;) {
    const result: Awaited<ReturnType<typeof server.graphql<RosterPage>>> = await server.graphql(
      ROSTER_QUERY,
      { t: townshipCode, since: options.since, first: options.pageSize, after },
      token,
    );
    if (!result.data) throw new Error(`roster query failed: ${JSON.stringify(result.errors)}`);
    const page: RosterPage['townshipRoster'] = result.data.townshipRoster;
    if (pages === 0) maxVersion = page.maxVersion;
    pages += 1;
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return { nodes, maxVersion, pages };
    after = page.pageInfo.endCursor;
  }
}

/** A valid verification of a person as the roster shows them (alive, eligible, paid in full). */
export function verificationOf(
  person: Pick<RosterNode, 'id' | 'idNumber' | 'monthlyAmountDue'>,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: randomUUID(),
    capturedAt: '2020-11-05T10:15:00+06:00',
    deviceId: 'phone-0001',
    beneficiaryId: person.id,
    year: 2020,
    idNumber: person.idNumber,
    identityConfirmed: true,
    identityMethod: 'homeVisit',
    alive: true,
    deathDate: null,
    eligible: true,
    ineligibleReason: null,
    amountReceivedYuan: person.monthlyAmountDue,
    note: null,
    ...overrides,
  };
}

export interface TemplateInfo {
  id: string;
  version: number;
  questions: { id: string; kind: 'SATISFACTION' | 'AWARENESS'; satisfiedValues: number[] }[];
}

export async function readTemplate(server: TestServer, token: string): Promise<TemplateInfo> {
  const result = await server.graphql<{ surveyTemplate: TemplateInfo }>(
    `{ surveyTemplate(id: "satisfaction-2020") {
      id version questions { id kind satisfiedValues }
    } }`,
    {},
    token,
  );
  if (!result.data?.surveyTemplate) throw new Error(JSON.stringify(result.errors));
  return result.data.surveyTemplate;
}

/** A valid survey response answering every question of the template with `value`. */
export function surveyOf(
  template: TemplateInfo,
  townshipCode: string,
  overrides: Record<string, unknown> = {},
  value: number | null = 5,
): Record<string, unknown> {
  return {
    id: randomUUID(),
    capturedAt: '2020-11-05T11:00:00+08:00',
    deviceId: 'phone-0001',
    templateId: template.id,
    templateVersion: template.version,
    year: 2020,
    townshipCode,
    villageCode: null,
    respondentGroup: 'residentBeneficiary',
    beneficiaryId: null,
    language: 'zh',
    answers: template.questions.map((question) => ({ questionId: question.id, value })),
    note: null,
    ...overrides,
  };
}

export const READ_ME = '{ me { id townshipCodes } }';
