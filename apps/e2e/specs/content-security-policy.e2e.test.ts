import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPhoneContext } from '../support/chromium.ts';
import { downloadRoster, logIn, waitForServiceWorker } from '../support/field-app.ts';
import { DEMO_PASSWORD, MANAGER, WORKER } from '../support/graphql-api.ts';
import { ServerProcess } from '../support/server-process.ts';

/**
 * The built PWA under the server's content security policy: the phone app (login, service
 * worker, roster download, a reload from the worker's cache) and the county dashboard (its lazy
 * chunk and stylesheet, the scored table and the print view's chunk) run with no CSP violation
 * but one: zod probes `Function('')` once to learn whether it may compile validators, is
 * refused (no 'unsafe-eval'), and validates without compiling.
 */
interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

const LONG = 60_000;

/** Records every `securitypolicyviolation` of the page's documents in `window.__csp`. */
async function watchViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: unknown[] = [];
    Object.defineProperty(window, '__csp', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
      });
    });
  });
}

async function violations(page: Page): Promise<Violation[]> {
  const all = await page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp);
  // zod's feature probe: refused, caught, and zod validates without compiling.
  return all.filter((item) => !(item.directive === 'script-src' && item.blocked === 'eval'));
}

describe('the PWA under the content security policy', () => {
  let server: ServerProcess;
  let close: () => Promise<void> = async () => undefined;
  let phone: BrowserContext;

  beforeAll(async () => {
    server = await ServerProcess.start({ name: 'content-security-policy' });
    const browser = await launchChromium();
    phone = await newPhoneContext(browser, server.baseUrl);
    await watchViolations(phone);
    close = async () => {
      await browser.close();
      await server.dispose();
    };
  });

  afterAll(async () => {
    await close();
  });

  it('serves the page with the policy, and the phone app runs under it', async () => {
    const page = await phone.newPage();
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await logIn(page, WORKER, DEMO_PASSWORD);
    await waitForServiceWorker(page);
    expect(await downloadRoster(page)).toBeGreaterThan(0);
    await page.reload();
    await page.getByRole('heading', { name: '绩效外勤', exact: true }).waitFor({ timeout: LONG });
    expect(await violations(page)).toEqual([]);
  });

  it('runs the dashboard under it', async () => {
    const browser = phone.browser();
    if (browser === null) throw new Error('no browser');
    const desk = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'zh-CN',
      baseURL: server.baseUrl,
    });
    await watchViolations(desk);
    const page = await desk.newPage();
    await page.goto('/');
    await page.getByLabel('用户名', { exact: true }).fill(MANAGER);
    await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('heading', { name: '绩效看板', exact: true }).waitFor({ timeout: LONG });
    await page.getByRole('table', { name: '绩效指标' }).waitFor({ timeout: LONG });
    await page.getByRole('button', { name: '外勤进度', exact: true }).click();
    await page.getByRole('table', { name: /各乡镇外勤进度/ }).waitFor({ timeout: LONG });
    expect(await violations(page)).toEqual([]);
    await desk.close();
  });
});
