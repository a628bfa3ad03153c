import { describe, expect, it } from 'vitest';
import type { RosterPerson } from '../api/roster-documents.ts';
import { fixtureIdNumber, generateRoster } from './roster-fixture.ts';
import { rosterSearchKeys } from './roster-keys.ts';
import { classifyQuery, compactName, partStarts, searchRoster } from './roster-search.ts';

function withKeys(people: RosterPerson[]) {
  return people.map((person) => ({ ...person, ...rosterSearchKeys(person.name) }));
}

const TARGET_ID_NUMBER = fixtureIdNumber('1948-07-15', 907);

const TARGET: RosterPerson = {
  id: 'B-TARGET',
  scheme: 'RESIDENT_PENSION',
  idNumber: TARGET_ID_NUMBER,
  name: '艾麦提·玉苏甫',
  masked: false,
  sex: 'MALE',
  birthDate: '1948-07-15',
  townshipCode: '653125100',
  villageCode: '653125100201',
  monthlyAmountDue: '203.80',
  status: 'ACTIVE',
  version: '99999',
};

/** 10,000 generated people with the target somewhere in the middle. */
const generated = generateRoster(9_999);
const ROSTER = withKeys([...generated.slice(0, 5_000), TARGET, ...generated.slice(5_000)]);

describe('search keys', () => {
  it('computes pinyin and initials once, ignoring the middle dot', () => {
    expect(rosterSearchKeys('艾麦提·玉苏甫')).toEqual({
      nameKey: '艾麦提玉苏甫',
      pinyin: 'aimaitiyusufu',
      initials: 'amtysf',
    });
  });

  it('reads a Han surname as a surname and writes ü as v', () => {
    expect(rosterSearchKeys('单雄信').initials).toBe('sxx');
    expect(rosterSearchKeys('吕布').pinyin).toBe('lvbu');
  });

  it('treats the other dots and spaces as the middle dot', () => {
    for (const name of ['艾麦提•玉苏甫', '艾麦提・玉苏甫', '艾麦提 玉苏甫', '艾麦提.玉苏甫']) {
      expect(compactName(name)).toBe('艾麦提玉苏甫');
    }
  });
});

describe('classifyQuery', () => {
  it.each([
    ['', 'empty'],
    ['  ', 'empty'],
    ['1234', 'idDigits'],
    ['123x', 'idDigits'],
    ['x', 'letters'],
    ['AYT', 'letters'],
    ['玉苏', 'name'],
    ['艾麦提·', 'name'],
  ])('%j is a %s query', (query, kind) => {
    expect(classifyQuery(query).kind).toBe(kind);
  });
});

describe('name parts', () => {
  it('finds where each part of a name starts in its initials', () => {
    expect(partStarts('艾麦提·玉苏甫', 6)).toEqual([0, 3]);
    expect(partStarts('阿不都 · 热合曼·吐尔逊', 9)).toEqual([0, 3, 6]);
    // One part, or characters that do not map one to one onto the initials: no parts.
    expect(partStarts('王建国', 3)).toBeNull();
    expect(partStarts('Ali·玉苏甫', 4)).toBeNull();
  });

  const NAMES = [
    '阿依古丽·吐尔逊',
    '吐尔逊·阿依古丽',
    '阿依古丽·帕提古丽',
    '艾尔肯·玉苏甫',
    '王建国',
    '艾麦提·玉苏甫',
    '古丽娜尔·吐尔逊',
    '阿不都·热合曼·吐尔逊',
  ];
  const PEOPLE = withKeys(
    NAMES.map((name, index) => ({ ...TARGET, id: `P${index}`, name, idNumber: `${index}` })),
  );

  it.each([
    // query, the name found first
    ['ayt', '艾麦提·玉苏甫'],
    ['ay', '阿依古丽·吐尔逊'],
    ['aym', '艾麦提·玉苏甫'],
    ['aymsf', '艾麦提·玉苏甫'],
    ['gtn', '古丽娜尔·吐尔逊'],
    ['artb', '阿不都·热合曼·吐尔逊'],
  ])('%j finds %s first', (query, name) => {
    expect(searchRoster(PEOPLE, query, 10)[0]?.name).toBe(name);
  });

  it.each([
    // query, a name it must not match by its parts
    ['ya', '艾麦提·玉苏甫'],
    ['at', '艾麦提·玉苏甫'],
    ['ayy', '艾麦提·玉苏甫'],
    ['ar', '阿不都·热合曼·吐尔逊'],
    ['wg', '王建国'],
  ])('%j does not take %s for a part-initials match', (query, name) => {
    const [person] = withKeys([{ ...TARGET, name }]);
    if (person === undefined) throw new Error('no person');
    const starts = partStarts(person.name, person.initials.length);
    const found = searchRoster([person], query, 1);
    // Found at most by another rule: initials in order or in any order.
    if (found.length > 0 && starts !== null) {
      const inOrder = new RegExp(query.split('').join('.*')).test(person.initials);
      expect(inOrder || query.length >= 3).toBe(true);
    }
  });

  it('ranks part initials ("ay") after initials starting with or containing the query', () => {
    const results = searchRoster(PEOPLE, 'ay', 10).map((person) => person.name);
    expect(results).toEqual([
      '阿依古丽·吐尔逊',
      '阿依古丽·帕提古丽',
      '吐尔逊·阿依古丽',
      '艾尔肯·玉苏甫',
      '艾麦提·玉苏甫',
    ]);
  });
});

