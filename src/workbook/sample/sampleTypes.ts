/** Shapes of the sample's tables: cells as a finance officer types them in Excel. */
import type { RawDate } from '../../engine';

/** One cell of a sample table: what a finance officer can type in Excel. */
export type SampleCell = string | number | boolean | null | RawDate;

/** One input table of the sample, named and laid out as in contract §1. */
export interface SampleTable {
  /** Contract table name, also the Excel table name and the worksheet name. */
  name: string;
  /** Column headers, left to right. */
  headers: string[];
  /** Data rows, top to bottom, one cell per header. */
  rows: SampleCell[][];
}

/** A date cell (what Excel holds for a typed date), from its ISO form. */
export const date = (iso: string): RawDate => ({ kind: 'date', iso });
