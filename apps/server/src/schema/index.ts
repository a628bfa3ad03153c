import { lexicographicSortSchema } from 'graphql';
import { builder } from '../builder.ts';
import './scalars.ts';
import './json-scalar.ts';
import './enums.ts';
import './errors.ts';
import './auth.ts';
import './divisions.ts';
import './roster.ts';
import './survey-template.ts';
import './sync.ts';
import './verification-conflicts.ts';
import './rollups.ts';
import './projects.ts';
import './indicator-mutations.ts';
import './year-locks.ts';
import './roster-import.ts';
import './evaluate.ts';
import './form-exports.ts';
import './project-form-header.ts';

/** Imports every type module, then builds the schema; defines no types itself. */
export const schema = lexicographicSortSchema(builder.toSchema());
