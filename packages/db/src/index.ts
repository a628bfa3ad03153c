export * from '../generated/prisma/client.ts';
export * from './database.ts';
export * from './migrations.ts';
export * from './sql-session.ts';
