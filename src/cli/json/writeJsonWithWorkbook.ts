/**
 * Writes the `--json` document of a valid run in the same pass as the workbook, on a
 * worker thread: while `writeWorkbook` generates the quote-parts and titres sheets, the
 * engine hands each row, as its JSON row, to the main thread's batcher, which posts the
 * rows' values to the JSON worker (src/cli/json/jsonWorker.ts); the worker writes their
 * text meanwhile, on the other core. The smaller arrays follow once the workbook is
 * written. When the pass did not hand every row in order (the workbook writer changed,
 * a sheet was left out), the document is written again, whole, from the run's row
 * sequences. The same worker renders the large worksheet parts' rows (the workbook
 * writer's encoder); the quote-parts and titres rows it writes from their sheets' own
 * row batches when those sheets are offloaded (src/cli/json/projectedJsonRows.ts). The
 * JSON file is renamed into place after the workbook, only if both succeeded; on any
 * failure the worker is stopped and no JSON is left.
 */
import type { GeneratedRowObserver, ResultJsonRows } from '../../engine';
import type { RowsEncoder } from '../../workbook/xlsx/write/offloadedRows';
import { writeAtomically } from '../../workbook/xlsx/write/writeOutputFile';
import { documentKeys, isRowSequence } from './jsonDocumentText';
import { indented } from './jsonText';
import { JsonWorkerClient } from './jsonWorkerClient';
import { RowBatcher } from './rowBatcher';
import { RowsEncoderClient } from './rowsEncoderClient';
import { sharedRing, TextRing } from './textRing';

/**
 * Writes the workbook; `encoder` renders its large tables' rows on the JSON worker, the
 * other core (src/cli/json/rowsEncoderClient.ts).
 */
export type WorkbookWriter<T> = (encoder: RowsEncoder) => Promise<T>;

/** What `writeJsonWithWorkbook` needs from a valid run. */
export interface StreamedRun {
  readonly jsonRows: () => ResultJsonRows;
  readonly observeGeneratedRows: (observer: GeneratedRowObserver | null) => void;
  /** Rows the quote-parts and titres tables have. */
  readonly counts: { readonly quoteParts: number; readonly titres: number };
}

/** Posts the document's keys from `from` on: row sequences row by row, other values as text. */
function postKeys(
  worker: JsonWorkerClient,
  batcher: RowBatcher,
  document: Readonly<Record<string, unknown>>,
  keys: readonly string[],
  from: number,
): void {
  for (let k = from; k < keys.length; k++) {
    const value = document[keys[k] as string];
    if (isRowSequence(value)) for (const item of value) batcher.row(k, item);
    else {
      batcher.flush();
      worker.post({ type: 'value', k, text: indented(value, '  ') });
    }
  }
  batcher.flush();
}

/** Streams the JSON to the worker while the workbook is written; returns what `writeWorkbook` gave. */
async function streamAlongside<T>(
  fd: number,
  worker: JsonWorkerClient,
  run: StreamedRun,
  writeWorkbook: WorkbookWriter<T>,
): Promise<T> {
  const rows = run.jsonRows() as unknown as Readonly<Record<string, unknown>>;
  const keys = Object.keys(rows);
  const shared = sharedRing();
  worker.post({ type: 'start', fd, keys, ring: shared });
  const batcher = new RowBatcher((batch) => worker.post(batch), new TextRing(shared));
  const seen = { quoteParts: 0, titres: 0 };
  let current = 0;
  let inOrder = keys[0] === 'quoteParts' && keys[1] === 'titres';
  // The key whose rows the worker writes from a sheet's own batches (projectedJsonRows.ts),
  // null while none: the quote-parts before any row, the titres once every quote-parts row
  // was handed, in order, and before any titres row.
  let fromPart: 0 | 1 | null = null;
  const projectedKey = (key: string): number | null => {
    if (!inOrder) return null;
    const k = key === 'quoteParts' ? 0 : key === 'titres' ? 1 : null;
    if (k === null || (fromPart !== null && k <= fromPart) || seen.titres !== 0) return null;
    if (k === 0 ? seen.quoteParts !== 0 : seen.quoteParts !== run.counts.quoteParts) return null;
    batcher.flush();
    fromPart = k;
    current = k;
    return k;
  };
  run.observeGeneratedRows((key, row) => {
    if (!inOrder) return;
    const k = key === 'quoteParts' ? 0 : 1;
    if (k === fromPart) {
      // The worker writes this row from the sheet's batch: count it only.
      seen[key]++;
      return;
    }
    // A row before the current key's, or a titres row while the worker still writes the
    // quote-parts: the document is written again, whole, at the end.
    if (k < current || (fromPart !== null && seen.quoteParts !== run.counts.quoteParts)) {
      inOrder = false;
      return;
    }
    current = k;
    batcher.row(k, row);
    seen[key]++;
  });
  let result: T;
  try {
    result = await writeWorkbook(new RowsEncoderClient(worker, projectedKey));
  } finally {
    run.observeGeneratedRows(null);
  }
  batcher.flush();
  if (inOrder && seen.quoteParts === run.counts.quoteParts && seen.titres === run.counts.titres)
    postKeys(worker, batcher, rows, keys, 2);
  else {
    const wholeKeys = documentKeys(rows);
    worker.post({ type: 'start', fd, keys: wholeKeys, ring: shared });
    postKeys(worker, batcher, rows, wholeKeys, 0);
  }
  return result;
}

/**
 * Writes the `--json` document of a valid run while `writeWorkbook` writes the workbook
 * (see the module comment); returns what `writeWorkbook` gave.
 */
export async function writeJsonWithWorkbook<T>(
  path: string,
  run: StreamedRun,
  writeWorkbook: WorkbookWriter<T>,
): Promise<T> {
  return writeAtomically(path, async (fd) => {
    const worker = new JsonWorkerClient();
    try {
      const result = await streamAlongside(fd, worker, run, writeWorkbook);
      await worker.finish();
      return result;
    } catch (error) {
      await worker.stop();
      throw error;
    }
  });
}
