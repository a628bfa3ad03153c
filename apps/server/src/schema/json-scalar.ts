import { valueFromASTUntyped } from 'graphql';
import { builder } from '../builder.ts';

/**
 * Any JSON value, taken as it comes. Sync batches use it for their records so that each record
 * is checked by the domain validator, with field-level errors in its own result, instead of
 * GraphQL refusing the whole batch over one malformed record.
 */
builder.scalarType('JSON', {
  description: 'Any JSON value (sync records: validated one by one, with field-level errors)',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (node, variables) => valueFromASTUntyped(node, variables ?? undefined),
});
