export * from './divisions.ts';
export * from './person-names.ts';
export * from './projects.ts';
export * from './random.ts';
export * from './roster.ts';
export * from './survey-template.ts';
export * from './users.ts';
