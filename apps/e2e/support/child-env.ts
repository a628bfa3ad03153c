/**
 * The environment for the processes the specs start (the vite build, the server): the
 * machine's, without what vitest sets for itself. vitest sets NODE_ENV=test, which would make
 * vite build React's development bundle and a service worker with an empty precache.
 */
export function childEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key === 'NODE_ENV' || key === 'TEST' || key.startsWith('VITEST')) continue;
    env[key] = value;
  }
  return { ...env, ...overrides };
}
