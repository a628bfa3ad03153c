import { lexicographicSortSchema } from 'graphql';
import { builder } from '../builder.ts';
import './scalars.ts';
import './errors.ts';
import './auth.ts';
import './divisions.ts';

/** Imports every type module, then builds the schema; defines no types itself. */
export const schema = lexicographicSortSchema(builder.toSchema());
