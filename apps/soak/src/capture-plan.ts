import { randomUUID } from 'node:crypto';
import type { Random } from '@jixiao/demo-data';
import {
  type IneligibleReason,
  type RespondentGroup,
  type SurveyResponseRecord,
  type SurveyTemplate,
  type VerificationRecord,
  validateSurveyResponse,
  validateVerification,
} from '@jixiao/domain';
import { type RosterPerson, verificationRecord } from '@jixiao/server/bench/field-load.ts';

/**
 * What one soak worker captures, in capture order, as the phone saves it into its outbox (and,
 * like the phone's saveRecord, checked with the domain's validator before it is kept). Mostly
 * verifications (发放人员核实) of the people of its townships, each once; some people are verified
 * again later by the same worker (a correction), and some are verified by two workers of a
 * shared township; the rest are survey responses (满意度调查). Outcomes, amounts and answers
 * follow realistic shares. Capture times move forward through October 2020.
 */
export interface RosterEntry extends RosterPerson {
  villageCode: string | null;
  scheme: string;
}

export type Capture =
  | { kind: 'verification'; record: VerificationRecord }
  | { kind: 'surveyResponse'; record: SurveyResponseRecord };

export interface WorkerTownship {
  code: string;
  /** The township's roster (ACTIVE and SUSPENDED people), in id order. */
  people: RosterEntry[];
  /** How many soak workers capture in this township, and this worker's place among them. */
  sharers: number;
  position: number;
}

export interface PlanInput {
  workerIndex: number;
  deviceId: string;
  townships: WorkerTownship[];
  count: number;
  /** Share of verifications among the records (the rest are survey responses). */
  verificationShare: number;
  template: SurveyTemplate;
  random: Random;
}

/** The first people of each township's roster: the ones two workers may both verify. */
const SHARED_PEOPLE = 25;
const SHARED_SHARE = 0.04;
const REVISIT_SHARE = 0.03;
const START = Date.UTC(2020, 9, 8, 3, 0, 0);

