import type { BrowserContext, Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  captureSurvey,
  captureVerification,
  downloadRoster,
  goHome,
  type IdentityMethod,
  logIn,
  openOutbox,
  openRosterSearch,
  screenshot,
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
import { pickPeople } from '../support/roster-picks.ts';
import type { ServerProcess } from '../support/server-process.ts';
import { type SyncAnswers, statusesOf, syncKindOf } from '../support/sync-answers.ts';

/**
 * The server dies during a sync and comes back on the same data: every record still arrives
 * exactly once. 50 records wait on the phone (40 verifications, then 10 surveys: two calls).
 *
 * 1. The network returns and the app starts syncing; the server is killed (SIGKILL) while it
 *    reads or stores the verifications' batch. Restarted on the same folder: all of the batch
 *    or none of it is there.
 * 2. The worker presses 立即同步. This time the server stores the whole batch and is killed
 *    before its answer reaches the phone: the server holds 40 records the phone still
 *    believes unsent.
 * 3. Restarted; the worker syncs again: the 40 come back ALREADY_RECEIVED, the 10 surveys
 *    ACCEPTED, and the rollup counts each record once.
 */

const VERIFICATIONS = 40;
const SURVEYS = 10;
const TOTAL = VERIFICATIONS + SURVEYS;
const METHODS: IdentityMethod[] = ['上门', '视频', '窗口'];
const SYNC_STOPPED = /^同步未完成（无法连接服务器/;

describe('a server killed in the middle of a sync', () => {
  const phone = usePhoneRun('server-restart');
  let server: ServerProcess | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let syncAnswers: SyncAnswers;

  let year: number;
  let townshipCode: string;
  let people: RosterPerson[];
  let questions: TemplateQuestion[];

  beforeAll(() => {
    ({ server, context, page, syncAnswers } = phone.current());
  });

  async function figures() {
    if (server === undefined) throw new Error('no server');
    const token = await loginToken(server.baseUrl, MANAGER);
    const township = await rollup(server.baseUrl, token, townshipCode, year);
    const conflicts = await verificationConflictCount(server.baseUrl, token, SHACHE_COUNTY, year);
    return {
      verified: township.verifications.verified,
      responses: township.surveys.total.responses,
      conflicts,
    };
  }

  it(`captures ${TOTAL} records offline`, async () => {
    if (server === undefined) throw new Error('no server');
    await page.goto('/');
    await logIn(page, WORKER, DEMO_PASSWORD);
    townshipCode = await page.getByLabel('乡镇', { exact: true }).inputValue();
    const workerToken = await loginToken(server.baseUrl, WORKER);
    const roster = await townshipRoster(server.baseUrl, workerToken, townshipCode);
    questions = await surveyQuestions(server.baseUrl, workerToken);
    people = pickPeople(roster, VERIFICATIONS);
    expect(await downloadRoster(page)).toBe(roster.length);
    await waitForServiceWorker(page);

    await context?.setOffline(true);
    await openRosterSearch(page);
    for (const [index, person] of people.entries()) {
      const saved = await captureVerification(page, {
        person,
        searchBy: index % 2 === 0 ? 'idDigits' : 'name',
        method: METHODS[index % METHODS.length] as IdentityMethod,
        outcome: 'eligible',
      });
      // The year the app proposes (the county's open evaluation year) is the rollup's year.
      if (index === 0) year = saved.year;
    }
    await goHome(page);
    for (let index = 0; index < SURVEYS; index++) {
      await captureSurvey(page, questions, {
        respondentGroup: '城乡居民待遇领取人员',
        villageIndex: 1 + index,
        language: 'zh',
        answers: questions.map((_, question) => 1 + ((index + question) % 5)),
      });
    }
    await waitForBadge(page, TOTAL);
  });

  /**
   * Holds the phone's verifications call, hands it to the server and kills the server (SIGKILL)
   * `when` it is storing the batch (20 ms after it was sent) or after it answered; the phone
   * gets a reset connection either way. Resolves with the statuses the server answered, or
   * null when it died first.
   */
  async function killDuringSync(
    running: ServerProcess,
    when: 'while-storing' | 'after-answering',
    startSync: () => Promise<void>,
  ): Promise<string[] | null> {
    let intercepted = false;
    let done: (answered: string[] | null) => void = () => undefined;
    const killed = new Promise<string[] | null>((resolve) => {
      done = resolve;
    });
    const handler = async (route: Route) => {
      if (intercepted || syncKindOf(route.request()) !== 'syncVerifications') {
        await route.continue();
        return;
      }
      intercepted = true;
      const answer = route.fetch({ timeout: 60_000 }).then(
        async (response) => statusesOf('syncVerifications', await response.json()),
        () => null,
      );
      if (when === 'while-storing') await new Promise((resolve) => setTimeout(resolve, 20));
      else await answer;
      await running.kill();
      await route.abort('connectionreset');
      done(await answer);
    };
    await page.route('**/graphql', handler);
    try {
      await startSync();
      const answered = await killed;
      await waitForText(page.getByRole('status'), SYNC_STOPPED);
      return answered;
    } finally {
      await page.unroute('**/graphql', handler);
    }
  }

  it('loses the server while it stores the first batch', async () => {
    if (server === undefined) throw new Error('no server');
    const running = server;
    // The app starts syncing by itself when the network returns.
    await killDuringSync(running, 'while-storing', async () => {
      await context?.setOffline(false);
    });
    expect(running.running).toBe(false);
    // No answer reached the phone: all 50 wait.
    await waitForBadge(page, TOTAL);
    await screenshot(page, 'home-sync-interrupted');

    await running.restart();
    // A batch is stored in one transaction: all of it or none, never part.
    const after = await figures();
    expect([0, VERIFICATIONS]).toContain(after.verified);
    expect(after).toMatchObject({ responses: 0, conflicts: 0 });
  });

  it('loses the server after it stored the batch, before the phone heard the answer', async () => {
    if (server === undefined) throw new Error('no server');
    const running = server;
    const answered = await killDuringSync(running, 'after-answering', async () => {
      await page.getByRole('button', { name: '立即同步', exact: true }).click();
    });
    expect(answered).toHaveLength(VERIFICATIONS);
    expect(running.running).toBe(false);
    await waitForBadge(page, TOTAL);

    await running.restart();
    // The server kept the 40 across the kill; the phone still has them waiting.
    expect(await figures()).toEqual({ verified: VERIFICATIONS, responses: 0, conflicts: 0 });
  });

  it('receives every record exactly once when the worker syncs again', async () => {
    syncAnswers.clear();
    await page.getByRole('button', { name: '立即同步', exact: true }).click();
    await waitForText(
      page.getByRole('status'),
      `同步完成：已发送 ${TOTAL} 条，服务器接收 ${TOTAL} 条`,
      120_000,
    );
    expect(await syncAnswers.count('syncVerifications', VERIFICATIONS)).toEqual({
      ALREADY_RECEIVED: VERIFICATIONS,
    });
    expect(await syncAnswers.count('syncSurveyResponses', SURVEYS)).toEqual({ ACCEPTED: SURVEYS });
    await waitForBadge(page, 0);

    await openOutbox(page);
    await waitForOutbox(page, { waiting: 0, attention: 0, accepted: TOTAL });
    await expect(page.getByText('冲突', { exact: true }).count()).resolves.toBe(0);
    await expect(page.getByText('被退回', { exact: true }).count()).resolves.toBe(0);

    expect(await figures()).toEqual({
      verified: VERIFICATIONS,
      responses: SURVEYS,
      conflicts: 0,
    });
    await goHome(page);
  });
});
