import { builder } from '../builder.ts';

/**
 * GraphQL enums shared by the roster, sync and rollup types. Their values are the database's
 * (Prisma) enum values; the domain's camelCase codes are mapped by @jixiao/db/enum-mapping.
 */
export const SchemeEnum = builder.enumType('Scheme', {
  description: '险种',
  values: [
    'RESIDENT_PENSION',
    'INSTITUTION_PENSION',
    'EMPLOYEE_PENSION',
    'EMPLOYEE_MEDICAL',
    'RESIDENT_MEDICAL',
    'UNEMPLOYMENT',
    'WORK_INJURY',
    'MATERNITY',
  ] as const,
});

export const BeneficiaryStatusEnum = builder.enumType('BeneficiaryStatus', {
  description: '待遇状态: 正常, 暂停, 终止',
  values: ['ACTIVE', 'SUSPENDED', 'TERMINATED'] as const,
});

export const RespondentGroupEnum = builder.enumType('RespondentGroup', {
  description: '受访人群 (in sync records: institutionRetiree, residentBeneficiary, contributor)',
  values: ['INSTITUTION_RETIREE', 'RESIDENT_BENEFICIARY', 'CONTRIBUTOR'] as const,
});

export const VerificationOutcomeEnum = builder.enumType('VerificationOutcome', {
  description: '核实结果',
  values: [
    'ALIVE_ELIGIBLE',
    'DECEASED',
    'MOVED',
    'IMPRISONED',
    'DUPLICATE_ENROLMENT',
    'OTHER_INELIGIBLE',
  ] as const,
});
