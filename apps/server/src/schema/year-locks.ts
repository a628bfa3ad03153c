import { builder } from '../builder.ts';
import {
  lockYear,
  unlockYear,
  type YearLockStatus,
  yearLockStatus,
} from '../services/year-lock-service.ts';
import { InvalidInputError } from './errors.ts';

/**
 * 年度锁定 — a county manager closes (or reopens) a year. Records of a locked year synced later
 * are kept and flagged as late, and the rollups do not count them.
 */
const YearLockStatusRef = builder.objectRef<YearLockStatus>('YearLockStatus').implement({
  fields: (t) => ({
    countyCode: t.exposeString('countyCode'),
    year: t.exposeInt('year'),
    locked: t.exposeBoolean('locked'),
    lockedAt: t.expose('lockedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryField('yearLock', (t) =>
  t.field({
    type: YearLockStatusRef,
    authScopes: { roles: ['COUNTY_MANAGER', 'PREFECTURE_VIEWER', 'ADMIN'] },
    errors: { types: [InvalidInputError] },
    description: 'Whether a county’s year is locked (records synced after the lock do not count)',
    args: {
      countyCode: t.arg.string({ required: true }),
      year: t.arg.int({ required: true }),
    },
    resolve: (_root, { countyCode, year }, context) => yearLockStatus(context, countyCode, year),
  }),
);

builder.mutationField('lockYear', (t) =>
  t.field({
    type: YearLockStatusRef,
    authScopes: { roles: ['COUNTY_MANAGER'] },
    errors: { types: [InvalidInputError] },
    description: 'Locks a year of the manager’s county; locking a locked year keeps the first lock',
    args: {
      countyCode: t.arg.string({ required: true }),
      year: t.arg.int({ required: true }),
    },
    resolve: (_root, { countyCode, year }, context) => lockYear(context, countyCode, year),
  }),
);

builder.mutationField('unlockYear', (t) =>
  t.field({
    type: YearLockStatusRef,
    authScopes: { roles: ['COUNTY_MANAGER'] },
    errors: { types: [InvalidInputError] },
    description: 'Reopens a year of the manager’s county',
    args: {
      countyCode: t.arg.string({ required: true }),
      year: t.arg.int({ required: true }),
    },
    resolve: (_root, { countyCode, year }, context) => unlockYear(context, countyCode, year),
  }),
);
