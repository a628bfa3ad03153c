import { builder } from '../builder.ts';

/**
 * Expected failures are typed results (the errors plugin puts them in each field's result union),
 * never thrown strings: the client switches on __typename and reads the fields.
 */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
  constructor(
    message: string,
    readonly fieldErrors: { field: string; message: string }[],
  ) {
    super(message);
  }
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

export class InvalidCredentialsError extends Error {
  override name = 'InvalidCredentialsError';
}

export class AccountLockedError extends Error {
  override name = 'AccountLockedError';
  constructor(
    message: string,
    readonly lockedUntil: Date,
  ) {
    super(message);
  }
}

export class TooManyAttemptsError extends Error {
  override name = 'TooManyAttemptsError';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export const FieldErrorRef = builder
  .objectRef<{ field: string; message: string }>('FieldError')
  .implement({
    description: 'Why one field was refused: its dotted path and a Chinese message',
    fields: (t) => ({
      field: t.exposeString('field'),
      message: t.exposeString('message'),
    }),
  });

const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  fields: (t) => ({ message: t.exposeString('message') }),
});

builder.objectType(InvalidInputError, {
  name: 'InvalidInputError',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    fieldErrors: t.field({ type: [FieldErrorRef], resolve: (error) => error.fieldErrors }),
  }),
});

builder.objectType(NotFoundError, { name: 'NotFoundError', interfaces: [ErrorInterface] });

builder.objectType(InvalidCredentialsError, {
  name: 'InvalidCredentialsError',
  interfaces: [ErrorInterface],
});

builder.objectType(AccountLockedError, {
  name: 'AccountLockedError',
  interfaces: [ErrorInterface],
  fields: (t) => ({ lockedUntil: t.expose('lockedUntil', { type: 'DateTime' }) }),
});

builder.objectType(TooManyAttemptsError, {
  name: 'TooManyAttemptsError',
  description: 'Too many login attempts from this address or for this user: wait, then retry',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt('retryAfterSeconds', {
      description: 'Seconds to wait before the next attempt',
    }),
  }),
});
