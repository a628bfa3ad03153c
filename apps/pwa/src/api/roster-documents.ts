import { gql } from '@urql/core';

/** 待遇领取人员花名册 — one township's roster, page by page, in full or as changes. */

/** 险种 — the roster's people draw a pension (RESIDENT_PENSION, INSTITUTION_PENSION). */
export type Scheme =
  | 'RESIDENT_PENSION'
  | 'INSTITUTION_PENSION'
  | 'EMPLOYEE_PENSION'
  | 'RESIDENT_MEDICAL'
  | 'EMPLOYEE_MEDICAL'
  | 'UNEMPLOYMENT'
  | 'WORK_INJURY'
  | 'MATERNITY';

export type BeneficiaryStatus = 'ACTIVE' | 'SUSPENDED' | 'TERMINATED';

export interface RosterPerson {
  /** 待遇人员编号 — the beneficiaryId of a verification. */
  id: string;
  scheme: Scheme;
  /** 居民身份证号, 18 characters (masked when `masked`). */
  idNumber: string;
  /** 姓名 (masked when `masked`). */
  name: string;
  /** Whether the server masked ID number and name (a role that may not see them). */
  masked: boolean;
  /** As the server sends it (the schema does not list the values). */
  sex: string;
  /** YYYY-MM-DD; null when masked. */
  birthDate: string | null;
  townshipCode: string;
  /** 12-digit village code, or null when the roster does not say. */
  villageCode: string | null;
  /** 月应发金额（元）, a Decimal as text, e.g. "203.80". */
  monthlyAmountDue: string;
  status: BeneficiaryStatus;
  /** Row version (BigInt as text); rises with every change. */
  version: string;
}

export interface TownshipRosterData {
  townshipRoster: {
    edges: { cursor: string; node: RosterPerson }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    /** The township's highest row version ('0' if none): the next download's `sinceVersion`. */
    maxVersion: string;
    /** On a delta: the people who left the township since (delete them unless among the rows). */
    departedIds: string[];
  };
}

export interface TownshipRosterVariables {
  townshipCode: string;
  /** Only rows changed after this version; null for the whole roster. */
  sinceVersion: string | null;
  first: number;
  after: string | null;
}

export const TOWNSHIP_ROSTER_QUERY = gql<TownshipRosterData, TownshipRosterVariables>(`
  query TownshipRoster(
    $townshipCode: String!
    $sinceVersion: BigInt
    $first: Int
    $after: String
  ) {
    townshipRoster(
      townshipCode: $townshipCode
      sinceVersion: $sinceVersion
      first: $first
      after: $after
    ) {
      edges {
        cursor
        node {
          id
          scheme
          idNumber
          name
          masked
          sex
          birthDate
          townshipCode
          villageCode
          monthlyAmountDue
          status
          version
        }
      }
      pageInfo { hasNextPage endCursor }
      maxVersion
      departedIds
    }
  }
`);
