export * from '../generated/prisma/client.ts';
export * from './backup.ts';
export * from './database.ts';
export * from './enum-mapping.ts';
export * from './migrations.ts';
export * from './project-form.ts';
export * from './seed/seed-demo.ts';
export * from './sql-session.ts';