describe('searchRoster over 10,000 people', () => {
  it('finds 艾麦提·玉苏甫 by the whole initials, first', () => {
    const [first] = searchRoster(ROSTER, 'amtysf', 20);
    expect(first?.name).toBe('艾麦提·玉苏甫');
  });

  it('ranks 艾麦提·玉苏甫 by "ayt" (parts\' first letters, then 提) before in-order matches', () => {
    const results = searchRoster(ROSTER, 'ayt', ROSTER.length);
    const ids = results.map((person) => person.id);
    // The part-initials matches come first: a·y, then a t among the other characters.
    const byParts = (person: (typeof ROSTER)[number]) => {
      const [first, second] = person.name.split('·');
      return first?.startsWith('艾') === true && /^[玉依亚]/.test(second ?? '');
    };
    const firstOther = results.findIndex((person) => !byParts(person));
    expect(firstOther).toBeGreaterThan(0);
    expect(ids.indexOf(TARGET.id)).toBeLessThan(firstOther);
    expect(results.slice(0, firstOther).every((person) => /t/.test(person.initials))).toBe(true);
    // Then initials with a…y…t in this order (阿依古丽·吐尔逊 aygltex), then any order.
    const rest = results.slice(firstOther);
    const inOrder = rest.map((person) => /a.*y.*t/.test(person.initials));
    const firstAnyOrder = inOrder.indexOf(false);
    expect(firstAnyOrder).toBeGreaterThan(0);
    expect(inOrder.slice(firstAnyOrder).includes(true)).toBe(false);
    // Nobody is found whose initials lack one of the letters.
    for (const person of results) {
      for (const letter of 'ayt') expect(person.initials).toContain(letter);
    }
  });

  it('puts 艾麦提·玉苏甫 among the first 20 for "ayt" in one village (~500 people)', () => {
    const village = ROSTER.filter((person) => person.villageCode === TARGET.villageCode);
    expect(village.length).toBeGreaterThan(400);
    const results = searchRoster(village, 'ayt', 20);
    expect(results.map((person) => person.id)).toContain(TARGET.id);
  });

  it('ranks whole-name and prefix matches before matches inside the name', () => {
    const results = searchRoster(ROSTER, 'ysf', 50);
    expect(results.length).toBeGreaterThan(0);
    const firstInside = results.findIndex((person) => !person.initials.startsWith('ysf'));
    const rest = firstInside === -1 ? [] : results.slice(firstInside);
    expect(rest.every((person) => !person.initials.startsWith('ysf'))).toBe(true);
    expect(results.every((person) => person.initials.includes('ysf'))).toBe(true);
  });

  it('finds by full pinyin', () => {
    const results = searchRoster(ROSTER, 'aimaitiyusufu', 50);
    expect(results.map((person) => person.name)).toContain('艾麦提·玉苏甫');
    expect(results.every((person) => person.pinyin.includes('aimaitiyusufu'))).toBe(true);
  });

  it('finds by the last 4 digits of the ID number', () => {
    const last4 = TARGET_ID_NUMBER.slice(-4);
    const results = searchRoster(ROSTER, last4, 50);
    expect(results.map((person) => person.id)).toContain(TARGET.id);
    expect(results.every((person) => person.idNumber.endsWith(last4))).toBe(true);
  });

  it('finds by the whole ID number, with a lower-case x', () => {
    const [first] = searchRoster(ROSTER, TARGET_ID_NUMBER.toLowerCase(), 5);
    expect(first?.id).toBe(TARGET.id);
  });

  it('finds by a part of the name, with or without the middle dot', () => {
    for (const query of ['玉苏', '提·玉', '提玉苏', '艾麦提·玉苏甫']) {
      const results = searchRoster(ROSTER, query, 10_000);
      expect(results.map((person) => person.id)).toContain(TARGET.id);
      const key = compactName(query);
      expect(results.every((person) => person.nameKey.includes(key))).toBe(true);
    }
  });

  it('puts names starting with the query before names containing it', () => {
    const results = searchRoster(ROSTER, '玉苏甫', 10_000);
    const starts = results.map((person) => person.nameKey.startsWith('玉苏甫'));
    expect(starts.indexOf(false)).toBeGreaterThan(0);
    expect(starts.slice(starts.indexOf(false)).includes(true)).toBe(false);
  });

  it('returns at most the limit, and the list head for an empty query', () => {
    expect(searchRoster(ROSTER, 'a', 20)).toHaveLength(20);
    expect(searchRoster(ROSTER, '', 3)).toEqual(ROSTER.slice(0, 3));
    expect(searchRoster(ROSTER, 'qqqq', 20)).toEqual([]);
  });

  it('answers within the 50 ms budget (median of 20 queries of each kind)', () => {
    const queries = ['ayt', 'amt', 'a', '玉苏', TARGET_ID_NUMBER.slice(-4), 'zzzz'];
    for (let i = 0; i < 5; i++) for (const query of queries) searchRoster(ROSTER, query, 20);
    const times = queries.flatMap((query) =>
      Array.from({ length: 20 }, () => {
        const start = performance.now();
        searchRoster(ROSTER, query, 20);
        return performance.now() - start;
      }),
    );
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(50);
  });
});
