import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  anotherValidIdNumber,
  captureSurvey,
  captureVerification,
  downloadRoster,
  goHome,
  type IdentityMethod,
  logIn,
  openOutbox,
  openRosterSearch,
  type RespondentGroupLabel,
  screenshot,
  type VerificationInput,
  waitForBadge,
  waitForOutbox,
  waitForServiceWorker,
  waitForText,
} from '../support/field-app.ts';
import {
  DEMO_PASSWORD,
  loginToken,
  MANAGER,
  type RosterPerson,
  rollup,
  SHACHE_COUNTY,
  surveyQuestions,
  type TemplateQuestion,
  townshipRoster,
  verificationConflictCount,
  WORKER,
} from '../support/graphql-api.ts';
import { usePhoneRun } from '../support/phone-run.ts';
import { lessThanDue, pickPeople } from '../support/roster-picks.ts';
import type { ServerProcess } from '../support/server-process.ts';
import type { SyncAnswers } from '../support/sync-answers.ts';

/**
 * A township worker's day, on a 360×640 phone against the real server on a fresh database:
 * log in and download the roster while there is signal, capture 20 verifications and 10
 * surveys with the network off, reload offline, sync when the network is back; the county
 * manager then sees the township's figures; syncing again stores nothing twice; a record the
 * server refuses is shown, corrected and resent.
 */

const VERIFICATIONS = 20;
const SURVEYS = 10;
const METHODS: IdentityMethod[] = ['上门', '视频', '窗口'];
const GROUPS: RespondentGroupLabel[] = ['城乡居民待遇领取人员', '机关事业单位退休人员', '缴费人员'];

/** The answer of survey `survey` to question `question`: 1…5, or null (拒答/不清楚) now and then. */
function answerOf(survey: number, question: number): number | null {
  const value = (survey * 3 + question * 2) % 6;
  return value === 0 ? null : value;
}

/** A death date in the verified year, not after today (the phone refuses a later one). */
function deathDate(year: number): string {
  const today = new Date();
  if (year < today.getFullYear()) return `${year}-12-01`;
  return `${year}-${String(today.getMonth() + 1).padStart(2, '0')}-01`;
}

/** The satisfaction figures the answers make: positive answers over valid answers. */
function expectedSatisfaction(questions: readonly TemplateQuestion[], surveys: number) {
  let positive = 0;
  let answers = 0;
  for (let survey = 0; survey < surveys; survey++) {
    questions.forEach((question, index) => {
      const value = answerOf(survey, index);
      if (question.kind !== 'SATISFACTION' || value === null) return;
      answers++;
      if (question.satisfiedValues.includes(value)) positive++;
    });
  }
  return { positive, answers };
}

