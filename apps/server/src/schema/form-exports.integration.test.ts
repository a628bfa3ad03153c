import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PROJECTS } from '@jixiao/demo-data';
import { idCheckCharacter } from '@jixiao/domain';
import {
  formWorkbook,
  importFormWorkbook,
  readRosterSheet,
  rosterWorkbook,
  XLSX_CONTENT_TYPE,
} from '@jixiao/forms';
import { evaluateForm } from '@jixiao/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signExportToken } from '../auth/export-tokens.ts';
import { startTestServer, type TestServer } from '../testing/test-server.ts';

/**
 * The forms over HTTP: download links per kind and the downloads themselves (in and out of
 * scope, expired, forged), the 自评报告, the preview and all-or-nothing import of a filled
 * XLSX form, and importRoster from XLSX.
 */
const SECRET = 'test-secret-test-secret-test-secret-0123';
const FIXTURES = join(import.meta.dirname, '..', '..', '..', '..', 'packages', 'forms', 'fixtures');

const PROJECTS = `query($county: String!) {
  projects(countyCode: $county, first: 20) { edges { node { id key } } }
}`;

const DOWNLOADS = `query($id: ID!) {
  project(id: $id) {
    key
    formDownloads { kind title fileName url expiresAt }
    evaluation { indicators { rowKey target actual } }
  }
}`;

const REPORT = `query($id: ID!) {
  project(id: $id) {
    selfEvaluationReport { title subtitle meta { label value } text
      sections { heading paragraphs subsections { heading paragraphs } } }
  }
}`;

const PREVIEW = `mutation($id: ID!, $file: String!) {
  previewFormImport(projectId: $id, fileBase64: $file) {
    __typename
    ... on MutationPreviewFormImportSuccess { data {
      sheet kind title year projectName canApply
      funds { source label budget executed printedRate }
      rows { rowKey level1 level2 name target actual printedRate partOfRowKey }
      cellErrors { sheet cell message }
      evaluation { total findings { code rowKey message } }
    } }
    ... on InvalidInputError { message fieldErrors { field message } }
    ... on NotFoundError { message }
  }
}`;

const APPLY = `mutation($id: ID!, $file: String!) {
  applyFormImport(projectId: $id, fileBase64: $file) {
    __typename
    ... on MutationApplyFormImportSuccess { data {
      key goal funds { source budget executed }
      indicators { rowKey name target manualActual printedRate binding { metric } }
    } }
    ... on InvalidInputError { message fieldErrors { field message } }
  }
}`;

const IMPORT_ROSTER = `mutation($county: String!, $csv: String, $xlsx: String) {
  importRoster(countyCode: $county, scheme: RESIDENT_PENSION, csv: $csv, xlsxBase64: $xlsx) {
    __typename
    ... on MutationImportRosterSuccess { data { inserted updated unchanged rows } }
    ... on InvalidInputError { message fieldErrors { field message } }
  }
}`;

