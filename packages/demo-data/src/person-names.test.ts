import { describe, expect, it } from 'vitest';
import {
  generatePersonName,
  HAN_FEMALE_GIVEN_CHARS,
  HAN_MALE_GIVEN_CHARS,
  HAN_SURNAMES,
  HUI_SURNAMES,
  MONGOL_FEMALE_NAMES,
  MONGOL_MALE_NAMES,
  NAME_STYLE_MIX,
  personNameGenerator,
  UYGHUR_FATHER_NAMES,
  UYGHUR_FEMALE_NAMES,
  UYGHUR_MALE_NAMES,
} from './person-names.ts';
import { createRandom } from './random.ts';

describe('name lists', () => {
  it.each([
    ['UYGHUR_MALE_NAMES', UYGHUR_MALE_NAMES, 60],
    ['UYGHUR_FEMALE_NAMES', UYGHUR_FEMALE_NAMES, 60],
    ['UYGHUR_FATHER_NAMES', UYGHUR_FATHER_NAMES, 60],
    ['HAN_SURNAMES', HAN_SURNAMES, 60],
    ['HAN_MALE_GIVEN_CHARS', HAN_MALE_GIVEN_CHARS, 35],
    ['HAN_FEMALE_GIVEN_CHARS', HAN_FEMALE_GIVEN_CHARS, 35],
    ['HUI_SURNAMES', HUI_SURNAMES, 10],
    ['MONGOL_MALE_NAMES', MONGOL_MALE_NAMES, 15],
    ['MONGOL_FEMALE_NAMES', MONGOL_FEMALE_NAMES, 15],
  ] as const)('%s has at least %#… entries, no duplicates, Chinese only', (_, list, min) => {
    expect(list.length).toBeGreaterThanOrEqual(min);
    expect(new Set(list).size).toBe(list.length);
    for (const item of list) expect(item).toMatch(/^\p{Script=Han}+$/u);
  });

  it('keeps the men’s and women’s Uyghur given names apart', () => {
    const male = new Set(UYGHUR_MALE_NAMES);
    expect(UYGHUR_FEMALE_NAMES.filter((name) => male.has(name))).toEqual([]);
  });

  it('gives each county a mix that adds up to 1', () => {
    for (const mix of Object.values(NAME_STYLE_MIX)) {
      const total = Object.values(mix).reduce((sum, share) => sum + share, 0);
      expect(total).toBeCloseTo(1, 10);
    }
  });
});

describe('generatePersonName', () => {
  const random = createRandom(42);

  it('writes a Uyghur name as given name·father’s name, the given name by sex', () => {
    for (let i = 0; i < 200; i++) {
      const [given, father] = generatePersonName(random, 'uyghur', 'female').split('·');
      expect(UYGHUR_FEMALE_NAMES).toContain(given);
      expect(UYGHUR_FATHER_NAMES).toContain(father);
    }
    const [given] = generatePersonName(random, 'uyghur', 'male').split('·');
    expect(UYGHUR_MALE_NAMES).toContain(given);
  });

  it('writes Han and Hui names as a surname and one or two given characters', () => {
    for (let i = 0; i < 200; i++) {
      const han = Array.from(generatePersonName(random, 'han', 'male'));
      expect(han.length === 2 || han.length === 3).toBe(true);
      expect(HAN_SURNAMES).toContain(han[0]);
      for (const char of han.slice(1)) expect(HAN_MALE_GIVEN_CHARS).toContain(char);
      const hui = Array.from(generatePersonName(random, 'hui', 'female'));
      expect(HUI_SURNAMES).toContain(hui[0]);
      for (const char of hui.slice(1)) expect(HAN_FEMALE_GIVEN_CHARS).toContain(char);
    }
  });

  it('writes a Mongol name as one name of the person’s sex', () => {
    expect(MONGOL_MALE_NAMES).toContain(generatePersonName(random, 'mongol', 'male'));
    expect(MONGOL_FEMALE_NAMES).toContain(generatePersonName(random, 'mongol', 'female'));
  });
});

describe('personNameGenerator', () => {
  function styles(countyCode: string) {
    const nameOf = personNameGenerator(countyCode);
    const random = createRandom(1);
    const names = Array.from({ length: 2000 }, (_, i) => nameOf(random, i % 2 ? 'male' : 'female'));
    return {
      dotted: names.filter((name) => name.includes('·')).length / names.length,
      mongol: names.filter((n) => [...MONGOL_MALE_NAMES, ...MONGOL_FEMALE_NAMES].includes(n))
        .length,
    };
  }

  it('names 莎车县 people mostly the Uyghur way, with some Han names', () => {
    const { dotted, mongol } = styles('653125');
    expect(dotted).toBeGreaterThan(0.9);
    expect(dotted).toBeLessThan(1);
    expect(mongol).toBe(0);
  });

  it('names 和硕县 people in a mix that includes Mongol names', () => {
    const { dotted, mongol } = styles('652828');
    expect(dotted).toBeGreaterThan(0.2);
    expect(dotted).toBeLessThan(0.4);
    expect(mongol).toBeGreaterThan(100);
  });

  it('is deterministic for a seed', () => {
    const a = personNameGenerator('652828');
    const b = personNameGenerator('652828');
    const ra = createRandom(9);
    const rb = createRandom(9);
    for (let i = 0; i < 50; i++) expect(a(ra, 'male')).toBe(b(rb, 'male'));
  });
});
