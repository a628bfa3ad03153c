/**
 * What the simulated phones saw during a soak, added up across workers: the sync calls and
 * their fates, the server's answers per record, and each answered call's round trip.
 */
export interface SoakStats {
  /** Records captured into the outboxes. */
  captured: number;
  /** Records that left an outbox: the server answered ACCEPTED or ALREADY_RECEIVED. */
  confirmed: number;
  /** Sync calls made, and records carried by them (resends included). */
  calls: number;
  recordsTransmitted: number;
  /** Calls without an answer: aborted by the phone, or refused / cut off (server down). */
  abortedCalls: number;
  noAnswerCalls: number;
  /** Calls answered with a 5xx or GraphQL errors. */
  troubledCalls: number;
  /** Calls answered UNAUTHENTICATED (a new login followed). */
  loginRequired: number;
  logins: number;
  /** The server's answers, per record. */
  accepted: number;
  alreadyReceived: number;
  conflicts: number;
  rejected: number;
  retryLater: number;
  /** A few refused records: kind, status and the fields the errors name. */
  refusals: string[];
  /** Round trip of each answered sync call (ms). */
  latenciesMs: number[];
  /** Sync calls in flight right now. */
  inFlight: number;
}

export function emptyStats(): SoakStats {
  return {
    captured: 0,
    confirmed: 0,
    calls: 0,
    recordsTransmitted: 0,
    abortedCalls: 0,
    noAnswerCalls: 0,
    troubledCalls: 0,
    loginRequired: 0,
    logins: 0,
    accepted: 0,
    alreadyReceived: 0,
    conflicts: 0,
    rejected: 0,
    retryLater: 0,
    refusals: [],
    latenciesMs: [],
    inFlight: 0,
  };
}

/** The value below which `share` of the values lie (nearest rank); NaN without values. */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(share * sorted.length)));
  return sorted[rank - 1] as number;
}
