import { readFileSync } from 'node:fs';
import { idCheckCharacter } from '@jixiao/domain';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AxeViolation, axeScan, describeBlocking, writeAxeReport } from '../support/axe.ts';
import {
  captureSurvey,
  captureVerification,
  downloadRoster,
  goHome,
  group,
  logIn,
  openRosterSearch,
  screenshot,
  waitForBadge,
  waitForText,
} from '../support/field-app.ts';
import {
  DEMO_PASSWORD,
  loginToken,
  MANAGER,
  type RosterPerson,
  surveyQuestions,
  type TemplateQuestion,
  townshipRoster,
  WORKER,
} from '../support/graphql-api.ts';
import { auditCaptureScreen } from '../support/lighthouse-audit.ts';
import { usePhoneRun } from '../support/phone-run.ts';
import { pickPeople } from '../support/roster-picks.ts';
import type { ServerProcess } from '../support/server-process.ts';

/**
 * Accessibility proof on the real app: axe-core on every capture screen of a 360×640 phone
 * (login, home, roster search, the verification form empty and with its errors, the survey in
 * Chinese and in Uyghur, right to left) and on the county manager's dashboard at desktop size
 * (projects with the scored table, field progress, the year lock and duplicate verifications
 * with the confirm step of a resolution, the roster import with a refused file). Then
 * Lighthouse on the capture screen. Fails on any `serious` or `critical` axe violation (all
 * violations go to artifacts/axe.json) and on a Lighthouse accessibility score below 95; the
 * Lighthouse performance score depends on the machine and is only printed (and written to
 * artifacts/lighthouse.json). Dashboard screenshots go to artifacts/screenshots/dashboard-*.
 */

