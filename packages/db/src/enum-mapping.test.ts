import { SCHEME_CODES } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import {
  FieldMetric,
  RespondentGroup,
  Scheme,
  VerificationOutcome,
} from '../generated/prisma/client.ts';
import {
  fieldMetricToDb,
  outcomeToDb,
  respondentGroupFromDb,
  respondentGroupToDb,
  schemeFromDb,
  schemeToDb,
} from './enum-mapping.ts';

describe('domain codes ↔ database enums', () => {
  it('maps every scheme both ways onto an existing enum value', () => {
    for (const scheme of SCHEME_CODES) {
      expect(Object.values(Scheme)).toContain(schemeToDb(scheme));
      expect(schemeFromDb(schemeToDb(scheme))).toBe(scheme);
    }
  });

  it('maps respondent groups, metrics and outcomes onto existing enum values', () => {
    expect(respondentGroupToDb('residentBeneficiary')).toBe(RespondentGroup.RESIDENT_BENEFICIARY);
    expect(respondentGroupFromDb(RespondentGroup.INSTITUTION_RETIREE)).toBe('institutionRetiree');
    expect(fieldMetricToDb('policyAwarenessRate')).toBe(FieldMetric.POLICY_AWARENESS_RATE);
    expect(outcomeToDb('duplicateEnrolment')).toBe(VerificationOutcome.DUPLICATE_ENROLMENT);
  });
});
