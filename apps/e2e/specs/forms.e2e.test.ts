import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeScan, describeBlocking } from '../support/axe.ts';
import { launchChromium } from '../support/chromium.ts';
import { dependentSteps } from '../support/dependent-steps.ts';
import { captureFailure } from '../support/failure-capture.ts';
import { waitForText } from '../support/field-app.ts';
import {
  DEMO_PASSWORD,
  graphql,
  loginToken,
  MANAGER,
  SHACHE_COUNTY,
} from '../support/graphql-api.ts';
import { ARTIFACTS, ensureDir } from '../support/paths.ts';
import { ServerProcess } from '../support/server-process.ts';
import { sheetNames, workbookTexts } from '../support/xlsx-zip.ts';

/**
 * The forms in the county manager's dashboard, against the real server on a fresh database:
 * the manager logs in and opens 莎车县's 2020 城乡居民养老 project, downloads its 绩效自评表
 * through the link the dashboard shows (a real XLSX, the project's name in its cells), opens the
 * printable 自评表, which is checked as print media in an A4-sized window (screenshot and PDF
 * kept in artifacts/), and imports the downloaded file back: previewed first (nothing saved),
 * then applied.
 */

const PROJECT_KEY = 'shache-2020-resident-pension';

/** `text` as a literal inside a RegExp. */
function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const LONG = 60_000;

/** An A4 page at 96 CSS pixels per inch: 210 × 297 mm. */
const A4 = { width: 794, height: 1123 };

interface ApiProject {
  id: string;
  key: string;
  name: string;
  title: string;
  implementingUnit: string;
  evaluation: { total: number; grade: string };
}

/** When the project was last written (a preview must not change it). */
async function updatedAt(baseUrl: string, id: string): Promise<string> {
  const token = await loginToken(baseUrl, MANAGER);
  const data = await graphql<{ project: { updatedAt: string } | null }>(
    baseUrl,
    'query($id: ID!) { project(id: $id) { updatedAt } }',
    { id },
    token,
  );
  if (data.project === null) throw new Error(`no project ${id}`);
  return data.project.updatedAt;
}

async function apiProject(baseUrl: string): Promise<ApiProject> {
  const token = await loginToken(baseUrl, MANAGER);
  const data = await graphql<{ projects: { edges: { node: ApiProject }[] } }>(
    baseUrl,
    `query($county: String!) {
       projects(countyCode: $county, year: 2020, first: 20) {
         edges { node { id key name title implementingUnit evaluation { total grade } } }
       }
     }`,
    { county: SHACHE_COUNTY },
    token,
  );
  const project = data.projects.edges
    .map((edge) => edge.node)
    .find((node) => node.key === PROJECT_KEY);
  if (project === undefined) throw new Error(`no project ${PROJECT_KEY}`);
  return project;
}

