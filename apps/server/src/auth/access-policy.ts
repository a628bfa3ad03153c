import { isWithin } from '@jixiao/domain';
import type { Viewer } from './viewer.ts';

/**
 * Who may see and do what, by division code. Pure; every resolver asks these.
 * - ADMIN reads everything (personal data masked) and manages users.
 * - PREFECTURE_VIEWER reads the counties under their prefecture (masked).
 * - COUNTY_MANAGER reads and manages one county, personal data included.
 * - FIELD_WORKER reads and writes in their own townships, personal data included.
 */
export function canReadDivision(viewer: Viewer, code: string): boolean {
  switch (viewer.role) {
    case 'ADMIN':
      return true;
    case 'PREFECTURE_VIEWER':
    case 'COUNTY_MANAGER':
      return viewer.scopeCode !== null && isWithin(code, viewer.scopeCode);
    case 'FIELD_WORKER':
      return viewer.townshipCodes.some((township) => isWithin(code, township));
  }
}

/** Field capture: only a field worker, only in their townships (none for the other roles). */
export function captureTownships(viewer: Viewer): readonly string[] {
  return viewer.role === 'FIELD_WORKER' ? viewer.townshipCodes : [];
}

export function canCaptureIn(viewer: Viewer, townshipCode: string): boolean {
  return captureTownships(viewer).includes(townshipCode);
}

/** Manager operations (manual actuals, targets, weights, roster import, year lock). */
export function canManageCounty(viewer: Viewer, countyCode: string): boolean {
  return viewer.role === 'COUNTY_MANAGER' && viewer.scopeCode === countyCode;
}

/** ID numbers and names go only to the roles that work with the people themselves. */
export function seesPersonalData(viewer: Viewer, code: string): boolean {
  if (viewer.role === 'COUNTY_MANAGER') return canReadDivision(viewer, code);
  if (viewer.role === 'FIELD_WORKER') return canReadDivision(viewer, code);
  return false;
}
