import { requireViewer } from '../auth/guards.ts';
import { builder } from '../builder.ts';
import type { SyncRecordResult } from '../services/sync-result.ts';
import {
  MAX_SYNC_BATCH,
  syncSurveyResponses,
  syncVerifications,
} from '../services/sync-service.ts';
import { FieldErrorRef } from './errors.ts';

/** 同步 — field workers' batches of captured records. */
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
