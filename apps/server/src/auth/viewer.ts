import type { Role } from '@jixiao/db';

/** The signed-in user as every resolver sees them. */
export interface Viewer {
  id: string;
  username: string;
  role: Role;
  /** A prefecture (viewer), a county (manager, worker) or null (admin). */
  scopeCode: string | null;
  /** The townships a field worker writes in. */
  townshipCodes: string[];
}
