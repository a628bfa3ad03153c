import { gql } from '@urql/core';

/** 行政区划 — a township and its villages, for the worker's village picker. */

export type DivisionLevel = 'REGION' | 'PREFECTURE' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

export interface DivisionSummary {
  code: string;
  name: string;
  level: DivisionLevel;
}

export interface DivisionWithChildren extends DivisionSummary {
  children: DivisionSummary[];
}

export interface DivisionData {
  /** Null when the code is unknown. */
  division: DivisionWithChildren | null;
}

export interface DivisionVariables {
  code: string;
}

export const DIVISION_QUERY = gql<DivisionData, DivisionVariables>(`
  query Division($code: String!) {
    division(code: $code) {
      code
      name
      level
      children { code name level }
    }
  }
`);
