import type { Beneficiary, BeneficiaryStatus, Scheme } from '@jixiao/db';
import { maskIdNumber, maskName } from '@jixiao/domain';
import { seesPersonalData } from '../auth/access-policy.ts';
import type { Viewer } from '../auth/viewer.ts';

/**
 * A person on the roster as one viewer may see them: the ID number and the name in full only
 * for the roles that work with the people themselves (the township's field worker, the county
 * manager); masked (6531**********1234, 艾**) and without the birth date for everyone else.
 */
export interface RosterPerson {
  id: string;
  countyCode: string;
  townshipCode: string;
  villageCode: string | null;
  scheme: Scheme;
  idNumber: string;
  name: string;
  sex: string;
  /** YYYY-MM-DD, or null when masked. */
  birthDate: string | null;
  monthlyAmountDue: string;
  status: BeneficiaryStatus;
  version: bigint;
  /** Whether idNumber and name are masked for this viewer. */
  masked: boolean;
}

/** The columns a RosterPerson is made of (a Prisma `select`). */
export const ROSTER_PERSON_SELECT = {
  id: true,
  countyCode: true,
  townshipCode: true,
  villageCode: true,
  scheme: true,
  idNumber: true,
  name: true,
  sex: true,
  birthDate: true,
  monthlyAmountDue: true,
  status: true,
  version: true,
} as const;

export type RosterRow = Pick<Beneficiary, keyof typeof ROSTER_PERSON_SELECT>;

export function presentPerson(viewer: Viewer, row: RosterRow): RosterPerson {
  const full = seesPersonalData(viewer, row.townshipCode);
  return {
    id: row.id,
    countyCode: row.countyCode,
    townshipCode: row.townshipCode,
    villageCode: row.villageCode,
    scheme: row.scheme,
    idNumber: full ? row.idNumber : maskIdNumber(row.idNumber),
    name: full ? row.name : maskName(row.name),
    sex: row.sex,
    birthDate: full ? row.birthDate.toISOString().slice(0, 10) : null,
    monthlyAmountDue: row.monthlyAmountDue.toFixed(2),
    status: row.status,
    version: row.version,
    masked: !full,
  };
}