const DESKTOP = {
  viewport: { width: 1280, height: 800 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
} as const;

const LONG = 60_000;

/** A valid ID number of 莎车县 for a made-up person of the import. */
function importedIdNumber(sequence: number): string {
  const first17 = `65312519600101${String(sequence).padStart(3, '0')}`;
  return `${first17}${idCheckCharacter(first17)}`;
}

const ROSTER_HEADER = '身份证号,姓名,乡镇代码,村代码,月应发金额,状态';

describe('accessibility of the capture screens and the dashboard', () => {
  const phone = usePhoneRun('accessibility');
  let server: ServerProcess;
  let page: Page;
  let desk: BrowserContext | undefined;
  let dashboard: Page;
  let people: RosterPerson[];
  let questions: TemplateQuestion[];
  let year: number;
  const violations: AxeViolation[] = [];

  async function scan(target: Page, screen: string): Promise<void> {
    violations.push(...(await axeScan(target, screen)));
  }

  beforeAll(() => {
    ({ server, page } = phone.current());
  });

  afterAll(async () => {
    const report = writeAxeReport();
    const counts = new Map<string, number>();
    for (const violation of violations) {
      counts.set(violation.impact, (counts.get(violation.impact) ?? 0) + 1);
    }
    console.info(
      `[e2e] axe: ${violations.length} violations (${[...counts].map(([impact, n]) => `${impact} ${n}`).join(', ') || 'none'}); ${report}`,
    );
    await desk?.close();
  });

  it('scans the login screen on the phone', async () => {
    await page.goto('/');
    await page.getByLabel('用户名', { exact: true }).waitFor();
    await scan(page, 'login (phone)');
    // A failed login shows its message; the screen stays accessible with it.
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('alert').waitFor();
    await scan(page, 'login with an error (phone)');
  });

  it('scans home, the roster search and the verification form', async () => {
    await logIn(page, WORKER, DEMO_PASSWORD);
    const token = await loginToken(server.baseUrl, WORKER);
    people = pickPeople(await townshipRoster(server.baseUrl, token, '653125100'), 2);
    questions = await surveyQuestions(server.baseUrl, token);
    await downloadRoster(page);
    await scan(page, 'home (phone)');

    await openRosterSearch(page);
    const person = people[0] as RosterPerson;
    await page.getByLabel('查找要核实的人员', { exact: true }).fill(person.idNumber.slice(-4));
    await page.getByRole('listitem').getByRole('button').first().waitFor({ timeout: LONG });
    await scan(page, 'roster search with results (phone)');

    await page.getByRole('listitem').getByRole('button').first().click();
    await page.getByRole('heading', { name: '待遇领取资格核实', exact: true }).waitFor();
    await scan(page, 'verification form (phone)');
    // Saved empty: the form lists what is missing and marks the fields.
    await page.getByRole('button', { name: '保存核实记录', exact: true }).click();
    await page.getByRole('alert').first().waitFor();
    await scan(page, 'verification form with errors (phone)');
    await goHome(page);
  });

  it('scans the survey form in Chinese and in Uyghur (right to left)', async () => {
    await page.getByRole('button', { name: '满意度调查', exact: true }).click();
    await page.getByRole('heading', { name: '满意度调查', exact: true }).waitFor();
    await scan(page, 'survey form, Chinese (phone)');

    const uyghur = page.getByRole('button', { name: 'ئۇيغۇرچە', exact: true });
    await uyghur.click();
    await page.locator('[dir="rtl"]').first().waitFor();
    expect(await uyghur.getAttribute('aria-pressed')).toBe('true');
    await scan(page, 'survey form, Uyghur RTL (phone)');
    await group(page, '问卷语言').getByRole('button', { name: '中文', exact: true }).click();
    await goHome(page);
  });

  it('captures what the dashboard shows: one person verified twice, a survey', async () => {
    const person = people[1] as RosterPerson;
    await openRosterSearch(page);
    ({ year } = await captureVerification(page, {
      person,
      searchBy: 'idDigits',
      method: '上门',
      outcome: 'eligible',
    }));
    // Verified again later, by the same phone: the server keeps both and counts the latest.
    await captureVerification(page, {
      person,
      searchBy: 'name',
      method: '视频',
      outcome: 'moved',
      amount: '0',
    });
    await goHome(page);
    await captureSurvey(page, questions, {
      respondentGroup: '城乡居民待遇领取人员',
      villageIndex: 1,
      language: 'zh',
      answers: questions.map((_, index) => 1 + (index % 5)),
    });
    await waitForBadge(page, 0);
  });

  it('scans the dashboard at desktop size: projects and field progress', async () => {
    const browser = page.context().browser();
    if (browser === null) throw new Error('no browser');
    desk = await browser.newContext({ ...DESKTOP, baseURL: server.baseUrl });
    dashboard = await desk.newPage();
    dashboard.on('dialog', (dialog) => void dialog.accept());
    await dashboard.goto('/');
    await dashboard.getByLabel('用户名', { exact: true }).fill(MANAGER);
    await dashboard.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await dashboard.getByRole('button', { name: '登录', exact: true }).click();
    await dashboard
      .getByRole('heading', { name: '绩效看板', exact: true })
      .waitFor({ timeout: LONG });
    await dashboard.getByRole('table', { name: '绩效指标' }).waitFor({ timeout: LONG });
    await scan(dashboard, 'dashboard: projects and the scored table (desktop)');
    await screenshot(dashboard, 'dashboard-projects');
    await screenshot(dashboard, 'dashboard-projects-full', true);

    await dashboard.getByLabel('年度', { exact: true }).selectOption(String(year));
    await dashboard.getByRole('button', { name: '外勤进度', exact: true }).click();
    await dashboard.getByRole('table', { name: /各乡镇外勤进度/ }).waitFor({ timeout: LONG });
    await scan(dashboard, 'dashboard: field progress (desktop)');
    await screenshot(dashboard, 'dashboard-progress');
  });

  it('scans the year lock and duplicate verifications, and resolves one on the real server', async () => {
    await dashboard.getByRole('button', { name: '年度管理', exact: true }).click();
    await waitForText(dashboard.getByRole('status'), `${year} 年度未锁定。`);
    const table = dashboard.getByRole('table', { name: /重复核实的人员/ });
    await table.waitFor({ timeout: LONG });
    await scan(dashboard, 'dashboard: year lock and duplicate verifications (desktop)');

    await table
      .getByRole('button', { name: /^改为计入此条/ })
      .first()
      .click();
    const form = dashboard.getByRole('form', { name: /改为计入此条？/ });
    await form.waitFor();
    await scan(dashboard, 'dashboard: the confirm step of a resolution (desktop)');
    await form.getByLabel('处理说明（可选）', { exact: true }).fill('电话回访确认仍在本村居住');
    await form.getByRole('button', { name: '确认改为计入', exact: true }).click();
    await waitForText(
      table.getByText(/^已由县级处理/),
      /^已由县级处理 · .+ · 电话回访确认仍在本村居住$/,
    );
    await scan(dashboard, 'dashboard: a resolved duplicate (desktop)');
    await screenshot(dashboard, 'dashboard-conflicts');
  });

  it('scans the roster import with a refused file, then imports a good one', async () => {
    await dashboard.getByRole('button', { name: '名册导入', exact: true }).click();
    await dashboard.getByRole('heading', { name: '导入待遇领取人员名册' }).waitFor();
    await scan(dashboard, 'dashboard: roster import (desktop)');
    // The template is made on the page and downloads as a file.
    const [template] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('link', { name: '下载模板（CSV）', exact: true }).click(),
    ]);
    expect(template.suggestedFilename()).toBe('名册导入模板.csv');
    expect(readFileSync(await template.path(), 'utf8')).toBe(`\uFEFF${ROSTER_HEADER}\r\n`);

    const file = dashboard.getByLabel('名册文件', { exact: true });
    const bad = [
      ROSTER_HEADER,
      '12345,测试·人员甲,653125100,,203.80,正常',
      `${importedIdNumber(1)},测试·人员乙,999999999,,203.80,正常`,
    ];
    await file.setInputFiles({
      name: '名册-有错.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${bad.join('\r\n')}\r\n`),
    });
    await dashboard.getByRole('button', { name: '导入名册', exact: true }).click();
    const errors = dashboard.getByRole('table', { name: /^文件中的错误/ });
    await errors.waitFor({ timeout: LONG });
    await expect(errors.getByRole('row').count()).resolves.toBe(3);
    await scan(dashboard, 'dashboard: a refused roster file (desktop)');
    await errors.scrollIntoViewIfNeeded();
    await screenshot(dashboard, 'dashboard-roster-import-refused');

    // Not a workbook: the server refuses the whole file, naming no row.
    await file.setInputFiles({
      name: '名册.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('这不是 Excel 工作簿'),
    });
    await dashboard.getByRole('button', { name: '导入名册', exact: true }).click();
    await waitForText(dashboard.getByRole('alert'), /^“名册\.xlsx”未导入，名册没有任何改动：/);

    const good = [ROSTER_HEADER, `${importedIdNumber(2)},测试·人员丙,653125100,,203.80,正常`];
    await file.setInputFiles({
      name: '名册.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${good.join('\r\n')}\r\n`),
    });
    await dashboard.getByRole('button', { name: '导入名册', exact: true }).click();
    await waitForText(dashboard.getByRole('status'), /^“名册\.csv”已导入：共 1 行。/);
  });

  it('has no serious or critical axe violation on any screen', () => {
    expect(describeBlocking(violations)).toBe('');
  });

  it('scores at least 95 for accessibility in Lighthouse on the capture screen', async () => {
    // Audited: the worker's home screen, logged in with the roster downloaded (see the module).
    const scores = await auditCaptureScreen({
      baseUrl: server.baseUrl,
      username: WORKER,
      password: DEMO_PASSWORD,
    });
    const failed = scores.failedAccessibilityAudits.map((audit) => audit.id).join(', ');
    console.info(
      `[e2e] Lighthouse (mobile, ${scores.audited}): performance ${scores.performance}, ` +
        `accessibility ${scores.accessibility}${failed === '' ? '' : ` (failed: ${failed})`}`,
    );
    expect(scores.accessibility).toBeGreaterThanOrEqual(95);
  });
});
