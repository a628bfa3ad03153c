import type { Page, Request } from 'playwright-core';

/**
 * What the server answered to the phone's sync calls, read off the network: one status per
 * record (ACCEPTED, ALREADY_RECEIVED, CONFLICT, REJECTED), by kind.
 */
export type SyncKind = 'syncVerifications' | 'syncSurveyResponses';

export interface SyncAnswer {
  kind: SyncKind;
  statuses: string[];
}

/** The sync mutation a request carries, if it is one. */
export function syncKindOf(request: Request): SyncKind | null {
  if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return null;
  const body = request.postData() ?? '';
  if (body.includes('syncVerifications')) return 'syncVerifications';
  if (body.includes('syncSurveyResponses')) return 'syncSurveyResponses';
  return null;
}

export function statusesOf(kind: SyncKind, body: unknown): string[] {
  const data = (body as { data?: Record<string, { status: string }[] | null> }).data;
  return (data?.[kind] ?? []).map((result) => result.status);
}

export class SyncAnswers {
  readonly answers: SyncAnswer[] = [];

  constructor(page: Page) {
    page.on('response', (response) => {
      const kind = syncKindOf(response.request());
      if (kind === null) return;
      // The body is read after the event: the app may show the result before it is here.
      response
        .json()
        .then((body) => this.answers.push({ kind, statuses: statusesOf(kind, body) }))
        .catch(() => this.answers.push({ kind, statuses: ['(unreadable answer)'] }));
    });
  }

  clear(): void {
    this.answers.length = 0;
  }

  #tally(kind: SyncKind): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const answer of this.answers) {
      if (answer.kind !== kind) continue;
      for (const status of answer.statuses) counts[status] = (counts[status] ?? 0) + 1;
    }
    return counts;
  }

  /**
   * How many records of the kind got each status since `clear`, once answers about `records`
   * records have been read (or after 10 s, with what was read by then).
   */
  async count(kind: SyncKind, records: number): Promise<Record<string, number>> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const counts = this.#tally(kind);
      const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
      if (total >= records || Date.now() > deadline) return counts;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
