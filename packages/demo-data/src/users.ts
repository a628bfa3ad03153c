import { townshipCode } from './divisions.ts';

/**
 * 演示用户 — one or more demo users for every role, scoped to the demo divisions.
 */

/** 角色: 系统管理员, 地州查看, 县级管理, 乡镇外勤. */
export type DemoRole = 'ADMIN' | 'PREFECTURE_VIEWER' | 'COUNTY_MANAGER' | 'FIELD_WORKER';

export const DEMO_ROLES: readonly DemoRole[] = [
  'ADMIN',
  'PREFECTURE_VIEWER',
  'COUNTY_MANAGER',
  'FIELD_WORKER',
];

export interface DemoUser {
  username: string;
  /** 显示名称. */
  displayName: string;
  role: DemoRole;
  /**
   * 管辖范围 — the division the user sees: the prefecture for a viewer, the county for a
   * manager or a field worker, null for the administrator.
   */
  scopeCode: string | null;
  /** 负责乡镇 — the townships a field worker works in; empty for every other role. */
  townshipCodes: string[];
  /** The plain demo password; the seeder hashes it. */
  password: string;
}

/**
 * DEMO ONLY: the one password of every demo user, published in this repository. Never use it,
 * or these users, in a real deployment.
 */
export const DEMO_PASSWORD = 'jixiao-demo-2020';

const SHACHE = '653125';
const HESHUO = '652828';

export const DEMO_USERS: readonly DemoUser[] = [
  {
    username: 'admin',
    displayName: '系统管理员',
    role: 'ADMIN',
    scopeCode: null,
    townshipCodes: [],
    password: DEMO_PASSWORD,
  },
  {
    username: 'kashgar-viewer',
    displayName: '喀什地区人社局（查看）',
    role: 'PREFECTURE_VIEWER',
    scopeCode: '653100',
    townshipCodes: [],
    password: DEMO_PASSWORD,
  },
  {
    username: 'bayingol-viewer',
    displayName: '巴州人社局（查看）',
    role: 'PREFECTURE_VIEWER',
    scopeCode: '652800',
    townshipCodes: [],
    password: DEMO_PASSWORD,
  },
  {
    username: 'shache-manager',
    displayName: '莎车县社会保险管理局',
    role: 'COUNTY_MANAGER',
    scopeCode: SHACHE,
    townshipCodes: [],
    password: DEMO_PASSWORD,
  },
  {
    username: 'heshuo-manager',
    displayName: '和硕县社会保险中心',
    role: 'COUNTY_MANAGER',
    scopeCode: HESHUO,
    townshipCodes: [],
    password: DEMO_PASSWORD,
  },
  {
    username: 'shache-worker',
    displayName: '莎车县外勤一（莎车镇、阿热勒乡）',
    role: 'FIELD_WORKER',
    scopeCode: SHACHE,
    townshipCodes: [townshipCode(SHACHE, '莎车镇'), townshipCode(SHACHE, '阿热勒乡')],
    password: DEMO_PASSWORD,
  },
  {
    username: 'shache-worker2',
    displayName: '莎车县外勤二（托木吾斯塘镇）',
    role: 'FIELD_WORKER',
    scopeCode: SHACHE,
    townshipCodes: [townshipCode(SHACHE, '托木吾斯塘镇')],
    password: DEMO_PASSWORD,
  },
  {
    username: 'heshuo-worker',
    displayName: '和硕县外勤（特吾里克镇、塔哈其镇）',
    role: 'FIELD_WORKER',
    scopeCode: HESHUO,
    townshipCodes: [townshipCode(HESHUO, '特吾里克镇'), townshipCode(HESHUO, '塔哈其镇')],
    password: DEMO_PASSWORD,
  },
];
