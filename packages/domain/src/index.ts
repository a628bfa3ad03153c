export * from './administrative-division.ts';
export * from './evaluation-form.ts';
export * from './expression/index.ts';
export * from './fund-source.ts';
export * from './id-number.ts';
export * from './indicator-taxonomy.ts';
export * from './scheme.ts';
export * from './unit.ts';