interface Download {
  kind: string;
  title: string;
  fileName: string;
  url: string;
  expiresAt: string;
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

function fixture(name: string): string {
  return base64(readFileSync(join(FIXTURES, `${name}.xlsx`)));
}

const residentPension = DEMO_PROJECTS.find(
  (project) => project.key === 'shache-2020-resident-pension',
);
if (!residentPension) throw new Error('no demo project shache-2020-resident-pension');

describe('form exports and imports over HTTP (PGlite)', () => {
  let server: TestServer;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer({ rosterLimit: 20 });
    for (const user of [
      'admin',
      'kashgar-viewer',
      'bayingol-viewer',
      'shache-manager',
      'heshuo-manager',
    ]) {
      tokens[user] = await server.login(user);
    }
    for (const [county, user] of [
      ['653125', 'shache-manager'],
      ['652828', 'heshuo-manager'],
    ] as const) {
      const result = await server.graphql<{
        projects: { edges: { node: { id: string; key: string } }[] };
      }>(PROJECTS, { county }, tokens[user]);
      for (const { node } of result.data?.projects.edges ?? []) ids[node.key] = node.id;
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  async function downloads(user: string, key: string) {
    return server.graphql<{
      project: {
        formDownloads: Download[];
        evaluation: {
          indicators: { rowKey: string; target: string | null; actual: string | null }[];
        };
      };
    }>(DOWNLOADS, { id: ids[key] }, tokens[user]);
  }

  it('gives the county manager a link per form kind, and the link downloads the workbook', async () => {
    const result = await downloads('shache-manager', 'shache-2020-resident-pension');
    expect(result.errors).toBeUndefined();
    const links = result.data?.project.formDownloads ?? [];
    expect(links.map((link) => [link.kind, link.title, link.fileName])).toEqual([
      ['SELF_EVALUATION', '绩效自评表', '2020_莎车县_城乡居民基本养老保险项目基金_绩效自评表.xlsx'],
      [
        'TARGET_DECLARATION',
        '绩效目标申报表',
        '2021_莎车县_城乡居民基本养老保险项目基金_绩效目标申报表.xlsx',
      ],
      [
        'MONITORING',
        '绩效监控情况表',
        '2020_莎车县_城乡居民基本养老保险项目基金_绩效监控情况表.xlsx',
      ],
    ]);
    const link = links[0] as Download;
    expect(link.url).toMatch(/^\/exports\/[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(new Date(link.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(10 * 60 * 1000);

    // A plain GET: no Authorization header, as a browser following the link.
    const response = await fetch(`${server.url}${link.url}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="shache-2020-resident-pension-self-evaluation.xlsx"; ` +
        `filename*=UTF-8''${encodeURIComponent(link.fileName)}`,
    );
    expect(response.headers.get('cache-control')).toBe('private, no-store');

    const bytes = new Uint8Array(await response.arrayBuffer());
    const read = await importFormWorkbook(bytes);
    expect(read.errors).toEqual([]);
    expect(read.form?.projectName).toBe('城乡居民基本养老保险项目基金');
    expect(read.form?.funds?.total).toEqual({
      budget: '14204',
      executed: '11616',
      printedRate: '81.78%',
    });
    const scored = result.data?.project.evaluation.indicators ?? [];
    expect(read.form?.indicators.map((row) => [row.id, row.target, row.actual])).toEqual(
      scored.map((row) => [row.rowKey, row.target, row.actual]),
    );
  });

  it('lets a prefecture viewer over the county and the admin download, and no one else', async () => {
    for (const user of ['kashgar-viewer', 'admin']) {
      const link = (await downloads(user, 'shache-2020-resident-pension')).data?.project
        .formDownloads[0];
      expect((await fetch(`${server.url}${link?.url}`)).status, user).toBe(200);
    }
    for (const user of ['bayingol-viewer', 'heshuo-manager']) {
      const result = await downloads(user, 'shache-2020-resident-pension');
      expect(result.errors?.[0]?.extensions?.code, user).toBe('FORBIDDEN');
      expect(result.data?.project ?? null).toBeNull();
    }
  });

  it('refuses a link for a viewer out of scope, an expired link and a forged one', async () => {
    const viewer = {
      id: 'x',
      username: 'bayingol-viewer',
      role: 'PREFECTURE_VIEWER' as const,
      scopeCode: '652800',
      townshipCodes: [],
    };
    const projectId = ids['shache-2020-resident-pension'] ?? '';
    const grant = { projectId, kind: 'self-evaluation', viewer };
    const outOfScope = await signExportToken(grant, SECRET, new Date());
    const denied = await fetch(`${server.url}/exports/${outOfScope.token}`);
    expect(denied.status).toBe(403);
    expect(await denied.json()).toEqual({
      errors: [{ message: '无权下载该项目的表格', extensions: { code: 'FORBIDDEN' } }],
    });

    const manager = {
      ...viewer,
      username: 'shache-manager',
      role: 'COUNTY_MANAGER' as const,
      scopeCode: '653125',
    };
    const old = await signExportToken(
      { ...grant, viewer: manager },
      SECRET,
      new Date(Date.now() - 3600_000),
    );
    const expired = await fetch(`${server.url}/exports/${old.token}`);
    expect(expired.status).toBe(401);
    expect(((await expired.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe(
      '下载链接已过期，请在页面上重新获取',
    );

    const forged = await signExportToken(
      { ...grant, viewer: manager },
      'another-secret-another-secret-0123',
      new Date(),
    );
    expect((await fetch(`${server.url}/exports/${forged.token}`)).status).toBe(401);
    expect((await fetch(`${server.url}/exports/not-a-token`)).status).toBe(401);
    const post = await fetch(`${server.url}/exports/${outOfScope.token}`, { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('offers 和硕县’s report as a 基金收支情况表 with the sums of its items', async () => {
    const result = await downloads('heshuo-manager', 'heshuo-2020-social-insurance');
    const links = result.data?.project.formDownloads ?? [];
    expect(links.map((link) => link.kind)).toEqual([
      'SELF_EVALUATION',
      'TARGET_DECLARATION',
      'MONITORING',
      'FUND_SUMMARY',
    ]);
    const summary = links.find((link) => link.kind === 'FUND_SUMMARY');
    expect(summary?.fileName).toBe('2020_和硕县_社会保险基金支出_基金收支情况表.xlsx');
    const response = await fetch(`${server.url}${summary?.url}`);
    expect(response.status).toBe(200);
    const sheet = await readRosterSheet(new Uint8Array(await response.arrayBuffer()), {
      maxRows: 200,
    });
    if (!sheet.ok) throw new Error(sheet.message);
    const income = sheet.records.find((record) => record.cells[0] === '社会保险基金收入累计总额');
    expect(income?.cells.slice(0, 4)).toEqual(['社会保险基金收入累计总额', '12628', '12620', '-8']);
  });

  it('drafts the 自评报告 from the project’s data', async () => {
    const result = await server.graphql<{
      project: {
        selfEvaluationReport: {
          title: string;
          subtitle: string;
          text: string;
          sections: { heading: string; subsections: { heading: string; paragraphs: string[] }[] }[];
        };
      };
    }>(REPORT, { id: ids['shache-2020-institution-pension'] }, tokens['kashgar-viewer']);
    expect(result.errors).toBeUndefined();
    const report = result.data?.project.selfEvaluationReport;
    expect(report?.title).toBe('项目支出绩效自评报告');
    expect(report?.sections.map((section) => section.heading)).toEqual([
      '一、项目概况',
      '二、项目资金使用及管理情况',
      '三、项目组织实施情况',
      '四、项目绩效情况',
      '五、其他需要说明的问题',
      '六、项目评价工作情况',
    ]);
    const performance = report?.sections[3]?.subsections[0]?.paragraphs[0];
    expect(performance).toMatch(
      /^本项目共设置一级指标 3 个，二级指标 7 个，三级指标 14 个，其中已完成三级指标 \d+ 个/,
    );
    expect(report?.text).toContain('本项目实际支付资金 40889 万元，预算执行率 95.06%');
  });

  it('previews a form typed by the county: its rows, no cell errors, the checker’s findings', async () => {
    const result = await server.graphql<{
      previewFormImport: {
        __typename: string;
        data: Record<string, unknown> & {
          rows: unknown[];
          evaluation: { findings: { code: string }[] };
        };
      };
    }>(
      PREVIEW,
      {
        id: ids['shache-2020-resident-pension'],
        file: fixture('shache-2020-resident-pension-self-evaluation'),
      },
      tokens['shache-manager'],
    );
    expect(result.errors).toBeUndefined();
    const preview = result.data?.previewFormImport;
    expect(preview?.__typename).toBe('MutationPreviewFormImportSuccess');
    expect(preview?.data).toMatchObject({
      sheet: 'Sheet1',
      kind: 'self-evaluation',
      year: 2020,
      projectName: '城乡居民基本养老保险项目基金',
      canApply: true,
      cellErrors: [],
      funds: [
        {
          source: 'total',
          label: '年度资金总额',
          budget: '14204',
          executed: '11616',
          printedRate: '81.78%',
        },
        {
          source: 'central',
          label: '其中：中央补助',
          budget: '14204',
          executed: '11616',
          printedRate: '81.78%',
        },
      ],
    });
    expect(preview?.data.rows).toHaveLength(11);
    expect(preview?.data.evaluation.findings.map((found) => found.code)).toEqual(
      evaluateForm(residentPension.form).findings.map((found) => found.code),
    );
  });

  it('refuses to preview for anyone but the county’s manager, and a form of another kind', async () => {
    const file = fixture('shache-2020-resident-pension-self-evaluation');
    for (const user of ['heshuo-manager', 'kashgar-viewer', 'admin']) {
      const result = await server.graphql(
        PREVIEW,
        { id: ids['shache-2020-resident-pension'], file },
        tokens[user],
      );
      expect(result.errors?.[0]?.extensions?.code, user).toBe('FORBIDDEN');
    }
    const declaration = await server.graphql<{
      previewFormImport: { data: { canApply: boolean; cellErrors: { message: string }[] } };
    }>(
      PREVIEW,
      {
        id: ids['shache-2020-resident-pension'],
        file: fixture('shache-2019-resident-pension-declaration'),
      },
      tokens['shache-manager'],
    );
    expect(declaration.data?.previewFormImport.data.canApply).toBe(false);
    expect(
      declaration.data?.previewFormImport.data.cellErrors.map((error) => error.message),
    ).toEqual([
      '表格是绩效目标申报表，而该项目是绩效自评表，不能导入',
      '表格年度为 2019 年，而该项目为 2020 年',
    ]);
  });

  it('applies a form all or nothing, keeping bindings, and audits it', async () => {
    const { prisma } = server.running.database;
    const id = ids['shache-2020-resident-pension'];
    const edited = {
      ...residentPension.form,
      goalOutcome: '全年按时足额发放。',
      indicators: residentPension.form.indicators.map((row) =>
        row.id === 'r01' ? { ...row, actual: '390000', printedRate: null } : row,
      ),
    };
    const broken = {
      ...edited,
      indicators: edited.indicators.map((row) =>
        row.id === 'r02' ? { ...row, target: '≥ 很多' } : row,
      ),
    };
    const audits = await prisma.auditEvent.count({ where: { action: 'project.importForm' } });
    const refused = await server.graphql<{
      applyFormImport: { __typename: string; fieldErrors: { field: string; message: string }[] };
    }>(
      APPLY,
      {
        id,
        file: base64(
          await formWorkbook(evaluateForm(broken), 'self-evaluation', { rates: 'filed' }),
        ),
      },
      tokens['shache-manager'],
    );
    expect(refused.data?.applyFormImport.__typename).toBe('InvalidInputError');
    expect(refused.data?.applyFormImport.fieldErrors).toEqual([
      { field: '绩效自评表!E14', message: expect.stringMatching(/^年度指标值无法识别：/) },
    ]);
    expect(await prisma.auditEvent.count({ where: { action: 'project.importForm' } })).toBe(audits);
    const untouched = await prisma.indicator.findFirstOrThrow({
      where: { projectId: id, rowKey: 'r01' },
    });
    expect(untouched.manualActual).toBe('382107');

    const applied = await server.graphql<{
      applyFormImport: {
        __typename: string;
        data: {
          funds: unknown[];
          indicators: {
            rowKey: string;
            manualActual: string | null;
            printedRate: string | null;
            binding: { metric: string } | null;
          }[];
        };
      };
    }>(
      APPLY,
      {
        id,
        file: base64(
          await formWorkbook(evaluateForm(edited), 'self-evaluation', { rates: 'filed' }),
        ),
      },
      tokens['shache-manager'],
    );
    expect(applied.errors).toBeUndefined();
    expect(applied.data?.applyFormImport.__typename).toBe('MutationApplyFormImportSuccess');
    const rows = applied.data?.applyFormImport.data.indicators ?? [];
    expect(rows).toHaveLength(11);
    expect(rows.find((row) => row.rowKey === 'r01')).toMatchObject({
      manualActual: '390000',
      printedRate: null,
    });
    expect(rows.find((row) => row.rowKey === 'r10')?.binding?.metric).toBe('POLICY_AWARENESS_RATE');
    const project = await prisma.project.findUniqueOrThrow({ where: { id } });
    expect(project.goalOutcome).toBe('全年按时足额发放。');
    const events = await prisma.auditEvent.findMany({ where: { action: 'project.importForm' } });
    expect(events).toHaveLength(audits + 1);
    expect(events.at(-1)?.details).toEqual({
      project: 'shache-2020-resident-pension',
      sheet: '绩效自评表',
      fundLines: 2,
      indicators: 11,
      updated: 11,
      created: 0,
      removed: 0,
    });
  });

  it('imports a roster from XLSX with the CSV’s row checks', async () => {
    const { prisma } = server.running.database;
    const person = await prisma.beneficiary.findFirstOrThrow({
      where: { countyCode: '653125', scheme: 'RESIDENT_PENSION' },
      orderBy: { version: 'asc' },
    });
    const header = ['身份证号', '姓名', '乡镇代码', '村代码', '月应发金额', '状态'];
    const same = [
      person.idNumber,
      person.name,
      person.townshipCode,
      person.villageCode ?? '',
      person.monthlyAmountDue.toFixed(2),
      person.status,
    ];
    const first17 = '65312519401111985';
    const fresh = [
      `${first17}${idCheckCharacter(first17)}`,
      '新人',
      person.townshipCode,
      '',
      '120.5',
      '正常',
    ];
    const xlsx = base64(await rosterWorkbook([header, same, fresh]));
    const result = await server.graphql<{ importRoster: { __typename: string; data: unknown } }>(
      IMPORT_ROSTER,
      { county: '653125', xlsx },
      tokens['shache-manager'],
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.importRoster.data).toEqual({
      inserted: 1,
      updated: 0,
      unchanged: 1,
      rows: 2,
    });

    const badId = `${first17}${idCheckCharacter(first17) === '0' ? '1' : '0'}`;
    const bad = await server.graphql<{
      importRoster: { __typename: string; fieldErrors: { field: string; message: string }[] };
    }>(
      IMPORT_ROSTER,
      {
        county: '653125',
        xlsx: base64(
          await rosterWorkbook([header, same, [badId, '乙', person.townshipCode, '', 'abc', '']]),
        ),
      },
      tokens['shache-manager'],
    );
    expect(bad.data?.importRoster.fieldErrors).toEqual([
      { field: 'row 3.idNumber', message: '身份证号校验位不正确' },
      { field: 'row 3.monthlyAmountDue', message: '月应发金额应为不超过两位小数的非负数' },
    ]);

    const both = await server.graphql<{
      importRoster: { __typename: string; fieldErrors: { field: string }[] };
    }>(IMPORT_ROSTER, { county: '653125', xlsx, csv: header.join(',') }, tokens['shache-manager']);
    expect(both.data?.importRoster.__typename).toBe('InvalidInputError');
    const notBase64 = await server.graphql<{
      importRoster: { fieldErrors: { field: string; message: string }[] };
    }>(IMPORT_ROSTER, { county: '653125', xlsx: '这不是文件' }, tokens['shache-manager']);
    expect(notBase64.data?.importRoster.fieldErrors).toEqual([
      { field: 'xlsxBase64', message: '文件内容不是有效的 base64 编码' },
    ]);
  });
});
