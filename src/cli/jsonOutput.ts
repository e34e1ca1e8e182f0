/**
 * Writes the `--json` result (src/cli/json/): for a valid run, on a worker thread in the
 * same pass as the workbook (`writeJsonWithWorkbook`); otherwise whole, on the main
 * thread (`writeJsonFile`). Either way exactly the text `JSON.stringify(document, null, 2)`
 * gives, plus a newline, renamed into place from a temporary file.
 */
export { JsonDocumentText, jsonDocumentPieces } from './json/jsonDocumentText';
export { writeJsonFile } from './json/writeJsonFile';
export { writeJsonWithWorkbook, type StreamedRun } from './json/writeJsonWithWorkbook';
