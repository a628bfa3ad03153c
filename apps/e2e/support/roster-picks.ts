import type { RosterPerson } from './graphql-api.ts';

/**
 * People to verify, picked from the township's roster as a day's list would be: active
 * recipients spread over the roster, each one a search finds unambiguously (name and the
 * last four digits of the ID number together name one person).
 */
export function pickPeople(roster: readonly RosterPerson[], count: number): RosterPerson[] {
  const key = (person: RosterPerson) => `${person.name}|${person.idNumber.slice(-4)}`;
  const seen = new Map<string, number>();
  for (const person of roster) seen.set(key(person), (seen.get(key(person)) ?? 0) + 1);
  const candidates = roster.filter(
    (person) =>
      person.status === 'ACTIVE' &&
      !person.masked &&
      Number(person.monthlyAmountDue) > 0 &&
      seen.get(key(person)) === 1,
  );
  if (candidates.length < count) {
    throw new Error(`only ${candidates.length} people to pick from, ${count} wanted`);
  }
  const step = Math.floor(candidates.length / count);
  return Array.from({ length: count }, (_, index) => candidates[index * step] as RosterPerson);
}

/** An amount in 元 less than the amount due (an underpayment the form should flag). */
export function lessThanDue(person: RosterPerson): string {
  const due = Math.round(Number(person.monthlyAmountDue) * 100);
  const paid = Math.max(due - 1_000, 0);
  return `${Math.floor(paid / 100)}.${String(paid % 100).padStart(2, '0')}`;
}
