/**
 * Public surface of the engine: the only module shells and adapters import from.
 * Pure: no I/O, no Office, no React.
 */
export type { RawCell, RawDate, RawError, RawTable, RawWorkbook } from './input/rawWorkbook';
export { rawDate, rawError } from './input/rawWorkbook';
export {
  columnLetters,
  cellAddress,
  parseCellAddress,
  parseRange,
  formatRange,
  type CellRange,
} from './input/cellAddress';
export { frenchNumber } from './numbers/formatMoney';
export type { Problem, Severity } from './problems/problem';
export type { ProblemCode } from './problems/problemCode';
export * from './plan/writePlan';
export type * from './contract/resultJson';
export type * from './contract/runTypes';
export { runQuotePart } from './api/runQuotePart';
export { inspectWorkbook } from './api/inspectWorkbook';
export { stabilityVerdict, verdictWords } from './scenarios/stabilityVerdict';
// Annexes, HTML report and titres export (read a valid `RunOutcome`; see docs/annexes.md, docs/exports.md).
export type * from './contract/runDetails';
export type { AnnexMemberMatch } from './annex/findAnnexMember';
export { OutcomeUseError, type OutcomeForAnnexes } from './annex/annexSource';
export { matchAnnexMember, buildMemberAnnexPlan } from './annex/memberAnnexPlan';
export { ANNEX_SHEET_PREFIX, MEMBER_ANNEX_SHEET } from './annex/annexSheetNames';
export {
  buildHtmlReport,
  buildHtmlReport as buildReport,
  type ReportOptions,
} from './report/buildHtmlReport';
export {
  exportTitres,
  reductionsPathFor,
  type TitresExport,
  type ExportFile,
  type ExportNotice,
} from './export/exportTitres';
export {
  EXPORT_PROFILES,
  DEFAULT_EXPORT_PROFILE,
  type ExportProfile,
  type ExportColumn,
  type ExportDateFormat,
} from './export/exportProfiles';
export type { ExportField } from './export/exportFields';
export { findExportProfile } from './export/findExportProfile';
// Spreadsheet functions (=QUOTEPART.REPARTIR and friends; see docs/fonctions.md).
export {
  repartir,
  repartirCle,
  part,
  paliers,
  type SheetError,
  type SheetErrorKind,
  type SheetResult,
} from './sheetFunctions';
// Printable convention annex (PDF): a document model the PDF adapter lays out (docs/sorties.md).
export type * from './report/convention/conventionAnnexModel';
export {
  buildConventionAnnex,
  requireAnnexService,
  conventionAnnexLines,
  MAX_PRINTED_LINES,
  type ConventionAnnexOptions,
} from './report/convention/buildConventionAnnex';