describe('offline capture on the phone, sync, and the county rollup', () => {
  const phone = usePhoneRun('offline-capture');
  let server: ServerProcess | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let syncAnswers: SyncAnswers;

  let year: number;
  let townshipCode: string;
  let people: RosterPerson[];
  let questions: TemplateQuestion[];
  let managerToken: string;

  beforeAll(() => {
    ({ server, context, page, syncAnswers } = phone.current());
  });

  it('logs the worker in and downloads the roster of their first township', async () => {
    if (server === undefined) throw new Error('no server');
    await page.goto('/');
    await page.getByLabel('用户名', { exact: true }).waitFor();
    await screenshot(page, 'login');
    await logIn(page, WORKER, DEMO_PASSWORD);

    const township = page.getByLabel('乡镇', { exact: true });
    townshipCode = await township.inputValue();
    expect(townshipCode).toBe('653125100');
    await waitForText(township.getByRole('option', { selected: true }), '莎车镇');

    const workerToken = await loginToken(server.baseUrl, WORKER);
    const roster = await townshipRoster(server.baseUrl, workerToken, townshipCode);
    questions = await surveyQuestions(server.baseUrl, workerToken);
    people = pickPeople(roster, VERIFICATIONS + 1);
    managerToken = await loginToken(server.baseUrl, MANAGER);

    expect(await downloadRoster(page)).toBe(roster.length);
    await waitForText(page.getByText(/^问卷：/), /^问卷：社会保险待遇领取人员满意度调查/);
    await waitForServiceWorker(page);
    await screenshot(page, 'home');
  });

  it(`captures ${VERIFICATIONS} verifications and ${SURVEYS} surveys with the network off`, async () => {
    await context?.setOffline(true);
    await page.getByRole('banner').getByText('离线', { exact: true }).waitFor();
    await screenshot(page, 'home-offline');

    await openRosterSearch(page);
    for (let index = 0; index < VERIFICATIONS; index++) {
      const person = people[index] as RosterPerson;
      const input: VerificationInput = {
        person,
        searchBy: index % 2 === 0 ? 'idDigits' : 'name',
        method: METHODS[index % METHODS.length] as IdentityMethod,
        outcome: 'eligible',
      };
      // Two underpaid, one moved away (nothing paid), one deceased (still paid).
      if (index === 3 || index === 11) input.amount = lessThanDue(person);
      if (index === 7) Object.assign(input, { outcome: 'moved', amount: '0' });
      if (index === 15) Object.assign(input, { outcome: 'deceased', deathDate: deathDate(year) });
      if (index === 0) input.screenshots = { search: 'roster-search', form: 'verification-form' };
      const saved = await captureVerification(page, input);
      // The year the app proposes (the county's open evaluation year) is the rollup's year.
      if (index === 0) year = saved.year;
      expect(saved.year).toBe(year);
    }
    await waitForBadge(page, VERIFICATIONS);

    await goHome(page);
    const villages = await page
      .getByLabel('村（社区）', { exact: true })
      .getByRole('option')
      .count();
    for (let index = 0; index < SURVEYS; index++) {
      const ug = index % 3 === 1;
      await captureSurvey(page, questions, {
        respondentGroup: GROUPS[index % GROUPS.length] as RespondentGroupLabel,
        villageIndex: 1 + (index % Math.max(villages - 1, 1)),
        language: ug ? 'ug' : 'zh',
        // Some respondents are roster people the worker links; the others stay anonymous.
        ...(index % 4 === 2 ? { linkPerson: people[index] as RosterPerson } : {}),
        answers: questions.map((_, question) => answerOf(index, question)),
        ...(index === 0 ? { screenshot: 'survey-form-zh' } : {}),
        ...(index === 1 ? { screenshot: 'survey-form-ug' } : {}),
      });
    }
    await waitForBadge(page, VERIFICATIONS + SURVEYS);
  });

  it('keeps all 30 waiting across a reload while offline', async () => {
    await page.reload();
    // The app shell came from the service worker, the records from IndexedDB.
    await page.getByRole('heading', { name: '绩效外勤', exact: true }).waitFor();
    await page.getByRole('banner').getByText('离线', { exact: true }).waitFor();
    await waitForBadge(page, VERIFICATIONS + SURVEYS);
    await waitForText(page.getByText(/^待同步 \d+ 条/), `待同步 ${VERIFICATIONS + SURVEYS} 条`);
    await openOutbox(page);
    await waitForOutbox(page, { waiting: VERIFICATIONS + SURVEYS, attention: 0, accepted: 0 });
    await screenshot(page, 'outbox-waiting');
    await expect(
      page.getByRole('button', { name: '离线中，有网络时自动同步', exact: true }).isDisabled(),
    ).resolves.toBe(true);
  });

  it('syncs when the network returns; the county manager sees the township in the rollup', async () => {
    if (server === undefined) throw new Error('no server');
    syncAnswers.clear();
    // The app starts the sync by itself when the browser says the network is back.
    await context?.setOffline(false);
    await waitForOutbox(page, { waiting: 0, attention: 0, accepted: VERIFICATIONS + SURVEYS });
    await waitForText(
      page.getByRole('status'),
      `同步完成：已发送 ${VERIFICATIONS + SURVEYS} 条，服务器接收 ${VERIFICATIONS + SURVEYS} 条`,
    );
    await screenshot(page, 'outbox');
    expect(await syncAnswers.count('syncVerifications', VERIFICATIONS)).toEqual({
      ACCEPTED: VERIFICATIONS,
    });
    expect(await syncAnswers.count('syncSurveyResponses', SURVEYS)).toEqual({ ACCEPTED: SURVEYS });
    await expect(page.getByText('冲突', { exact: true }).count()).resolves.toBe(0);

    const figures = await rollup(server.baseUrl, managerToken, townshipCode, year);
    expect(figures.divisionName).toBe('莎车镇');
    expect(figures.verifications.verified).toBe(VERIFICATIONS);
    expect(figures.verifications.coverage).toBeCloseTo(
      (VERIFICATIONS / figures.verifications.roster) * 100,
      6,
    );
    expect(figures.verifications.outcomes).toEqual({
      aliveEligible: VERIFICATIONS - 2,
      deceased: 1,
      moved: 1,
    });
    expect(figures.verifications.paidCorrectly).toBe(VERIFICATIONS - 4);
    const satisfaction = expectedSatisfaction(questions, SURVEYS);
    expect(figures.surveys.total.responses).toBe(SURVEYS);
    expect(figures.surveys.total.satisfaction).toEqual({
      ...satisfaction,
      rate: expect.closeTo((satisfaction.positive / satisfaction.answers) * 100, 6),
    });

    const county = await rollup(server.baseUrl, managerToken, SHACHE_COUNTY, year);
    expect(county.verifications.verified).toBe(VERIFICATIONS);
    expect(county.surveys.total.responses).toBe(SURVEYS);
  });

  it('stores nothing twice when the phone syncs the same records again', async () => {
    if (server === undefined) throw new Error('no server');
    // Nothing waits, so there is nothing to press.
    await expect(
      page.getByRole('button', { name: '立即同步', exact: true }).isDisabled(),
    ).resolves.toBe(true);

    // The phone never heard the answers (say the connection dropped as they came back): its
    // records are 'pending' again. The app sends them again when it starts online.
    const reset = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('jixiao-field');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const changed = await new Promise<number>((resolve, reject) => {
        const transaction = db.transaction('outbox', 'readwrite');
        const store = transaction.objectStore('outbox');
        let count = 0;
        store.openCursor().onsuccess = (event) => {
          const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
          if (cursor === null) return;
          cursor.update({
            ...cursor.value,
            status: 'pending',
            serverStatus: null,
            confirmedAt: null,
          });
          count++;
          cursor.continue();
        };
        transaction.oncomplete = () => resolve(count);
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
      return changed;
    });
    expect(reset).toBe(VERIFICATIONS + SURVEYS);

    syncAnswers.clear();
    await page.reload();
    await page.getByRole('heading', { name: '采集记录', exact: true }).waitFor();
    await waitForOutbox(page, { waiting: 0, attention: 0, accepted: VERIFICATIONS + SURVEYS });
    expect(await syncAnswers.count('syncVerifications', VERIFICATIONS)).toEqual({
      ALREADY_RECEIVED: VERIFICATIONS,
    });
    expect(await syncAnswers.count('syncSurveyResponses', SURVEYS)).toEqual({
      ALREADY_RECEIVED: SURVEYS,
    });

    const figures = await rollup(server.baseUrl, managerToken, townshipCode, year);
    expect(figures.verifications.verified).toBe(VERIFICATIONS);
    expect(figures.surveys.total.responses).toBe(SURVEYS);
    await expect(
      verificationConflictCount(server.baseUrl, managerToken, SHACHE_COUNTY, year),
    ).resolves.toBe(0);
  });

  it('shows a record the server rejects, and sends it again once corrected', async () => {
    if (server === undefined) throw new Error('no server');
    const person = people[VERIFICATIONS] as RosterPerson;
    const misread = anotherValidIdNumber(person.idNumber);

    await goHome(page);
    await openRosterSearch(page);
    // The worker misreads the card: a valid number (the phone checks the check digit and lets
    // it through, saying it differs from the roster); only the server knows it is not theirs.
    await captureVerification(page, {
      person,
      searchBy: 'idDigits',
      method: '上门',
      outcome: 'eligible',
      idNumber: misread,
    });
    await goHome(page);
    await openOutbox(page);
    await waitForOutbox(page, { waiting: 0, attention: 1, accepted: VERIFICATIONS + SURVEYS });
    const rejected = page.getByRole('listitem').filter({ hasText: '被退回' });
    await expect(rejected.count()).resolves.toBe(1);
    await waitForText(rejected.getByRole('listitem'), '身份证号与名册不符');
    await screenshot(page, 'outbox-rejected');

    await rejected.getByRole('button', { name: '修改后重新提交', exact: true }).click();
    await page.getByRole('heading', { name: '修改被退回的核实记录', exact: true }).waitFor();
    const summary = page.getByRole('alert');
    await waitForText(summary.getByRole('heading'), /^服务器退回了这条记录/);
    await waitForText(summary.getByRole('listitem'), '身份证号与名册不符');
    const idField = page.getByLabel('身份证号（请与证件核对）', { exact: true });
    await expect(idField.inputValue()).resolves.toBe(misread);
    await screenshot(page, 'verification-rejected');
    await idField.fill(person.idNumber);
    await page.getByRole('button', { name: '保存修改并重新提交', exact: true }).click();

    await page.getByRole('heading', { name: '采集记录', exact: true }).waitFor();
    await waitForOutbox(page, { waiting: 0, attention: 0, accepted: VERIFICATIONS + SURVEYS + 1 });

    const figures = await rollup(server.baseUrl, managerToken, townshipCode, year);
    expect(figures.verifications.verified).toBe(VERIFICATIONS + 1);
    expect(figures.surveys.total.responses).toBe(SURVEYS);
  });
});
