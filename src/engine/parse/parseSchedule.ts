/**
 * The optional `Echeancier` table (issue dates per period): `Période` is a period label
 * of the Exercice (`2026`, `2026-S1`, `2026-T2`, `2026-M07`, case ignored), `Date
 * d'émission` the date its titres bear. A period it does not list takes the parameter
 * `Date d'émission`, else its own first day (see `issueDateOf` in billing).
 */
import type { TableView } from '../input/tableView';
import { CellReader } from '../input/cellReaders';
import type { ProblemList } from '../problems/problemList';
import { M } from '../problems/messages';

/** Every period label of an Exercice, in the engine's spelling (`2026-T2`). */
export function periodLabels(exercice: number): string[] {
  const y = String(exercice);
  return [
    y,
    ...[1, 2].map((k) => `${y}-S${k}`),
    ...[1, 2, 3, 4].map((k) => `${y}-T${k}`),
    ...Array.from({ length: 12 }, (_, k) => `${y}-M${String(k + 1).padStart(2, '0')}`),
  ];
}

/** Parses `Echeancier`: period label → ISO issue date. */
export function parseSchedule(
  view: TableView | undefined,
  exercice: number,
  problems: ProblemList,
): Map<string, string> {
  const result = new Map<string, string>();
  if (!view) return result;
  const labels = new Map(periodLabels(exercice).map((l) => [l.toUpperCase(), l]));
  const r = new CellReader(view, problems);
  const c = { period: r.col('Période'), date: r.col("Date d'émission") };
  for (const row of view.rows) {
    const text = r.text(row, c.period);
    if (text === null || text === undefined) continue;
    const label = labels.get(text.trim().toUpperCase().replace(/\s+/g, ''));
    const place = view.place(row, c.period.index, 'Période');
    if (label === undefined) {
      problems.error(
        'PERIODE_INCONNUE',
        place,
        M.unknownSchedulePeriod(
          text,
          `« ${exercice} », « ${exercice}-S1 », « ${exercice}-T2 » ou « ${exercice}-M07 »`,
        ),
      );
      continue;
    }
    if (result.has(label)) {
      problems.error('PERIODE_EN_DOUBLE', place, M.duplicateSchedulePeriod(label));
      continue;
    }
    const date = r.date(row, c.date);
    if (date === null) {
      problems.error(
        'DATE_EMISSION_MANQUANTE',
        view.place(row, c.date.index, "Date d'émission"),
        M.missingScheduleDate(label),
      );
      continue;
    }
    if (date !== undefined) result.set(label, date);
  }
  return result;
}
