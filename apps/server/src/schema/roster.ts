import { requireRead } from '../auth/guards.ts';
import { builder } from '../builder.ts';
import type { RosterPerson } from '../services/roster-person.ts';
import {
  assertTownshipCode,
  ROSTER_PAGE_DEFAULT,
  ROSTER_PAGE_MAX,
  townshipRoster,
} from '../services/roster-service.ts';
import { BeneficiaryStatusEnum, SchemeEnum } from './enums.ts';
import { connectionArgs, versionCursor } from './input-schemas.ts';

/** 名册 — a township's roster for offline use, and the person type other results reuse. */
export const RosterPersonRef = builder.objectRef<RosterPerson>('RosterPerson').implement({
  description:
    '待遇领取人员 as the viewer may see them: ID number and name in full only for the ' +
    "township's field workers and the county manager, masked (6531**********1234, 艾**) " +
    'and without birth date for everyone else',
  fields: (t) => ({
    id: t.exposeID('id', { description: '待遇人员编号 (beneficiaryId in verification records)' }),
    scheme: t.field({ type: SchemeEnum, resolve: (person) => person.scheme }),
    idNumber: t.exposeString('idNumber', { description: '居民身份证号, possibly masked' }),
    name: t.exposeString('name', { description: '姓名, possibly masked' }),
    sex: t.exposeString('sex'),
    birthDate: t.exposeString('birthDate', {
      nullable: true,
      description: 'YYYY-MM-DD; null when personal data is masked',
    }),
    townshipCode: t.exposeString('townshipCode'),
    villageCode: t.exposeString('villageCode', { nullable: true }),
    monthlyAmountDue: t.field({
      type: 'Decimal',
      description: '月应发金额 (元)',
      resolve: (person) => person.monthlyAmountDue,
    }),
    status: t.field({ type: BeneficiaryStatusEnum, resolve: (person) => person.status }),
    version: t.field({
      type: 'BigInt',
      description: 'Change sequence: the row changed after any sinceVersion below it',
      resolve: (person) => person.version,
    }),
    masked: t.exposeBoolean('masked', { description: 'Whether ID number and name are masked' }),
  }),
});

builder.queryField('townshipRoster', (t) =>
  t.connection(
    {
      type: RosterPersonRef,
      description:
        `A township's roster in version order, ${ROSTER_PAGE_DEFAULT} per page by default ` +
        `(at most ${ROSTER_PAGE_MAX}). With sinceVersion, only the rows changed since. Keep ` +
        "the first page's maxVersion and pass it as sinceVersion next time, once every page " +
        'has been read.',
      authScopes: { signedIn: true },
      args: {
        townshipCode: t.arg.string({ required: true }),
        sinceVersion: t.arg({ type: 'BigInt' }),
      },
      validate: connectionArgs(versionCursor),
      resolve: (_root, args, context) => {
        assertTownshipCode(args.townshipCode);
        const viewer = requireRead(context, args.townshipCode);
        return townshipRoster(context, viewer, args);
      },
    },
    {
      name: 'TownshipRosterConnection',
      fields: (connection) => ({
        maxVersion: connection.field({
          type: 'BigInt',
          description: "The township's highest row version when the page was read ('0' if none)",
          resolve: (page) => page.maxVersion,
        }),
        departedIds: connection.field({
          type: ['ID'],
          description:
            'With sinceVersion: the people who left the township since (moved to another ' +
            'township or removed from the roster). Delete them on the phone, except those ' +
            'among the rows (they came back). The same list on every page.',
          resolve: (page) => page.departedIds,
        }),
      }),
    },
  ),
);
