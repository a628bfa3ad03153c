import { idCheckCharacter } from '@jixiao/domain';
import type { RosterPerson } from '../api/roster-documents.ts';

/**
 * 生成的花名册 — made-up people for tests and the search benchmark (not real persons).
 * Uyghur names as written in Chinese (given name · father's name) and Han names, with
 * valid ID numbers of 莎车县 (653125), in generated villages of 莎车镇 (653125100).
 */

const UYGHUR_NAMES = [
  '艾麦提',
  '玉苏甫',
  '买买提',
  '阿不都',
  '吐尔逊',
  '热合曼',
  '依明',
  '努尔',
  '阿依古丽',
  '古丽娜尔',
  '帕提古丽',
  '热依拉',
  '阿布拉',
  '库尔班',
  '肉孜',
  '亚森',
  '吾守尔',
  '艾尔肯',
  '迪丽拜尔',
  '米娜瓦尔',
];

const HAN_SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '马', '罗'];
const HAN_GIVEN = ['建国', '秀英', '桂兰', '志强', '丽', '军', '平', '红梅', '海燕', '德明'];

export const FIXTURE_TOWNSHIP = '653125100';

/** A small deterministic random generator (mulberry32), so every run builds the same list. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  const item = items[Math.floor(next() * items.length)];
  if (item === undefined) throw new Error('empty list');
  return item;
}

/** An ID number of 莎车县 with a valid check character. */
export function fixtureIdNumber(birthDate: string, sequence: number): string {
  const serial = String(sequence % 1000).padStart(3, '0');
  const first17 = `653125${birthDate.replaceAll('-', '')}${serial}`;
  return `${first17}${idCheckCharacter(first17)}`;
}

/** `count` generated people; the same `seed` gives the same list. */
export function generateRoster(count: number, seed = 2020): RosterPerson[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, index) => {
    const uyghur = next() < 0.8;
    const name = uyghur
      ? `${pick(UYGHUR_NAMES, next)}·${pick(UYGHUR_NAMES, next)}`
      : `${pick(HAN_SURNAMES, next)}${pick(HAN_GIVEN, next)}`;
    const year = 1935 + Math.floor(next() * 25);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
    const birthDate = `${year}-${month}-${day}`;
    const village = String(201 + Math.floor(next() * 20)).padStart(3, '0');
    const institution = next() < 0.1;
    return {
      id: `B-${FIXTURE_TOWNSHIP}-${String(index + 1).padStart(6, '0')}`,
      scheme: institution ? 'INSTITUTION_PENSION' : 'RESIDENT_PENSION',
      idNumber: fixtureIdNumber(birthDate, index),
      name,
      masked: false,
      sex: index % 2 === 0 ? 'MALE' : 'FEMALE',
      birthDate,
      townshipCode: FIXTURE_TOWNSHIP,
      villageCode: `${FIXTURE_TOWNSHIP}${village}`,
      monthlyAmountDue: institution ? '4210.50' : '203.80',
      status: 'ACTIVE',
      version: String(index + 1),
    };
  });
}
