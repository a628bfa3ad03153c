/**
 * What a log keeps of a failure: its name, code and stack frames, never its message. Messages
 * quote values: a validation error of the database client repeats the record it was given, a
 * parse error the text it choked on, and those may hold an ID number or a name.
 */
export function errorFacts(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '));
  return {
    errorName: error.name,
    errorCode: typeof code === 'string' || typeof code === 'number' ? code : null,
    stack: frames.slice(0, 8).join('\n'),
  };
}