/** 采集时间 with the phone's UTC offset (Xinjiang phones run on UTC+8 or UTC+6). */
export function localTimestamp(epochMs: number, offsetMinutes: number): string {
  const local = new Date(epochMs + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const hours = String(Math.floor(offsetMinutes / 60)).padStart(2, '0');
  const minutes = String(offsetMinutes % 60).padStart(2, '0');
  return `${local}+${hours}:${minutes}`;
}

/** Money as integer fen (分), from a decimal text of 元. */
export function toFen(yuan: string): number {
  const [whole = '0', fraction = ''] = yuan.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
}

export function fromFen(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

type OutcomeFields = Pick<
  VerificationRecord,
  'alive' | 'deathDate' | 'eligible' | 'ineligibleReason' | 'amountReceivedYuan' | 'identityMethod'
>;

const REASONS: IneligibleReason[] = ['moved', 'moved', 'moved', 'imprisoned', 'duplicateEnrolment'];

/** About 90% alive and eligible (most paid exactly), 3% deceased, 7% not eligible. */
function outcomeFields(random: Random, due: string, captureDate: string): OutcomeFields {
  const identityMethod = random.pick(['homeVisit', 'homeVisit', 'video', 'counter'] as const);
  const roll = random.next();
  if (roll < 0.03) {
    const month = random.int(1, Number(captureDate.slice(5, 7)) - 1);
    return {
      identityMethod,
      alive: false,
      deathDate: `2020-${String(month).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      eligible: false,
      ineligibleReason: null,
      amountReceivedYuan: random.chance(0.5) ? due : '0',
    };
  }
  if (roll < 0.1) {
    return {
      identityMethod,
      alive: true,
      deathDate: null,
      eligible: false,
      ineligibleReason: random.chance(0.15) ? 'other' : random.pick(REASONS),
      amountReceivedYuan: random.chance(0.6) ? due : '0',
    };
  }
  const paid = random.next();
  const dueFen = toFen(due);
  let amountReceivedYuan = due;
  if (paid < 0.03) amountReceivedYuan = '0';
  else if (paid < 0.06 && dueFen > 1_000) amountReceivedYuan = fromFen(dueFen - 1_000);
  return {
    identityMethod,
    alive: true,
    deathDate: null,
    eligible: true,
    ineligibleReason: null,
    amountReceivedYuan,
  };
}

const GROUPS: RespondentGroup[] = [
  'residentBeneficiary',
  'residentBeneficiary',
  'residentBeneficiary',
  'institutionRetiree',
  'institutionRetiree',
  'contributor',
  'contributor',
];
const SCHEME_OF_GROUP: Partial<Record<RespondentGroup, string>> = {
  residentBeneficiary: 'RESIDENT_PENSION',
  institutionRetiree: 'INSTITUTION_PENSION',
};
/** Answers on the 5-point scale, leaning to satisfied; 6% 拒答/不清楚 (null). */
const ANSWER_VALUES = [1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5] as const;

/** The validated record; a refusal is a bug of the plan (the message names fields only). */
function unwrap<T>(result: { ok: true; value: T } | { ok: false; errors: { field: string }[] }): T {
  if (result.ok) return result.value;
  const fields = result.errors.map((error) => error.field).join(', ');
  throw new Error(`the plan made an invalid record (fields: ${fields})`);
}

class WorkerPlanner {
  readonly #input: PlanInput;
  readonly #offsetMinutes: number;
  readonly #cursors = new Map<string, number>();
  readonly #verified: RosterEntry[] = [];
  #clock: number;

  constructor(input: PlanInput) {
    this.#input = input;
    this.#offsetMinutes = input.workerIndex % 2 === 0 ? 6 * 60 : 8 * 60;
    this.#clock = START + input.workerIndex * 11_000;
  }

  #tick(): { capturedAt: string; date: string; now: Date } {
    this.#clock += this.#input.random.int(240, 540) * 1_000;
    const capturedAt = localTimestamp(this.#clock, this.#offsetMinutes);
    return { capturedAt, date: capturedAt.slice(0, 10), now: new Date(this.#clock + 60_000) };
  }

  #township(): WorkerTownship {
    const { townships, random } = this.#input;
    const [own, other] = townships;
    if (!own) throw new Error('a worker without townships');
    return other && random.chance(0.3) ? other : own;
  }

  /** This worker's next person of its share of the township (the shared few aside), if any. */
  #nextOwn(township: WorkerTownship): RosterEntry | undefined {
    let cursor = this.#cursors.get(township.code) ?? SHARED_PEOPLE + township.position;
    const person = township.people[cursor];
    cursor += township.sharers;
    this.#cursors.set(township.code, cursor);
    return person;
  }

  #person(township: WorkerTownship): RosterEntry {
    const { random } = this.#input;
    const roll = random.next();
    const shared = township.people.slice(0, SHARED_PEOPLE);
    if (roll < SHARED_SHARE && shared.length > 0) return random.pick(shared);
    if (roll < SHARED_SHARE + REVISIT_SHARE && this.#verified.length > 0) {
      return random.pick(this.#verified);
    }
    return this.#nextOwn(township) ?? random.pick(township.people);
  }

  /** A person of the township in the scheme, from a random place on (for a linked survey). */
  #someoneOf(township: WorkerTownship, scheme: string): RosterEntry | undefined {
    const { people } = township;
    const start = this.#input.random.int(0, people.length - 1);
    for (let step = 0; step < people.length; step++) {
      const person = people[(start + step) % people.length];
      if (person?.scheme === scheme) return person;
    }
    return undefined;
  }

  verification(index: number): Capture {
    const township = this.#township();
    const person = this.#person(township);
    this.#verified.push(person);
    const time = this.#tick();
    const input = {
      ...verificationRecord(person, index),
      id: randomUUID(),
      capturedAt: time.capturedAt,
      deviceId: this.#input.deviceId,
      ...outcomeFields(this.#input.random, person.monthlyAmountDue, time.date),
    };
    return {
      kind: 'verification',
      record: unwrap(validateVerification(input, { now: time.now })),
    };
  }

  surveyResponse(): Capture {
    const { random, template } = this.#input;
    const township = this.#township();
    const respondentGroup = random.pick(GROUPS);
    const scheme = SCHEME_OF_GROUP[respondentGroup];
    const somebody = random.pick(township.people);
    const linked =
      scheme !== undefined && random.chance(0.5) ? this.#someoneOf(township, scheme) : undefined;
    const time = this.#tick();
    const input = {
      id: randomUUID(),
      capturedAt: time.capturedAt,
      deviceId: this.#input.deviceId,
      templateId: template.id,
      templateVersion: template.version,
      year: 2020,
      townshipCode: township.code,
      villageCode: (linked ?? somebody).villageCode,
      respondentGroup,
      beneficiaryId: linked?.id ?? null,
      language: random.chance(0.7) ? 'ug' : 'zh',
      answers: template.questions.map((question) => ({
        questionId: question.id,
        value: random.chance(0.06) ? null : random.pick(ANSWER_VALUES),
      })),
      note: null,
    };
    return {
      kind: 'surveyResponse',
      record: unwrap(validateSurveyResponse(input, template, { now: time.now })),
    };
  }
}

/** The worker's records in capture order. */
export function planCaptures(input: PlanInput): Capture[] {
  const planner = new WorkerPlanner(input);
  return Array.from({ length: input.count }, (_, index) =>
    input.random.chance(input.verificationShare)
      ? planner.verification(index)
      : planner.surveyResponse(),
  );
}