describe('the forms in the dashboard: download, print, import', () => {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let project: ApiProject;
  let downloaded: { path: string; fileName: string } | undefined;

  beforeAll(async () => {
    server = await ServerProcess.start({ name: 'forms' });
    browser = await launchChromium();
    context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      acceptDownloads: true,
    });
    page = await context.newPage();
    project = await apiProject(server.baseUrl);
  });

  dependentSteps((step) => captureFailure(`forms ${step}`, page, server));

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.dispose();
  });

  it('the county manager logs in and opens the 2020 城乡居民养老 project', async () => {
    await page.goto('/');
    await page.getByLabel('用户名', { exact: true }).fill(MANAGER);
    await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('heading', { name: '绩效看板', exact: true }).waitFor({ timeout: LONG });
    await page
      .getByRole('navigation', { name: '2020 年度项目' })
      .getByRole('button', { name: new RegExp(`^${project.name}`) })
      .click();
    await page.getByRole('heading', { name: project.name, exact: true }).waitFor({ timeout: LONG });
  });

  it('downloads the 自评表 as XLSX through the link the block shows', async () => {
    const downloads = page.getByRole('region', { name: '表格下载' });
    const link = downloads.getByRole('link', { name: '绩效自评表（XLSX）', exact: true });
    await link.waitFor({ timeout: LONG });
    expect(await link.getAttribute('href')).toMatch(/^\/exports\/[\w.-]+$/);
    expect(describeBlocking(await axeScan(page, '项目自评（表格下载）'))).toBe('');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const fileName = download.suggestedFilename();
    expect(fileName).toBe(`2020_莎车县_${project.name}_绩效自评表.xlsx`);
    const path = join(ensureDir(ARTIFACTS), 'self-evaluation.xlsx');
    await download.saveAs(path);
    downloaded = { path, fileName };

    const bytes = readFileSync(path);
    // A ZIP archive (an XLSX workbook), and not a trivial one.
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeGreaterThan(5_000);
    expect(sheetNames(bytes)[0]).toBe('绩效自评表');
    const texts = workbookTexts(bytes);
    expect(texts).toContain(project.title);
    expect(texts).toContain(project.name);
    expect(texts).toContain('全年预算数（A，含结余结转）');
    expect(texts).toContain(`等级：${project.evaluation.grade}`);
  });

  it('prints the 自评表 on A4: print media, screenshot and PDF, with the key cells', async () => {
    await page.getByRole('button', { name: '打印自评表（A4 / PDF）', exact: true }).click();
    const sheet = page.getByRole('article', { name: project.title });
    await sheet.getByRole('heading', { level: 1, name: project.title }).waitFor({ timeout: LONG });
    expect(describeBlocking(await axeScan(page, '打印自评表'))).toBe('');

    await page.setViewportSize(A4);
    await page.emulateMedia({ media: 'print' });
    // No app chrome when printing: neither the dashboard's nor the page's own toolbar.
    expect(await page.getByRole('heading', { name: '绩效看板' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '打印 / 另存为 PDF' }).isVisible()).toBe(false);
    await page.screenshot({
      path: join(ensureDir(ARTIFACTS), 'self-evaluation-print.png'),
      fullPage: true,
    });

    const header = sheet.getByRole('table', { name: '表头' });
    await waitForText(
      header.getByRole('row', { name: /^专项名称/ }).getByRole('cell'),
      project.name,
    );
    await waitForText(
      header
        .getByRole('row', { name: /地方主管部门/ })
        .getByRole('cell')
        .last(),
      project.implementingUnit,
    );
    const score = sheet.getByRole('table', { name: '评分' });
    const totalRow = score.getByRole('row', { name: /^总分/ });
    const [total, grade] = await totalRow.getByRole('cell').allTextContents();
    expect(total).toBe(project.evaluation.total.toFixed(2));
    expect(grade).toBe(project.evaluation.grade);
    expect(['优', '良', '中', '差']).toContain(grade);
    const indicators = sheet.getByRole('table', { name: '绩效指标' });
    expect(await indicators.locator('thead th').allTextContents()).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '全年完成值',
      '完成率',
      '分值',
      '得分',
      '未完成原因和改进措施',
    ]);
    expect(await indicators.locator('tbody tr').count()).toBeGreaterThan(5);
    await sheet.getByText(/^注：1\. 定性指标根据指标完成情况分为/).waitFor();

    // What 另存为 PDF gives: A4 pages by the page's own @page rule.
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(ARTIFACTS, 'self-evaluation-print.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
    // The form, and the 核查意见 on a page of their own.
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    // A4 is 595 × 842 points.
    expect(Math.round(Number(box?.[1]))).toBe(595);
    expect(Math.round(Number(box?.[2]))).toBe(842);

    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: '返回', exact: true }).click();
    await page.getByRole('heading', { name: project.name, exact: true }).waitFor({ timeout: LONG });
  });

  it('prints the 自评报告 drafted from the data', async () => {
    await page.getByRole('button', { name: '打印自评报告', exact: true }).click();
    const report = page.getByRole('article', { name: '项目支出绩效自评报告' });
    await report.getByRole('heading', { level: 1 }).waitFor({ timeout: LONG });
    expect(await report.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      '一、项目概况',
      '二、项目资金使用及管理情况',
      '三、项目组织实施情况',
      '四、项目绩效情况',
      '五、其他需要说明的问题',
      '六、项目评价工作情况',
    ]);
    await waitForText(report.locator('dd').first(), project.name);
    const scored = await report.getByText(/综合得分 \d+\.\d\d 分/).textContent();
    const printed = Number(/综合得分 (\d+\.\d\d) 分/.exec(scored ?? '')?.[1]);
    expect(Math.abs(printed - project.evaluation.total)).toBeLessThanOrEqual(0.005);
    expect(describeBlocking(await axeScan(page, '打印自评报告'))).toBe('');
    await page.getByRole('button', { name: '返回', exact: true }).click();
    await page.getByRole('heading', { name: project.name, exact: true }).waitFor({ timeout: LONG });
  });

  it('imports the downloaded 自评表 back: a preview that saves nothing, then the import', async () => {
    if (downloaded === undefined || server === undefined) throw new Error('nothing downloaded');
    const before = await updatedAt(server.baseUrl, project.id);
    await page.getByRole('button', { name: '导入已填写的表格（XLSX）', exact: true }).click();
    await page.getByRole('heading', { name: '导入已填写的表格' }).waitFor({ timeout: LONG });
    await page.getByLabel('表格文件').setInputFiles({
      name: downloaded.fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: readFileSync(downloaded.path),
    });
    await page.getByRole('button', { name: '预览', exact: true }).click();
    const read = await waitForText(
      page.getByRole('status'),
      /^文件已全部读取：\d+ 个指标行，核查发现错误 \d+ 条、警告 \d+ 条。/,
    );
    const rows = Number(/(\d+) 个指标行/.exec(read)?.[1]);
    expect(rows).toBeGreaterThan(5);
    expect(await page.getByRole('table', { name: /^无法读取的单元格/ }).count()).toBe(0);
    expect(describeBlocking(await axeScan(page, '表格导入预览'))).toBe('');
    expect(await updatedAt(server.baseUrl, project.id)).toBe(before);

    await page.getByRole('button', { name: '确认导入', exact: true }).click();
    const saved = `“${downloaded.fileName}”已导入“${project.name}”：共 ${rows} 个指标。`;
    const result = await waitForText(page.getByRole('status'), new RegExp(`^${escaped(saved)}`));
    // The project was scored again from what was saved.
    expect(result).toMatch(/重新评分：总分 \d+\.\d\d，等级“[优良中差]”/);
    expect(await updatedAt(server.baseUrl, project.id)).not.toBe(before);
    await page.getByRole('button', { name: '返回项目查看', exact: true }).click();
    await page.getByRole('heading', { name: project.name, exact: true }).waitFor({ timeout: LONG });
  });
});
