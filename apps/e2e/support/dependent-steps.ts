import { afterEach, beforeEach } from 'vitest';

/**
 * The steps (`it`s) of a story spec build on each other: once one fails, the later ones are
 * skipped with a note naming the failed step — they would only fail for want of the state it
 * should have left, and the failed step already reports the error. `onFailure` keeps the
 * evidence of the failed step (screenshot, server log). Call inside the spec's `describe`.
 */
export function dependentSteps(onFailure: (step: string) => Promise<void>): void {
  let failedStep: string | null = null;

  beforeEach((test) => {
    if (failedStep !== null) {
      test.skip(`skipped: the earlier step "${failedStep}" failed and this one builds on it`);
    }
  });

  afterEach(async (test) => {
    if (test.task.result?.state !== 'fail') return;
    failedStep ??= test.task.name;
    await onFailure(test.task.name);
  });
}
