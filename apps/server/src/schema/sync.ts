import { requireRead, requireViewer } from '../auth/guards.ts';
import { builder } from '../builder.ts';
import type { SyncRecordResult } from '../services/sync-result.ts';
import {
  MAX_SYNC_BATCH,
  syncSurveyResponses,
  syncVerifications,
} from '../services/sync-service.ts';
import {
  type VerificationConflict,
  type VerificationSummary,
  verificationConflicts,
} from '../services/verification-conflicts.ts';
import { VerificationOutcomeEnum } from './enums.ts';
import { FieldErrorRef } from './errors.ts';
import { RosterPersonRef } from './roster.ts';

/** 同步 — field workers' batches of captured records, and the repeat verifications they leave. */
const SyncStatusEnum = builder.enumType('SyncStatus', {
  values: {
    ACCEPTED: { description: 'Stored now' },
    ALREADY_RECEIVED: { description: 'Same id, same content stored before: nothing written' },
    CONFLICT: { description: 'Same id, different content stored before: nothing written' },
    REJECTED: { description: 'Not stored: the record is wrong; see errors, correct and resend' },
    RETRY_LATER: {
      description: 'Not stored for a reason of the server’s: keep the record and send it again',
    },
  } as const,
});

const SyncRecordResultRef = builder.objectRef<SyncRecordResult>('SyncRecordResult').implement({
  description: "One record's fate, in input order",
  fields: (t) => ({
    id: t.exposeString('id', { nullable: true, description: "The record's id, if readable" }),
    index: t.exposeInt('index', { description: 'Position in the batch, from 0' }),
    status: t.field({ type: SyncStatusEnum, resolve: (result) => result.status }),
    errors: t.field({ type: [FieldErrorRef], resolve: (result) => result.errors }),
    counted: t.exposeBoolean('counted', {
      nullable: true,
      description:
        'Verifications: whether this is the counted verification of the person and year ' +
        '(the latest capture); null for survey responses and refused records',
    }),
    lateForLockedYear: t.exposeBoolean('lateForLockedYear', {
      nullable: true,
      description: 'Stored after the county locked the year: kept and flagged, not counted',
    }),
  }),
});

const RECORDS_DESCRIPTION =
  `At most ${MAX_SYNC_BATCH} records, each a JSON object as the phone saved it (see ` +
  '@jixiao/domain capture records); every record is checked and stored on its own';

builder.mutationField('syncVerifications', (t) =>
  t.field({
    type: [SyncRecordResultRef],
    description: '发放人员核实记录 sync: one result per record, in input order',
    authScopes: { roles: ['FIELD_WORKER'] },
    args: {
      records: t.arg({ type: ['JSON'], required: true, description: RECORDS_DESCRIPTION }),
    },
    resolve: (_root, { records }, context) =>
      syncVerifications(context, requireViewer(context), records),
  }),
);

builder.mutationField('syncSurveyResponses', (t) =>
  t.field({
    type: [SyncRecordResultRef],
    description: '满意度调查记录 sync: one result per record, in input order',
    authScopes: { roles: ['FIELD_WORKER'] },
    args: {
      records: t.arg({ type: ['JSON'], required: true, description: RECORDS_DESCRIPTION }),
    },
    resolve: (_root, { records }, context) =>
      syncSurveyResponses(context, requireViewer(context), records),
  }),
);

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
    }),
  });

builder.queryField('verificationConflicts', (t) =>
  t.connection(
    {
      type: VerificationConflictRef,
      description: "重复核实: a county's people with more than one verification in the year",
      authScopes: { roles: ['COUNTY_MANAGER', 'PREFECTURE_VIEWER', 'ADMIN'] },
      args: {
        countyCode: t.arg.string({ required: true }),
        year: t.arg.int({ required: true }),
      },
      resolve: (_root, args, context) =>
        verificationConflicts(context, requireRead(context, args.countyCode), args),
    },
    { name: 'VerificationConflictConnection' },
  ),
);
