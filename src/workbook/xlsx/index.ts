/**
 * The xlsx file adapter: reads a workbook file into the engine's RawWorkbook and writes a
 * WritePlan into a copy of it. Used by the CLI (Node only: it uses node:zlib and node:fs).
 */
export { readXlsxWorkbook, readXlsxWorkbookSync } from './read/readXlsxWorkbook';
export { readXlsxFile } from './read/readXlsxFile';
export {
  writeXlsxWithPlan,
  writeXlsxWithPlanToSink,
  InvalidPlanError,
} from './write/writeXlsxWithPlan';
export { writeOutputFile, writeWorkbookFile, writeFileAtomically } from './write/writeOutputFile';
export { XlsxReadError, type XlsxReadErrorCode } from './xlsxReadError';
