/**
 * The workbook read by the pane, cut into parts for the engine worker. Posting a
 * 35,000-member workbook in one message froze the pane for about 600 ms (its structured
 * clone runs on the page's thread, and it was sent twice: inventory and run). Sent once in
 * parts of a few thousand cells, each message is short and the page repaints between two;
 * the worker puts the parts back together (`UploadedWorkbooks`) and both requests name it.
 */
import type { Problem, RawCell, RawTable, RawWorkbook } from '../../engine';

/** Cells of one part at most (about 5 ms of structured clone each). */
export const PART_MAX_CELLS = 10_000;

/** A table of the outline: its rows come in `rows` parts when it has more than `inline`. */
export type OutlineTable = RawTable & { readonly pendingRows: number };

/** One message of an upload: the outline first, then the rows of the large tables, in order. */
export type WorkbookPart =
  | {
      readonly kind: 'outline';
      readonly sheetNames: readonly string[];
      readonly readProblems?: readonly Problem[];
      readonly tables: readonly OutlineTable[];
    }
  | {
      readonly kind: 'rows';
      /** Index of the table in the outline. */
      readonly table: number;
      readonly rows: readonly (readonly RawCell[])[];
      readonly rowNumbers?: readonly number[];
    };

/** A workbook as the worker keeps it: named by the number of its upload. */
export type UploadedWorkbook = { readonly upload: number };

/** Rows of a table sent per part: as many as fit in `maxCells`, at least one. */
function rowsPerPart(table: RawTable, maxCells: number): number {
  return Math.max(1, Math.floor(maxCells / Math.max(1, table.headers.length)));
}

/** The parts of `workbook`: its outline (tables that fit in one part inline), then row slices. */
export function splitWorkbook(workbook: RawWorkbook, maxCells = PART_MAX_CELLS): WorkbookPart[] {
  const parts: WorkbookPart[] = [];
  const tables = workbook.tables.map((table, index): OutlineTable => {
    const step = rowsPerPart(table, maxCells);
    if (table.rows.length <= step) return { ...table, pendingRows: 0 };
    for (let start = 0; start < table.rows.length; start += step) {
      const rows = table.rows.slice(start, start + step);
      const rowNumbers = table.rowNumbers?.slice(start, start + step);
      parts.push(
        rowNumbers === undefined
          ? { kind: 'rows', table: index, rows }
          : { kind: 'rows', table: index, rows, rowNumbers },
      );
    }
    const { name, sheet, source, headerRow, firstColumn, headers } = table;
    return {
      name,
      sheet,
      source,
      headerRow,
      firstColumn,
      headers,
      rows: [],
      pendingRows: table.rows.length,
    };
  });
  const outline: WorkbookPart = {
    kind: 'outline',
    sheetNames: workbook.sheetNames,
    tables,
    ...(workbook.readProblems === undefined ? {} : { readProblems: workbook.readProblems }),
  };
  return [outline, ...parts];
}

/** Message when a request names an upload the worker no longer holds. */
export const UPLOAD_NOT_KEPT =
  'Le classeur envoyé au moteur n’est plus disponible : relancez le calcul.';

/** A workbook being put back together from its parts. */
type Assembly = {
  readonly outline: Extract<WorkbookPart, { kind: 'outline' }>;
  readonly rows: (readonly RawCell[])[][];
  readonly rowNumbers: number[][];
};

/** The workbooks uploaded to the worker, latest kept (oldest dropped beyond `limit`). */
export class UploadedWorkbooks {
  private readonly assemblies = new Map<number, Assembly>();

  constructor(private readonly limit = 2) {}

  /** Adds one part of upload `upload` (an outline starts it). */
  receive(upload: number, part: WorkbookPart): void {
    if (part.kind === 'outline') {
      this.assemblies.set(upload, {
        outline: part,
        rows: part.tables.map(() => []),
        rowNumbers: part.tables.map(() => []),
      });
      for (const oldest of this.assemblies.keys()) {
        if (this.assemblies.size <= this.limit) break;
        this.assemblies.delete(oldest);
      }
      return;
    }
    const assembly = this.assemblies.get(upload);
    const rows = assembly?.rows[part.table];
    if (!assembly || !rows) throw new Error(UPLOAD_NOT_KEPT);
    for (const row of part.rows) rows.push(row);
    const numbers = assembly.rowNumbers[part.table];
    if (numbers && part.rowNumbers) for (const n of part.rowNumbers) numbers.push(n);
  }

  /** The whole workbook of upload `upload`; throws `UPLOAD_NOT_KEPT` when it is not held. */
  workbook(upload: number): RawWorkbook {
    const assembly = this.assemblies.get(upload);
    if (!assembly) throw new Error(UPLOAD_NOT_KEPT);
    const { outline } = assembly;
    const tables = outline.tables.map((table, index): RawTable => {
      const { pendingRows, ...rest } = table;
      if (pendingRows === 0) return rest;
      const rows = assembly.rows[index] ?? [];
      if (rows.length !== pendingRows)
        throw new Error(
          `Le classeur envoyé au moteur est incomplet (table « ${table.name} » : ${rows.length} lignes reçues sur ${pendingRows}).`,
        );
      const numbers = assembly.rowNumbers[index];
      return numbers && numbers.length > 0
        ? { ...rest, rows, rowNumbers: numbers }
        : { ...rest, rows };
    });
    return {
      tables,
      sheetNames: outline.sheetNames,
      ...(outline.readProblems === undefined ? {} : { readProblems: outline.readProblems }),
    };
  }
}
