import { canReadDivision } from '../auth/access-policy.ts';
import { requireRead, requireViewer } from '../auth/guards.ts';
import { builder } from '../builder.ts';
import { divisionCode } from './input-schemas.ts';

/** 行政区划: the organisation tree, filtered to what the viewer may read. */
export const DivisionLevelEnum = builder.enumType('DivisionLevel', {
  values: ['REGION', 'PREFECTURE', 'COUNTY', 'TOWNSHIP', 'VILLAGE'] as const,
});

export const DivisionRef = builder.prismaObject('Division', {
  description: '行政区划 (GB/T 2260 code); generated = made up for demo data',
  fields: (t) => ({
    code: t.exposeID('code'),
    name: t.exposeString('name'),
    level: t.expose('level', { type: DivisionLevelEnum }),
    parentCode: t.exposeString('parentCode', { nullable: true }),
    generated: t.exposeBoolean('generated'),
    children: t.relation('children', {
      query: { orderBy: { code: 'asc' } },
      // Only the children the viewer may read (a field worker: their own townships' villages).
      resolve: async (query, division, _args, context) => {
        const viewer = requireViewer(context);
        const children = await context.db.prisma.division.findMany({
          ...query,
          where: { parentCode: division.code },
        });
        return children.filter((child) => canReadDivision(viewer, child.code));
      },
    }),
  }),
});

builder.queryField('division', (t) =>
  t.prismaField({
    type: 'Division',
    nullable: true,
    authScopes: { signedIn: true },
    args: { code: t.arg.string({ required: true, validate: divisionCode }) },
    resolve: (query, _root, { code }, context) => {
      requireRead(context, code);
      return context.db.prisma.division.findUnique({ ...query, where: { code } });
    },
  }),
);
