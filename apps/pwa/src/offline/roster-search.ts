import type { RosterSearchKeys } from './local-database.ts';

/**
 * 花名册检索 — finds people on a downloaded roster by name (any part of it), by the last
 * digits of the ID number, or by pinyin (initials such as "amt" for 艾麦提, or full
 * syllables). Pure and synchronous: the keys were computed when the roster was stored, so a
 * query is a few string scans per person (10,000 people in a few milliseconds).
 */

/** The separators inside names that a search ignores: spaces and the middle dots. */
const SEPARATOR_CLASS = '[\\s.·•‧・．\\u2022\\u2027\\u30fb\\uff0e\\u00b7-]';
const NAME_SEPARATORS = new RegExp(SEPARATOR_CLASS, 'g');
const NAME_SEPARATOR = new RegExp(`^${SEPARATOR_CLASS}$`);

/** A name (or query) without separators, lower-cased: 艾麦提·玉苏甫 → 艾麦提玉苏甫. */
export function compactName(text: string): string {
  return text.replace(NAME_SEPARATORS, '').toLowerCase();
}

export interface SearchablePerson extends RosterSearchKeys {
  /** The name as written, with its separators (艾麦提·玉苏甫): they mark the name's parts. */
  name: string;
  idNumber: string;
}

export type QueryKind = 'empty' | 'idDigits' | 'letters' | 'name';

/** How a query is read: digits (with a final X) search ID numbers, letters search pinyin. */
export function classifyQuery(query: string): { kind: QueryKind; text: string } {
  const text = compactName(query);
  if (text === '') return { kind: 'empty', text };
  if (/^\d+x?$/.test(text)) return { kind: 'idDigits', text: text.toUpperCase() };
  if (/^[a-z]+$/.test(text)) return { kind: 'letters', text };
  return { kind: 'name', text };
}

/** Match tiers, best first. */
const TIER = {
  exact: 0,
  prefix: 1,
  pinyinPrefix: 2,
  contains: 3,
  pinyinContains: 4,
  partInitials: 5,
  initialsInOrder: 6,
  initialsAnyOrder: 7,
} as const;

const NO_MATCH = -1;

/** A match as one number: tier, then position of the match, then name length. */
function rank(tier: number, position: number, nameLength: number): number {
  return (tier * 256 + Math.min(position, 255)) * 256 + Math.min(nameLength, 255);
}

/** The shortest digit query also looked for inside ID numbers (shorter ones: the end only). */
const ID_INSIDE_MIN_LENGTH = 6;

function idDigitsRank(person: SearchablePerson, digits: string): number {
  const id = person.idNumber;
  if (id === digits) return rank(TIER.exact, 0, 0);
  if (id.endsWith(digits)) return rank(TIER.prefix, 0, 0);
  // Longer digit runs may be a birth date (19480715) or a region code: search inside too.
  if (digits.length >= ID_INSIDE_MIN_LENGTH) {
    const at = id.indexOf(digits);
    if (at !== -1) return rank(TIER.contains, at, 0);
  }
  return NO_MATCH;
}

function nameRank(person: SearchablePerson, text: string): number {
  const name = person.nameKey;
  if (name === text) return rank(TIER.exact, 0, name.length);
  const at = name.indexOf(text);
  if (at === 0) return rank(TIER.prefix, 0, name.length);
  if (at > 0) return rank(TIER.contains, at, name.length);
  return NO_MATCH;
}

/** Whether the letters of `query` appear in `initials` in the same order (a…t…f). */
function inOrder(query: string, initials: string): boolean {
  let next = 0;
  for (let i = 0; i < initials.length && next < query.length; i++) {
    if (initials.charCodeAt(i) === query.charCodeAt(next)) next++;
  }
  return next === query.length;
}

/**
 * Where each part of a name starts in its initials (艾麦提·玉苏甫 → [0, 3]), or null for a
 * name of one part, or when the name's characters do not map one to one onto the initials
 * (a letter or digit inside a name).
 */
export function partStarts(name: string, initialsLength: number): number[] | null {
  const starts: number[] = [];
  let characters = 0;
  let afterSeparator = true;
  for (const character of name) {
    if (NAME_SEPARATOR.test(character)) {
      afterSeparator = true;
      continue;
    }
    if (afterSeparator) starts.push(characters);
    afterSeparator = false;
    characters += character.length;
  }
  return starts.length >= 2 && characters === initialsLength ? starts : null;
}

