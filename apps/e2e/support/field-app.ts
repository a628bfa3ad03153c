import { idCheckCharacter } from '@jixiao/domain';
import type { Locator, Page } from 'playwright-core';
import type { RosterPerson, TemplateQuestion } from './graphql-api.ts';
import { ensureDir, SCREENSHOTS } from './paths.ts';

/**
 * The field worker's app as a person uses it: by the labels, roles and words on the screen
 * (which doubles as a check that the controls are labelled). No CSS class is relied on.
 */

const LONG = 60_000;

/** A phone-size screenshot into artifacts/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: `${ensureDir(SCREENSHOTS)}/${name}.png`, fullPage });
}

/** Waits until the locator's text is exactly `expected`; says what it saw when it is not. */
export async function waitForText(
  locator: Locator,
  expected: string | RegExp,
  timeout = LONG,
): Promise<string> {
  const deadline = Date.now() + timeout;
  let seen = '(nothing)';
  while (Date.now() < deadline) {
    const texts = await locator.allTextContents().catch(() => []);
    for (const text of texts) {
      const trimmed = text.trim();
      seen = trimmed;
      if (typeof expected === 'string' ? trimmed === expected : expected.test(trimmed)) {
        return trimmed;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`waited ${timeout} ms for ${String(expected)}; last seen: ${seen}`);
}

/** A fieldset (choice group or question) by its legend. */
export function group(page: Page | Locator, legend: string): Locator {
  return page.getByRole('group', { name: legend, exact: true });
}

export async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('heading', { name: '绩效外勤', exact: true }).waitFor({ timeout: LONG });
}

/**
 * The header badge, by its accessible name 待同步记录 N 条: a button on the screens that open
 * the outbox from it (its name is its text, and the browser may put spaces between the text's
 * parts), a status elsewhere.
 */
function badge(page: Page, count: number | null): Locator {
  const name = new RegExp(`^待同步\\s*记录\\s*${count ?? '\\d+'}\\s*条$`);
  const banner = page.getByRole('banner');
  return banner.getByRole('button', { name }).or(banner.getByRole('status', { name })).first();
}

/** The header badge: how many records the server does not hold yet. */
export async function waitingBadge(page: Page): Promise<number> {
  const element = badge(page, null);
  const label = (await element.getAttribute('aria-label')) ?? (await element.textContent()) ?? '';
  return Number(/(\d+)/.exec(label)?.[1] ?? Number.NaN);
}

export async function waitForBadge(page: Page, waiting: number): Promise<void> {
  await badge(page, waiting).waitFor({ timeout: LONG });
}

/** Home: downloads the roster and the questionnaire; returns how many people arrived. */
export async function downloadRoster(page: Page): Promise<number> {
  await page.getByRole('button', { name: '下载花名册和问卷', exact: true }).click();
  const done = await waitForText(page.getByRole('status'), /^花名册已更新：收到 \d+ 人$/, 120_000);
  return Number(/(\d+)/.exec(done)?.[1]);
}

/** Resolves once a service worker controls the page (the app shell is cached by then). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.active != null && navigator.serviceWorker.controller !== null;
    },
    undefined,
    { timeout: LONG, polling: 250 },
  );
}

export async function goHome(page: Page): Promise<void> {
  const home = page.getByRole('heading', { name: '绩效外勤', exact: true });
  for (let step = 0; step < 5 && !(await home.isVisible()); step++) {
    await page.getByRole('button', { name: '返回', exact: true }).click();
  }
  await home.waitFor({ timeout: LONG });
}

export async function openRosterSearch(page: Page): Promise<void> {
  await page.getByRole('button', { name: '核实待遇领取人员', exact: true }).click();
  await page.getByLabel('查找要核实的人员', { exact: true }).waitFor({ timeout: LONG });
}

export async function openOutbox(page: Page): Promise<void> {
  await page.getByRole('button', { name: '查看记录', exact: true }).click();
  await page.getByRole('heading', { name: '采集记录', exact: true }).waitFor({ timeout: LONG });
}

export interface OutboxCounts {
  waiting: number;
  attention: number;
  accepted: number;
}

export function outboxSummary(counts: OutboxCounts): string {
  return `等待同步 ${counts.waiting} 条，需要处理 ${counts.attention} 条，已接收 ${counts.accepted} 条`;
}

/** On the outbox screen: waits for the summary line to say these counts. */
export async function waitForOutbox(
  page: Page,
  counts: OutboxCounts,
  timeout = 120_000,
): Promise<void> {
  await waitForText(page.getByText(/^等待同步 \d+ 条/), outboxSummary(counts), timeout);
}

/** A valid ID number (correct check digit) that differs from `idNumber` in its sequence. */
export function anotherValidIdNumber(idNumber: string): string {
  const digits = idNumber.slice(0, 17).split('');
  digits[14] = String((Number(digits[14]) + 1) % 10);
  const first17 = digits.join('');
  return `${first17}${idCheckCharacter(first17)}`;
}

/** The row of `person` in a roster search list, searched for as a worker would. */
async function findInRoster(
  page: Page,
  searchLabel: string,
  person: RosterPerson,
  searchBy: 'idDigits' | 'name',
  listScreenshot?: string,
): Promise<Locator> {
  const lastDigits = person.idNumber.slice(-4);
  const search = page.getByLabel(searchLabel, { exact: true });
  if (listScreenshot !== undefined) {
    await page.getByRole('listitem').first().waitFor({ timeout: LONG });
    await screenshot(page, listScreenshot);
  }
  await search.fill(searchBy === 'idDigits' ? lastDigits : person.name);
  const row = page
    .getByRole('listitem')
    .getByRole('button')
    .filter({ hasText: person.name })
    .filter({ hasText: lastDigits });
  await row.first().waitFor({ timeout: LONG });
  const count = await row.count();
  if (count !== 1) throw new Error(`${count} rows match ${person.name} …${lastDigits}`);
  return row;
}

export type IdentityMethod = '上门' | '视频' | '窗口';

export interface VerificationInput {
  person: RosterPerson;
  searchBy: 'idDigits' | 'name';
  method: IdentityMethod;
  outcome: 'eligible' | 'moved' | 'deceased';
  /** 本月实际领取金额 as typed; the amount due when omitted. */
  amount?: string;
  /** Typed over the roster's ID number (a worker reading the card differently). */
  idNumber?: string;
  /** YYYY-MM-DD, for a deceased person. */
  deathDate?: string;
  /** Screenshot names for the search list and the filled form. */
  screenshots?: { search?: string; form?: string };
}

/**
 * From the roster search screen: finds the person, fills the verification form and saves it
 * to the phone; back on the search screen afterwards. Returns the year the form proposed and
 * the record was saved for (核实年度: the county's open evaluation year, which the app decides).
 */
export async function captureVerification(
  page: Page,
  input: VerificationInput,
): Promise<{ year: number }> {
  const { person } = input;
  const shots = input.screenshots;
  const row = await findInRoster(page, '查找要核实的人员', person, input.searchBy, shots?.search);
  if (shots?.search !== undefined) await screenshot(page, `${shots.search}-found`);
  await row.click();

  await page.getByRole('heading', { name: '待遇领取资格核实', exact: true }).waitFor();
  const idField = page.getByLabel('身份证号（请与证件核对）', { exact: true });
  const shown = await idField.inputValue();
  if (shown !== person.idNumber) {
    throw new Error(`the form shows ID number ${shown} for ${person.name}, not the roster's`);
  }
  if (input.idNumber !== undefined) await idField.fill(input.idNumber);
  const year = Number(await page.getByLabel('核实年度', { exact: true }).inputValue());

  await group(page, '本人身份是否已确认').getByRole('radio', { name: '是', exact: true }).check();
  await group(page, '核实方式').getByRole('radio', { name: input.method, exact: true }).check();
  const alive = group(page, '是否在世');
  if (input.outcome === 'deceased') {
    await alive.getByRole('radio', { name: '已死亡', exact: true }).check();
    await page.getByLabel('死亡日期', { exact: true }).fill(input.deathDate ?? '');
  } else {
    await alive.getByRole('radio', { name: '在世', exact: true }).check();
    const eligible = group(page, '是否仍符合领取资格');
    if (input.outcome === 'eligible') {
      await eligible.getByRole('radio', { name: '符合', exact: true }).check();
    } else {
      await eligible.getByRole('radio', { name: '不符合', exact: true }).check();
      await group(page, '不符合资格的原因')
        .getByRole('radio', { name: '迁出', exact: true })
        .check();
    }
  }
  const amount = page.getByLabel('本月实际领取金额（元）', { exact: true });
  // The form offers the amount due; the worker types what the person says they received.
  await amount.fill(input.amount ?? (await amount.inputValue()));

  if (shots?.form !== undefined) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, shots.form);
    await screenshot(page, `${shots.form}-full`, true);
  }
  await page.getByRole('button', { name: '保存核实记录', exact: true }).click();
  await waitForText(
    page.getByRole('status'),
    new RegExp(`^已保存到手机：${escapeRegExp(person.name)}`),
  );
  return { year };
}

