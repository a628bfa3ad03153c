export * from './expression.ts';
export * from './normalize-expression-text.ts';
export * from './parse-expression.ts';
