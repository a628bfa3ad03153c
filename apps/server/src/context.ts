import type { Database } from '@jixiao/db';
import type { Logger } from 'pino';
import type { LoginThrottle } from './auth/login-throttle.ts';
import type { TokenConfig } from './auth/tokens.ts';
import type { Viewer } from './auth/viewer.ts';

/** What every resolver gets: the viewer (or null), the database, the logger, the request's device. */
export interface Context {
  viewer: Viewer | null;
  /** Why there is no viewer although a token was sent: the client should refresh or log in. */
  tokenProblem: 'expired' | 'invalid' | null;
  db: Database;
  logger: Logger;
  tokens: TokenConfig;
  /** The X-Device-Id header a phone sends with its syncs, for the audit log. */
  deviceId: string | null;
  /** The client's address (behind a trusted proxy, the one it saw), for login throttling. */
  clientAddress: string;
  /** The process's login throttle (per address and per username). */
  loginThrottle: LoginThrottle;
  /** The current time, one value per request. */
  now: Date;
}
