import type { SurveyResponseRecord, VerificationRecord } from '@jixiao/domain';
import { validVerification } from '@jixiao/domain/testing';

/** Records as a soak phone sends them, for the soak's own unit tests: one person, one township. */
export const TEST_TOWNSHIP = '653125100';
export const TEST_PERSON = 'person-1';

export function testVerification(
  id: string,
  capturedAt: string,
  fields: Partial<VerificationRecord> = {},
): VerificationRecord {
  return {
    ...validVerification(),
    id,
    capturedAt,
    deviceId: 'phone',
    beneficiaryId: TEST_PERSON,
    idNumber: '',
    amountReceivedYuan: '150',
    ...fields,
  };
}

export function testSurvey(
  id: string,
  answers: SurveyResponseRecord['answers'] = [],
): SurveyResponseRecord {
  return {
    id,
    capturedAt: '2020-10-08T09:00:00+06:00',
    deviceId: 'phone',
    templateId: 't',
    templateVersion: 1,
    year: 2020,
    townshipCode: TEST_TOWNSHIP,
    villageCode: null,
    respondentGroup: 'contributor',
    beneficiaryId: null,
    language: 'zh',
    answers,
    note: null,
  };
}
