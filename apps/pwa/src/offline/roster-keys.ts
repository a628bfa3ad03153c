import { pinyin } from 'pinyin-pro';
import type { RosterSearchKeys } from './local-database.ts';
import { compactName } from './roster-search.ts';

/**
 * 检索键 — the pinyin of a name, computed once when a roster row is stored. pinyin-pro
 * carries a large dictionary, so this module is loaded only when a roster is downloaded.
 */
export function rosterSearchKeys(name: string): RosterSearchKeys {
  const nameKey = compactName(name);
  const syllables = pinyin(nameKey, {
    toneType: 'none',
    type: 'array',
    v: true,
    // A Han surname is read as a surname (单 shàn, not dān); transliterated names are not.
    surname: 'head',
  })
    .map((syllable) => syllable.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter((syllable) => syllable !== '');
  return {
    nameKey,
    pinyin: syllables.join(''),
    initials: syllables.map((syllable) => syllable[0]).join(''),
  };
}
