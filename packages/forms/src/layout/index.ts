// The pure layout pieces of the forms (no exceljs): what the XLSX writer and the PWA's printed
// page share.
export * from './footnotes.ts';
export * from './level-runs.ts';
