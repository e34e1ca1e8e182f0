/**
 * An annex as a document: title, sections, notes, tables and charts, independent of
 * where it is shown. The same document becomes a printable `QP Annexe …` sheet of the
 * write plan and a section of the HTML report, so both show exactly the same figures.
 */
import type { PlanCell, PlanColumn, PlanPageHeader } from '../plan/writePlan';

/** A table of an annex; cells are decimal strings in numeric columns, as in the plan. */
export interface AnnexTable {
  readonly kind: 'table';
  /** Identifier unique within the document (`Charges`, `Membres`…), used in Excel table names. */
  readonly id: string;
  readonly columns: readonly PlanColumn[];
  readonly rows: readonly (readonly PlanCell[])[];
  /**
   * Header of a column of long text (the calculation in words) that a printed sheet shows
   * as one wrapped line per row under the table, « <first cell> : <text> », rather than as
   * a cell: inside the table it would make every row many lines tall.
   */
  readonly linesBelow?: string;
}

/** A sentence explaining how figures are obtained. */
export interface AnnexNote {
  readonly kind: 'note';
  readonly text: string;
}

/** A chart of one value column of a table of the same document, by its category column. */
export interface AnnexChart {
  readonly kind: 'chart';
  readonly title: string;
  /** `pie` for a few positive parts, `bar` otherwise. */
  readonly type: 'pie' | 'bar';
  /** `id` of the table it reads. */
  readonly table: string;
  readonly categoryColumn: string;
  readonly valueColumn: string;
}

/** One item of a section, in display order. */
export type AnnexItem = AnnexTable | AnnexNote | AnnexChart;

/** A numbered part of an annex. */
export interface AnnexSection {
  readonly heading: string;
  readonly items: readonly AnnexItem[];
}

/** A whole annex: one service, or one member with all its services. */
export interface AnnexDocument {
  readonly kind: 'service' | 'member';
  /** Service index or member index in `RunDetails`. */
  readonly subject: number;
  readonly title: string;
  readonly subtitle: string;
  /** Header of every printed page (organisme, convention, exercice), if any. */
  readonly pageHeader?: PlanPageHeader;
  readonly sections: readonly AnnexSection[];
}

/** A note item. */
export function note(text: string): AnnexNote {
  return { kind: 'note', text };
}

/** A table item; a table without rows becomes a note saying so (Excel tables need a data row). */
export function tableOrNote(
  id: string,
  columns: readonly PlanColumn[],
  rows: readonly (readonly PlanCell[])[],
  emptyText: string,
): AnnexTable | AnnexNote {
  return rows.length === 0
    ? note(emptyText)
    : { kind: 'table', id, columns: uniqueHeaders(columns), rows };
}

/** `item` with the column `header` printed as lines under the table (`AnnexTable.linesBelow`). */
export function withLinesBelow(
  item: AnnexTable | AnnexNote,
  header: string,
): AnnexTable | AnnexNote {
  return item.kind === 'table' ? { ...item, linesBelow: header } : item;
}

/** Headers made unique within a table (Excel requires it): a repeated header gets ` (2)`, ` (3)`… */
export function uniqueHeaders(columns: readonly PlanColumn[]): PlanColumn[] {
  const seen = new Set<string>();
  return columns.map((c) => {
    let header = c.header;
    for (let k = 2; seen.has(header.toLowerCase()); k++) header = `${c.header} (${k})`;
    seen.add(header.toLowerCase());
    return header === c.header ? c : { ...c, header };
  });
}
