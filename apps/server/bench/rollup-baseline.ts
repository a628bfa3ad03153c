/**
 * The county rollup's figures as ONE raw SQL statement — the baseline the API's rollup is
 * compared with: the same three aggregations (verifications, survey responses, roster) grouped
 * by township, returned together.
 */
export const ROLLUP_BASELINE_SQL = `
WITH v AS (
  SELECT "townshipCode",
    count(*) FILTER (WHERE counted AND NOT "lateForLockedYear") AS verified,
    count(*) FILTER (WHERE counted AND NOT "lateForLockedYear" AND outcome = 'ALIVE_ELIGIBLE') AS alive,
    count(*) FILTER (WHERE counted AND NOT "lateForLockedYear" AND outcome = 'DECEASED') AS deceased,
    count(*) FILTER (WHERE counted AND NOT "lateForLockedYear" AND outcome = 'MOVED') AS moved,
    count(*) FILTER (WHERE counted AND NOT "lateForLockedYear" AND outcome = 'IMPRISONED') AS imprisoned,
    count(*) FILTER (WHERE counted AND NOT "lateForLockedYear" AND outcome = 'DUPLICATE_ENROLMENT') AS duplicate,
    count(*) FILTER (WHERE counted AND NOT "lateForLockedYear" AND outcome = 'OTHER_INELIGIBLE') AS other,
    count(*) FILTER (WHERE counted AND NOT "lateForLockedYear" AND outcome = 'ALIVE_ELIGIBLE' AND "paymentCorrect") AS paid,
    count(*) FILTER (WHERE counted AND NOT "lateForLockedYear" AND "ineligiblePayment" > 0) AS ineligible,
    coalesce(sum("ineligiblePayment") FILTER (WHERE counted AND NOT "lateForLockedYear"), 0) AS recover,
    count(*) FILTER (WHERE "lateForLockedYear") AS late
  FROM "Verification" WHERE "countyCode" = $1 AND year = $2 GROUP BY "townshipCode"),
s AS (
  SELECT "townshipCode", "respondentGroup", count(*) AS responses,
    sum("satisfactionAnswers") AS answers, sum("satisfiedAnswers") AS satisfied,
    count(*) FILTER (WHERE "satisfactionAnswers" > 0) AS respondents,
    sum("awarenessAnswers") AS aware_answers, sum("awareAnswers") AS aware
  FROM "SurveyResponse" WHERE "countyCode" = $1 AND year = $2 AND NOT "lateForLockedYear"
  GROUP BY "townshipCode", "respondentGroup"),
r AS (
  SELECT "townshipCode", count(*) AS roster FROM "Beneficiary"
  WHERE "countyCode" = $1 AND status IN ('ACTIVE', 'SUSPENDED') GROUP BY "townshipCode")
SELECT (SELECT json_agg(v) FROM v) AS verifications, (SELECT json_agg(s) FROM s) AS surveys,
  (SELECT json_agg(r) FROM r) AS roster`;

/** The GraphQL query a county manager's dashboard sends for the same figures. */
export const ROLLUP_QUERY = `query Rollup($code: String!, $year: Int!) {
  rollup(divisionCode: $code, year: $year) {
    divisionName
    verifications { roster verified coverage paymentAccuracy ineligiblePayments amountToRecover
      outcomes { aliveEligible deceased moved imprisoned duplicateEnrolment otherIneligible } }
    surveys { total { responses satisfaction { rate interval { lower upper } smallSample } } }
    townships { code name
      verifications { roster verified coverage paymentAccuracy }
      surveys { total { responses satisfaction { rate smallSample } } } }
  }
}`;
