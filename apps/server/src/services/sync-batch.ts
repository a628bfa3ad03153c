import {
  conflict,
  readableId,
  replayResult,
  type StoredRecord,
  type SyncRecordResult,
} from './sync-result.ts';

/**
 * 同步批次 — the answers of one sync batch, filled in as the batch goes through its stages:
 * validation, one lookup per kind of fact, one write transaction.
 *
 * A record repeated inside the batch (the same id twice) is handled once, at its first
 * occurrence; the later ones are answered from it when the batch is done: the same content is
 * ALREADY_RECEIVED (or shares the first one's refusal), different content is a CONFLICT.
 *
 * A record still unanswered at the end was going to be stored when the batch failed for a
 * reason of the server's: nothing of the batch was stored, and the phone sends it again
 * (records are idempotent).
 */
export const SERVER_TROUBLE = '服务器暂时无法保存该记录（未保存），请稍后重新同步';

/** A record that passed the domain's validation: its position, its id and its fingerprint. */
export interface Candidate<R extends { id: string }> {
  index: number;
  record: R;
  fingerprint: string;
}

interface Occurrence {
  index: number;
  id: string;
  fingerprint: string;
}

function occurrence(candidate: Candidate<{ id: string }>): Occurrence {
  return { index: candidate.index, id: candidate.record.id, fingerprint: candidate.fingerprint };
}

/** A later occurrence of a record, answered from the first one's final answer. */
function repeatAnswer(
  repeat: Occurrence,
  first: Occurrence,
  firstAnswer: SyncRecordResult,
): SyncRecordResult {
  const { index, id } = repeat;
  if (repeat.fingerprint !== first.fingerprint) return conflict(index, id);
  const status = firstAnswer.status === 'ACCEPTED' ? 'ALREADY_RECEIVED' : firstAnswer.status;
  return { ...firstAnswer, index, status, errors: [...firstAnswer.errors] };
}

export class BatchAnswers {
  readonly #inputs: readonly unknown[];
  readonly #answers: (SyncRecordResult | undefined)[];
  readonly #repeats: { repeat: Occurrence; first: Occurrence }[] = [];

  constructor(inputs: readonly unknown[]) {
    this.#inputs = inputs;
    this.#answers = inputs.map(() => undefined);
  }

  get inputs(): readonly unknown[] {
    return this.#inputs;
  }

  answer(result: SyncRecordResult): void {
    this.#answers[result.index] = result;
  }

  /** The first occurrence of each record id, in input order; the later ones wait for `finish`. */
  firstOccurrences<C extends Candidate<{ id: string }>>(candidates: readonly C[]): C[] {
    const firsts = new Map<string, C>();
    for (const candidate of candidates) {
      const first = firsts.get(candidate.record.id);
      if (first) this.#repeats.push({ repeat: occurrence(candidate), first: occurrence(first) });
      else firsts.set(candidate.record.id, candidate);
    }
    return [...firsts.values()];
  }

  /** Every answer, in input order: the repeats from their first occurrence; the rest not saved. */
  finish(): SyncRecordResult[] {
    const answers = [...this.#answers];
    const final = (index: number): SyncRecordResult =>
      answers[index] ?? retryLater(index, readableId(this.#inputs[index]));
    for (const { repeat, first } of this.#repeats) {
      answers[repeat.index] = repeatAnswer(repeat, first, final(first.index));
    }
    return answers.map((_, index) => final(index));
  }
}

/** Not stored for a reason of the server's: the phone keeps it waiting and sends it again. */
function retryLater(index: number, id: string | null): SyncRecordResult {
  return {
    id,
    index,
    status: 'RETRY_LATER',
    errors: [{ field: '', message: SERVER_TROUBLE }],
    counted: null,
    lateForLockedYear: null,
  };
}

/**
 * Records whose INSERT did nothing: a concurrent sync stored the same id between this batch's
 * lookup and its write. Answered from what is stored now, as a replay or a conflict (one the
 * re-read does not find stays unanswered: not saved).
 */
export async function answerLostRaces<R extends { id: string }>(
  answers: BatchAnswers,
  lost: readonly Candidate<R>[],
  readStored: (ids: string[]) => Promise<Map<string, StoredRecord>>,
): Promise<void> {
  if (lost.length === 0) return;
  const stored = await readStored(lost.map((candidate) => candidate.record.id));
  for (const { index, record, fingerprint } of lost) {
    const now = stored.get(record.id);
    if (now) answers.answer(replayResult(index, record.id, fingerprint, now));
  }
}
