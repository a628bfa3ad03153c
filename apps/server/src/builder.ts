import type { PrismaClient } from '@jixiao/db';
import type PrismaTypes from '@jixiao/db/pothos-types';
import { getDatamodel } from '@jixiao/db/pothos-types';
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError } from 'graphql';
import { unauthenticated } from './auth/guards.ts';
import type { Viewer } from './auth/viewer.ts';
import type { Context } from './context.ts';
import { argumentsError } from './schema/input-schemas.ts';

/**
 * The Pothos builder and its plugins; it defines no types. Scopes:
 * - `signedIn`: any valid access token;
 * - `roles`: one of the listed roles;
 * - `readDivision` / `captureIn` / `manageCounty`: checked against a division code by the
 *   resolvers themselves through auth/access-policy.ts (the code comes from the arguments).
 */
export interface AuthScopes {
  signedIn: boolean;
  roles: Viewer['role'][];
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Decimal: { Input: string; Output: string | { toString(): string } };
    BigInt: { Input: bigint; Output: bigint | number };
    /** Any JSON value: sync records, validated field by field by the domain validators. */
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  plugins: [
    ScopeAuthPlugin,
    ErrorsPlugin,
    PrismaPlugin,
    RelayPlugin,
    ValidationPlugin,
    ComplexityPlugin,
  ],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => ({
      signedIn: context.viewer !== null,
      roles: (roles) => context.viewer !== null && roles.includes(context.viewer.role),
    }),
    unauthorizedError: (_parent, context) => {
      if (context.viewer !== null) {
        return new GraphQLError('无权执行此操作', { extensions: { code: 'FORBIDDEN' } });
      }
      return unauthenticated(context);
    },
  },
  errors: { defaultTypes: [] },
  validation: { validationError: (failure) => argumentsError(failure.issues) },
  prisma: {
    client: (context: Context): PrismaClient => context.db.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    limit: { complexity: 20_000, depth: 12, breadth: 300 },
    complexityError: (kind, result) =>
      new GraphQLError(
        `查询过于复杂（${kind} ${result[kind.toLowerCase() as 'depth' | 'breadth' | 'complexity']}` +
          ` 超过上限 ${result[`max${kind}` as 'maxDepth' | 'maxBreadth' | 'maxComplexity']}）`,
        { extensions: { code: 'QUERY_TOO_COMPLEX', kind } },
      ),
  },
});

builder.queryType({});
builder.mutationType({});
