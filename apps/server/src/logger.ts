import { type DestinationStream, pino } from 'pino';

/**
 * Structured JSON logs. Nothing personal is ever logged: requests are logged by method, path,
 * status and time only; the redaction below is a second line of defence for fields that might
 * carry an ID number, a name or a token if someone logged an object carelessly.
 */
export function createLogger(level: string, destination?: DestinationStream) {
  const options = {
    level,
    redact: {
      paths: [
        'idNumber',
        'name',
        'password',
        'accessToken',
        'refreshToken',
        'authorization',
        '*.idNumber',
        '*.name',
        '*.password',
        '*.authorization',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
