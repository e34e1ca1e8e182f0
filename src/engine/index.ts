/**
 * Public surface of the engine: the only module shells and adapters import from.
 * Pure: no I/O, no Office, no React.
 */
export type { RawCell, RawDate, RawError, RawTable, RawWorkbook } from './input/rawWorkbook';
export { rawDate, rawError } from './input/rawWorkbook';
export type { Problem, Severity } from './problems/problem';
export * from './plan/writePlan';
export type * from './api/resultJson';
export type * from './api/runTypes';
export { runQuotePart } from './api/runQuotePart';
export { inspectWorkbook } from './api/inspectWorkbook';
