import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, newPhoneContext } from './chromium.ts';
import { dependentSteps } from './dependent-steps.ts';
import { captureFailure } from './failure-capture.ts';
import { ServerProcess } from './server-process.ts';
import { SyncAnswers } from './sync-answers.ts';

export interface PhoneRun {
  server: ServerProcess;
  context: BrowserContext;
  page: Page;
  syncAnswers: SyncAnswers;
}

/**
 * One spec = one story on one phone against one server process: its steps (the `it`s) run in
 * order and each builds on the state the previous one left. Registers the lifecycle: start the
 * server and a phone-sized Chromium page, keep a screenshot and the server log of a failed
 * step, skip the steps after a failure (they would only fail for want of the earlier state),
 * and close everything at the end. Call inside the spec's `describe`.
 */
export function usePhoneRun(name: string): { current(): PhoneRun } {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let run: PhoneRun | undefined;

  beforeAll(async () => {
    server = await ServerProcess.start({ name });
    browser = await launchChromium();
    context = await newPhoneContext(browser, server.baseUrl);
    const page = await context.newPage();
    run = { server, context, page, syncAnswers: new SyncAnswers(page) };
  });

  dependentSteps(async (step) => {
    if (run) await captureFailure(`${name} ${step}`, run.page, server);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.dispose();
  });

  return {
    current() {
      if (!run) throw new Error(`the phone run ${name} did not start`);
      return run;
    },
  };
}