/** The accessible name of 拒答/不清楚 in each language. */
const REFUSED = { zh: '拒答 / 不清楚', ug: 'جاۋاب بەرمىدى / بىلمەيدۇ' } as const;

export type RespondentGroupLabel = '机关事业单位退休人员' | '城乡居民待遇领取人员' | '缴费人员';

export interface SurveyInput {
  respondentGroup: RespondentGroupLabel;
  /** Position of the village in the picker, from 1. */
  villageIndex: number;
  /** Links the response to this roster person; anonymous when omitted. */
  linkPerson?: RosterPerson;
  language: 'zh' | 'ug';
  /** One answer per question, in order: 1…5 or null for 拒答/不清楚. */
  answers: (number | null)[];
  screenshot?: string;
}

/** From the home screen: fills the questionnaire, answering every question, and saves it. */
export async function captureSurvey(
  page: Page,
  questions: readonly TemplateQuestion[],
  input: SurveyInput,
): Promise<void> {
  await page.getByRole('button', { name: '满意度调查', exact: true }).click();
  await page.getByRole('heading', { name: '满意度调查', exact: true }).waitFor();

  await group(page, '受访人群')
    .getByRole('radio', { name: input.respondentGroup, exact: true })
    .check();
  await page.getByLabel('村（社区）', { exact: true }).selectOption({ index: input.villageIndex });
  if (input.linkPerson !== undefined) {
    await page.getByRole('button', { name: '从花名册选择', exact: true }).click();
    const row = await findInRoster(page, '查找受访人', input.linkPerson, 'idDigits');
    await row.click();
    await waitForText(page.getByText(/^关联待遇人员：/), `关联待遇人员：${input.linkPerson.name}`);
  }

  const language = input.language;
  if (language === 'ug') {
    const button = page.getByRole('button', { name: 'ئۇيغۇرچە', exact: true });
    await button.click();
    await waitForAttribute(button, 'aria-pressed', 'true');
  }
  for (const [index, question] of questions.entries()) {
    const value = input.answers[index];
    if (value === undefined) throw new Error(`no answer for question ${index + 1}`);
    const legend = `${index + 1}. ${question.text[language]}`;
    const choices = group(page, legend).getByRole('radio');
    // The scale's five labels, then 拒答/不清楚; checked by its accessible name.
    const label = value === null ? REFUSED[language] : await labelOf(choices.nth(value - 1));
    await group(page, legend).getByRole('radio', { name: label, exact: true }).check();
  }
  if (input.screenshot !== undefined) {
    // The language switch on top, the questionnaire's title and first question below it.
    await group(page, '问卷语言').evaluate((element) => {
      window.scrollBy(0, element.getBoundingClientRect().top - 64);
    });
    await screenshot(page, input.screenshot);
    await screenshot(page, `${input.screenshot}-full`, true);
  }
  await page.getByRole('button', { name: '保存调查记录', exact: true }).click();
  await waitForText(page.getByRole('status'), /^已保存到手机：/);
  await page.getByRole('heading', { name: '绩效外勤', exact: true }).waitFor();
}

async function labelOf(radio: Locator): Promise<string> {
  const text = await radio.evaluate((input) => input.closest('label')?.textContent ?? '');
  return text.trim();
}

async function waitForAttribute(locator: Locator, name: string, value: string): Promise<void> {
  const deadline = Date.now() + LONG;
  while (Date.now() < deadline) {
    if ((await locator.getAttribute(name)) === value) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${name} never became ${value}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
