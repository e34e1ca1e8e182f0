/**
 * The convention annex as a printable document model (`--annexe-pdf`, the pane's PDF
 * download): plain texts and numbers in reading order — headings, notes, tables whose
 * cells are already written in French, bar charts as fractions of their axis, and the
 * « Vu et approuvé » block. Pure data: the PDF adapter only lays it out on A4 pages, so
 * every figure and every calculation text is the annex's own (`serviceAnnex`), never
 * re-derived by the layout.
 */

/** Horizontal alignment of a table column: numbers right, texts left. */
export type ColumnAlign = 'left' | 'right';

/** A column of a printed table; `width` is a relative width (the annex's width in characters). */
export interface PrintColumn {
  readonly header: string;
  readonly align: ColumnAlign;
  readonly width: number;
}

/** A long text of a row (a calculation), printed under the row across the table. */
export interface PrintDetail {
  readonly label: string;
  readonly text: string;
}

/** One row of a printed table: its cells (French text) and its long texts. */
export interface PrintRow {
  readonly cells: readonly string[];
  readonly details: readonly PrintDetail[];
  /** A total row (printed in bold, above a rule). */
  readonly total: boolean;
}

/** One bar of a bar group: where it ends on the axis (0 = left, 1 = right) and its label. */
export interface PrintBar {
  readonly end: number;
  readonly text: string;
}

/** One category of a bar chart (a member) with one bar per series (scenario). */
export interface PrintBarGroup {
  readonly label: string;
  readonly bars: readonly (PrintBar | null)[];
}

/** A block of the printed annex, in reading order. */
export type PrintBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | {
      readonly kind: 'table';
      readonly columns: readonly PrintColumn[];
      readonly rows: readonly PrintRow[];
    }
  | {
      readonly kind: 'bars';
      readonly title: string;
      /** Series names (one colour each, with a legend when there are several). */
      readonly series: readonly string[];
      readonly groups: readonly PrintBarGroup[];
      /** Where zero is on the axis (0 when every value is positive). */
      readonly zero: number;
    }
  | { readonly kind: 'approval'; readonly approval: ApprovalBlock }
  | { readonly kind: 'pageBreak' };

/** A signing party of the convention. */
export interface SigningParty {
  readonly name: string;
  /** `Pour l'organisme`, `Pour le membre`. */
  readonly role: string;
}

/** « Vu et approuvé »: the place and date lines, and one signature box per party. */
export interface ApprovalBlock {
  readonly title: string;
  /** `Fait à …` (the place when the workbook gives it, else a line to fill in). */
  readonly place: string;
  /** `le …` (a French date when known, else a line to fill in). */
  readonly date: string;
  readonly parties: readonly SigningParty[];
}

/** The whole printable annex. */
export interface ConventionAnnexModel {
  /** Document title (PDF metadata, first heading). */
  readonly title: string;
  /** Running header of every page: organisme, convention, exercice. */
  readonly header: string;
  /** Small print of every page's footer, left of `Page N / M`. */
  readonly footer: string;
  readonly blocks: readonly PrintBlock[];
  /** ISO timestamp of the run (the PDF's creation date, so that a run prints the same bytes). */
  readonly generatedAt: string;
  /** Issuer written as the PDF's author (`Organisme`, else the porteur), or null. */
  readonly author: string | null;
  /** Number of participant lines printed (for sizes and limits). */
  readonly lines: number;
}
