import { describe, expect, it } from 'vitest';
import { enumToCode } from './survey-template-documents.ts';

describe('enumToCode', () => {
  it.each([
    ['INSTITUTION_RETIREE', 'institutionRetiree'],
    ['RESIDENT_BENEFICIARY', 'residentBeneficiary'],
    ['CONTRIBUTOR', 'contributor'],
    ['SATISFACTION', 'satisfaction'],
    ['residentBeneficiary', 'residentBeneficiary'],
  ])('reads the GraphQL enum %s as the domain code %s', (value, code) => {
    expect(enumToCode(value)).toBe(code);
  });
});
