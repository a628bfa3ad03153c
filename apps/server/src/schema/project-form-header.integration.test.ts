import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

/**
 * The header and signature fields of a project (what the printed 自评表 shows around its
 * tables), read from the seeded 莎车县 2020 forms.
 */
const PROJECTS = `query($county: String!) {
  projects(countyCode: $county, year: 2020, first: 20) {
    edges { node {
      key
      departments { central local }
      goalOutcome
      remarks
      signature { preparer head filedOn contacts }
    } }
  }
}`;

interface Header {
  key: string;
  departments: { central: string | null; local: string | null } | null;
  goalOutcome: string | null;
  remarks: string | null;
  signature: {
    preparer: string | null;
    head: string | null;
    filedOn: string | null;
    contacts: string[];
  } | null;
}

describe('a project’s form header and signature (PGlite)', () => {
  let server: TestServer;
  let projects: Header[] = [];

  beforeAll(async () => {
    server = await startTestServer({ rosterLimit: 20 });
    const token = await server.login('shache-manager');
    const result = await server.graphql<{ projects: { edges: { node: Header }[] } }>(
      PROJECTS,
      { county: '653125' },
      token,
    );
    projects = result.data?.projects.edges.map((edge) => edge.node) ?? [];
  });
  afterAll(async () => {
    await server?.close();
  });

  it('gives the departments, 说明 and the signature block as filed', () => {
    const pension = projects.find((project) => project.key === 'shache-2020-resident-pension');
    expect(pension).toMatchObject({
      departments: { central: '财政部', local: '财政局' },
      remarks: '请在此处说明各级审计和财政监督检查中发现问题所涉及的金额，如没有请填无。',
      signature: {
        preparer: '罗平',
        head: '艾麦提·玉苏甫',
        filedOn: '2020年12月30日',
        contacts: ['15886889309', '13899112060'],
      },
    });
  });

  it('gives 全年实际完成情况 where the form has it, and null for a missing block', () => {
    const institution = projects.find(
      (project) => project.key === 'shache-2020-institution-pension',
    );
    expect(institution?.goalOutcome).toMatch(/\S/);
    const medical = projects.find((project) => project.key === 'shache-2020-resident-medical');
    expect(medical?.signature).toBeNull();
  });
});
