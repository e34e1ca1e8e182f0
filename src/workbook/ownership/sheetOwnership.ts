/**
 * Which sheets QuotePart owns, the same rule in both adapters (xlsx file, Office.js):
 * with a record (ownedSheetsRecord.ts), exactly the sheets it lists, names compared
 * without case; in a workbook written before the record existed, the `QP …` sheets that
 * carry a `QP_…` table (what QuotePart writes). A user's sheet named like a result sheet
 * is never replaced: the write is refused (SHEET_CONFLICT) with the message below.
 */
import { OWNED_SHEET_PREFIX } from '../../engine/plan/writePlan';

/** Prefix of the names of the tables QuotePart writes. */
export const OWNED_TABLE_PREFIX = 'QP_';

/**
 * Whether QuotePart owns the sheet `name`: listed in `record` when there is one, else
 * the legacy rule (`carriesOwnedTable` is asked only then).
 */
export function ownsSheet(
  name: string,
  record: readonly string[] | null,
  carriesOwnedTable: () => boolean,
): boolean {
  if (record !== null) {
    const key = name.toLowerCase();
    return record.some((recorded) => recorded.toLowerCase() === key);
  }
  return name.startsWith(OWNED_SHEET_PREFIX) && carriesOwnedTable();
}

/** Whether a table name is one QuotePart writes (`QP_…`). */
export function isOwnedTableName(name: string): boolean {
  return name.startsWith(OWNED_TABLE_PREFIX);
}

/** A sheet the write would create whose name a kept sheet already has. */
export interface SheetNameConflict {
  /** The kept sheet's name, as the user wrote it. */
  readonly kept: string;
  /** The name of the sheet QuotePart would write. */
  readonly written: string;
}

/** The first conflict between kept sheets and sheets to write (names without case), or null. */
export function sheetNameConflict(
  kept: readonly string[],
  written: readonly string[],
): SheetNameConflict | null {
  const byKey = new Map(kept.map((name) => [name.toLowerCase(), name]));
  for (const name of written) {
    const clash = byKey.get(name.toLowerCase());
    if (clash !== undefined) return { kept: clash, written: name };
  }
  return null;
}

/** What the user reads for a conflict (French; the adapters add nothing but their code). */
export function sheetConflictMessage(conflict: SheetNameConflict): string {
  return (
    `la feuille « ${conflict.kept} » n'a pas été écrite par QuotePart mais porte le nom d'une feuille de résultats (« ${conflict.written} », ` +
    "sans distinction de majuscules) : renommez-la ou déplacez son contenu, puis relancez le calcul (rien n'a été écrit)"
  );
}
