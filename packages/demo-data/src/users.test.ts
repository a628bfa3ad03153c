import { describe, expect, it } from 'vitest';
import { divisionByCode } from './divisions.ts';
import { DEMO_PASSWORD, DEMO_ROLES, DEMO_USERS } from './users.ts';

describe('demo users', () => {
  it('covers every role with unique usernames', () => {
    expect(new Set(DEMO_USERS.map((u) => u.role))).toEqual(new Set(DEMO_ROLES));
    expect(new Set(DEMO_USERS.map((u) => u.username)).size).toBe(DEMO_USERS.length);
    expect(DEMO_USERS.map((u) => u.username)).toEqual([
      'admin',
      'kashgar-viewer',
      'bayingol-viewer',
      'shache-manager',
      'heshuo-manager',
      'shache-worker',
      'shache-worker2',
      'heshuo-worker',
    ]);
  });

  it('scopes each role to a division of the right level', () => {
    const expectedLevel = {
      ADMIN: null,
      PREFECTURE_VIEWER: 'prefecture',
      COUNTY_MANAGER: 'county',
      FIELD_WORKER: 'county',
    } as const;
    for (const user of DEMO_USERS) {
      const level = user.scopeCode === null ? null : divisionByCode(user.scopeCode)?.level;
      expect([user.username, level]).toEqual([user.username, expectedLevel[user.role]]);
    }
  });

  it('gives field workers townships of their county, and nobody else townships', () => {
    for (const user of DEMO_USERS) {
      if (user.role !== 'FIELD_WORKER') {
        expect(user.townshipCodes).toEqual([]);
        continue;
      }
      expect(user.townshipCodes.length).toBeGreaterThan(0);
      for (const code of user.townshipCodes) {
        expect(divisionByCode(code)?.parentCode).toBe(user.scopeCode);
      }
    }
    const names = (username: string) =>
      DEMO_USERS.find((u) => u.username === username)?.townshipCodes.map(
        (code) => divisionByCode(code)?.name,
      );
    expect(names('shache-worker')).toEqual(['莎车镇', '阿热勒乡']);
    expect(names('shache-worker2')).toEqual(['托木吾斯塘镇']);
    expect(names('heshuo-worker')).toEqual(['特吾里克镇', '塔哈其镇']);
  });

  it('gives every user the documented demo password and a Chinese display name', () => {
    for (const user of DEMO_USERS) {
      expect(user.password).toBe(DEMO_PASSWORD);
      expect(user.displayName).toMatch(/\p{Script=Han}/u);
    }
  });
});