/**
 * 分段首字母 — whether `query` starts with the first letter of every part of the name, in
 * order, and goes on with initials of the name's other characters, in order: "ay" and "ayt"
 * (a·y, then 提) for 艾麦提·玉苏甫, "aym" or "aymtsf" too. How a worker shortens a Uyghur name
 * of two parts: the parts' first letters, then a letter or two more to narrow the list down.
 */
function partInitials(query: string, initials: string, starts: readonly number[]): boolean {
  if (query.length < starts.length) return false;
  for (let part = 0; part < starts.length; part++) {
    if (query.charCodeAt(part) !== initials.charCodeAt(starts[part] ?? -1)) return false;
  }
  let next = starts.length;
  let part = 0;
  for (let i = 0; i < initials.length && next < query.length; i++) {
    if (i === starts[part]) {
      part++;
      continue;
    }
    if (initials.charCodeAt(i) === query.charCodeAt(next)) next++;
  }
  return next === query.length;
}

const letterCounts = new Int16Array(26);

/** Whether each letter of `query` is the initial of a different character, in any order. */
function anyOrder(query: string, initials: string): boolean {
  if (query.length > initials.length) return false;
  letterCounts.fill(0);
  for (let i = 0; i < initials.length; i++) {
    const letter = initials.charCodeAt(i) - 97;
    if (letter >= 0 && letter < 26) letterCounts[letter] = (letterCounts[letter] ?? 0) + 1;
  }
  for (let i = 0; i < query.length; i++) {
    const letter = query.charCodeAt(i) - 97;
    const left = (letterCounts[letter] ?? 0) - 1;
    if (left < 0) return false;
    letterCounts[letter] = left;
  }
  return true;
}

/** The shortest query for which letters in any order are tried (shorter ones match too much). */
const ANY_ORDER_MIN_LENGTH = 3;

function lettersRank(person: SearchablePerson, letters: string): number {
  const { initials, pinyin } = person;
  const length = initials.length;
  if (initials === letters) return rank(TIER.exact, 0, length);
  if (initials.startsWith(letters)) return rank(TIER.prefix, 0, length);
  if (pinyin.startsWith(letters)) return rank(TIER.pinyinPrefix, 0, length);
  const inInitials = initials.indexOf(letters);
  if (inInitials !== -1) return rank(TIER.contains, inInitials, length);
  const inPinyin = pinyin.indexOf(letters);
  if (inPinyin !== -1) return rank(TIER.pinyinContains, inPinyin, length);
  // Only a name whose first initial is the query's first letter can match by its parts.
  if (initials.charCodeAt(0) === letters.charCodeAt(0)) {
    const starts = partStarts(person.name, length);
    if (starts !== null && partInitials(letters, initials, starts)) {
      return rank(TIER.partInitials, length - letters.length, length);
    }
  }
  if (inOrder(letters, initials))
    return rank(TIER.initialsInOrder, length - letters.length, length);
  if (letters.length >= ANY_ORDER_MIN_LENGTH && anyOrder(letters, initials)) {
    return rank(TIER.initialsAnyOrder, length - letters.length, length);
  }
  return NO_MATCH;
}

/** Room for the position of a person in the list inside one sortable number. */
const INDEX_SPACE = 2 ** 20;

/**
 * The people matching `query`, best first, at most `limit`. Best means: the whole key, then a
 * key starting with the query, then the query inside a key, earlier and in shorter names
 * first; ties keep the list's order. An empty query gives the first `limit` people.
 * Letters match pinyin initials ("amt", "ysf") and full pinyin ("aimai"); then the first
 * letters of a name's parts followed by initials of its other characters ("ay", "ayt" for
 * 艾麦提·玉苏甫); then initials in order ("amys"); from three letters on, initials in any
 * order match last.
 */
export function searchRoster<T extends SearchablePerson>(
  people: readonly T[],
  query: string,
  limit = 20,
): T[] {
  const { kind, text } = classifyQuery(query);
  if (kind === 'empty') return people.slice(0, limit);
  const rankOf = kind === 'idDigits' ? idDigitsRank : kind === 'letters' ? lettersRank : nameRank;
  const count = Math.min(people.length, INDEX_SPACE);
  const matches: number[] = [];
  for (let index = 0; index < count; index++) {
    const person = people[index];
    if (person === undefined) continue;
    const found = rankOf(person, text);
    if (found !== NO_MATCH) matches.push(found * INDEX_SPACE + index);
  }
  const sorted = Float64Array.from(matches).sort();
  const result: T[] = [];
  for (let i = 0; i < sorted.length && result.length < limit; i++) {
    const person = people[(sorted[i] ?? 0) % INDEX_SPACE];
    if (person !== undefined) result.push(person);
  }
  return result;
}
