import type {
  FieldMetric as DomainFieldMetric,
  RespondentGroup as DomainRespondentGroup,
  Scheme as DomainScheme,
  VerificationOutcome as DomainVerificationOutcome,
} from '@jixiao/domain';
import type {
  FieldMetric,
  RespondentGroup,
  Scheme,
  VerificationOutcome,
} from '../generated/prisma/client.ts';

/**
 * The domain speaks camelCase codes ('residentPension'); the database and the GraphQL schema use
 * SCREAMING_CASE enums ('RESIDENT_PENSION'). These are the only conversions between the two.
 */
const screaming = new Map<string, string>();

/** camelCase → SCREAMING_CASE, remembered (a handful of codes, asked for every synced record). */
function toScreaming(code: string): string {
  let converted = screaming.get(code);
  if (converted === undefined) {
    converted = code.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
    if (screaming.size < 256) screaming.set(code, converted);
  }
  return converted;
}

function toCamel(code: string): string {
  return code.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

export const schemeToDb = (scheme: DomainScheme): Scheme => toScreaming(scheme) as Scheme;
export const schemeFromDb = (scheme: Scheme): DomainScheme => toCamel(scheme) as DomainScheme;

export const respondentGroupToDb = (group: DomainRespondentGroup): RespondentGroup =>
  toScreaming(group) as RespondentGroup;
export const respondentGroupFromDb = (group: RespondentGroup): DomainRespondentGroup =>
  toCamel(group) as DomainRespondentGroup;

export const fieldMetricToDb = (metric: DomainFieldMetric): FieldMetric =>
  toScreaming(metric) as FieldMetric;

export const outcomeToDb = (outcome: DomainVerificationOutcome): VerificationOutcome =>
  toScreaming(outcome) as VerificationOutcome;
