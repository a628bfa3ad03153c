import { requireRead } from '../auth/guards.ts';
import { builder } from '../builder.ts';
import {
  MAX_RESOLUTION_NOTE,
  resolveVerificationConflict,
} from '../services/conflict-resolution.ts';
import {
  type ConflictResolution,
  type VerificationConflict,
  type VerificationSummary,
  verificationConflicts,
} from '../services/verification-conflicts.ts';
import { VerificationOutcomeEnum } from './enums.ts';
import { InvalidInputError, NotFoundError } from './errors.ts';
import { connectionArgs, countyCode, textCursor } from './input-schemas.ts';
import { RosterPersonRef } from './roster.ts';

/**
 * 重复核实 — people verified more than once in a year (two workers, a correction): one
 * verification counts, the others are history; the county manager reviews them and may choose
 * the one that counts.
 */
const ConflictResolutionRef = builder
  .objectRef<ConflictResolution>('ConflictResolution')
  .implement({
    description: '处理结果: the verification the county manager chose to count',
    fields: (t) => ({
      resolvedAt: t.expose('resolvedAt', { type: 'DateTime' }),
      note: t.exposeString('note', { nullable: true, description: '处理说明' }),
      newerVerifications: t.exposeInt('newerVerifications', {
        description: 'Verifications received after the choice (they do not count): look again',
      }),
    }),
  });

const VerificationSummaryRef = builder
  .objectRef<VerificationSummary>('VerificationSummary')
  .implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      capturedAt: t.expose('capturedAt', { type: 'DateTime' }),
      receivedAt: t.expose('receivedAt', { type: 'DateTime' }),
      outcome: t.field({ type: VerificationOutcomeEnum, resolve: (item) => item.outcome }),
      workerId: t.exposeID('workerId'),
      townshipCode: t.exposeString('townshipCode'),
      counted: t.exposeBoolean('counted'),
      lateForLockedYear: t.exposeBoolean('lateForLockedYear'),
    }),
  });

const VerificationConflictRef = builder
  .objectRef<VerificationConflict>('VerificationConflict')
  .implement({
    description: 'A person verified more than once in the year: one counts, the others are history',
    fields: (t) => ({
      beneficiaryId: t.exposeID('beneficiaryId'),
      beneficiary: t.field({
        type: RosterPersonRef,
        nullable: true,
        resolve: (conflict) => conflict.beneficiary,
      }),
      counted: t.field({
        type: VerificationSummaryRef,
        nullable: true,
        description: 'The counted verification (none if all arrived after the year was locked)',
        resolve: (conflict) => conflict.counted,
      }),
      others: t.field({
        type: [VerificationSummaryRef],
        description: 'The verifications that do not count, latest capture first',
        resolve: (conflict) => conflict.others,
      }),
      resolution: t.field({
        type: ConflictResolutionRef,
        nullable: true,
        description: 'The county manager’s choice, if made; until then the latest capture counts',
        resolve: (conflict) => conflict.resolution,
      }),
    }),
  });

builder.queryField('verificationConflicts', (t) =>
  t.connection(
    {
      type: VerificationConflictRef,
      description: "重复核实: a county's people with more than one verification in the year",
      authScopes: { roles: ['COUNTY_MANAGER', 'PREFECTURE_VIEWER', 'ADMIN'] },
      args: {
        countyCode: t.arg.string({ required: true, validate: countyCode }),
        year: t.arg.int({ required: true }),
      },
      validate: connectionArgs(textCursor),
      resolve: (_root, args, context) =>
        verificationConflicts(context, requireRead(context, args.countyCode), args),
    },
    { name: 'VerificationConflictConnection' },
  ),
);

builder.mutationField('resolveVerificationConflict', (t) =>
  t.field({
    type: VerificationConflictRef,
    authScopes: { roles: ['COUNTY_MANAGER'] },
    errors: { types: [InvalidInputError, NotFoundError] },
    description: `Makes this verification the one that counts for its person and year, and keeps that choice against later syncs (note: 处理说明, at most ${MAX_RESOLUTION_NOTE} characters). Refused for a locked year.`,
    args: {
      verificationId: t.arg.id({ required: true }),
      note: t.arg.string(),
    },
    resolve: (_root, { verificationId, note }, context) =>
      resolveVerificationConflict(context, String(verificationId), note ?? null),
  }),
);
