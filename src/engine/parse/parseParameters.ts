/**
 * `Parametres` (§1): Exercice (required) and the optional parameters with their
 * defaults. Unknown parameter names are reported as warnings (a typo would otherwise
 * silently fall back to a default).
 */
import type { TableView } from '../input/tableView';
import { CellReader } from '../input/cellReaders';
import type { ProblemList } from '../problems/problemList';
import { normalizeName } from '../text/normalizeName';
import { closestNames, frenchList } from '../text/closestNames';
import { PARAMETER_NAMES } from '../contract/tables';
import { type Q, q, sign } from '../numbers/rational';
import type { Parameters } from '../domain/inputModel';
import { M } from '../problems/messages';

/** Spellings of `Méthode de ventilation` (§6.2). */
const VENTILATION_METHODS = new Map<string, Parameters['ventilationMethod']>([
  [normalizeName('Réciproque'), 'reciproque'],
  [normalizeName('En cascade'), 'cascade'],
  [normalizeName('Cascade'), 'cascade'],
  [normalizeName('Directe'), 'directe'],
]);

const DEFAULTS = {
  rounding: q(1n, 100n),
  unitCostRounding: q(1n, 10000n),
  floor: q(15n),
};

/** Parses `Parametres`; returns null when Exercice is missing or invalid. */
export function parseParameters(view: TableView, problems: ProblemList): Parameters | null {
  const r = new CellReader(view, problems);
  const nameCol = r.col('Paramètre');
  const valueCol = { index: view.column('Valeur'), name: 'Valeur' };
  const known = new Map(PARAMETER_NAMES.map((n) => [normalizeName(n), n] as const));
  const rows = new Map<string, (typeof view.rows)[number]>();
  for (const row of view.rows) {
    const name = r.text(row, nameCol);
    if (!name) continue;
    const canonical = known.get(normalizeName(name));
    if (!canonical) {
      problems.warning(
        'PARAMETRE_INCONNU',
        view.place(row, nameCol.index, 'Paramètre'),
        M.unknownParameter(name, frenchList(closestNames(name, [...PARAMETER_NAMES], 2))),
      );
      continue;
    }
    if (rows.has(canonical)) {
      problems.error(
        'PARAMETRE_EN_DOUBLE',
        view.place(row, nameCol.index, 'Paramètre'),
        M.duplicateParameter(canonical),
      );
      continue;
    }
    rows.set(canonical, row);
  }
  const colFor = (name: string) => ({ index: valueCol.index, name: `Valeur (${name})` });
  const num = (name: string): Q | null | undefined => {
    const row = rows.get(name);
    return row ? r.number(row, colFor(name)) : null;
  };
  const positive = (name: string, fallback: Q, allowZero = false): Q => {
    const v = num(name);
    if (v === null || v === undefined) return fallback;
    if (sign(v) < 0 || (!allowZero && sign(v) === 0)) {
      const row = rows.get(name);
      if (row)
        problems.error(
          'PARAMETRE_INVALIDE',
          view.place(row, valueCol.index, name),
          M.parameterMustBePositive(name),
        );
      return fallback;
    }
    return v;
  };
  const text = (name: string): string | null => {
    const row = rows.get(name);
    return row ? (r.text(row, colFor(name)) ?? null) : null;
  };

  let exercice: number | null = null;
  const exRow = rows.get('Exercice');
  if (!exRow)
    problems.error(
      'EXERCICE_MANQUANT',
      { table: 'Parametres', column: 'Paramètre', sheet: view.raw.sheet },
      M.missingExercice(),
    );
  else {
    const v = r.integer(exRow, colFor('Exercice'));
    if (v === null)
      problems.error(
        'EXERCICE_MANQUANT',
        view.place(exRow, valueCol.index, 'Exercice'),
        M.missingExercice(),
      );
    else if (v !== undefined) {
      if (v < 1900n || v > 9998n)
        problems.error(
          'EXERCICE_INVALIDE',
          view.place(exRow, valueCol.index, 'Exercice'),
          M.badExercice(String(v)),
        );
      else exercice = Number(v);
    }
  }

  const methodText = text("Méthode d'arrondi");
  let method: Parameters['method'] = 'plus-forts-restes';
  if (methodText !== null) {
    const key = normalizeName(methodText);
    if (key === normalizeName('Ligne à ligne')) method = 'ligne-a-ligne';
    else if (key !== normalizeName('Plus forts restes')) {
      const row = rows.get("Méthode d'arrondi");
      if (row)
        problems.error(
          'METHODE_ARRONDI_INCONNUE',
          view.place(row, valueCol.index, "Méthode d'arrondi"),
          M.unknownRoundingMethod(methodText),
        );
    }
  }

  let issueDate: string | null = null;
  const dateRow = rows.get("Date d'émission");
  if (dateRow) issueDate = r.date(dateRow, colFor("Date d'émission")) ?? null;

  let firstTitreNumber = 1;
  const firstRow = rows.get('Premier numéro de titre');
  if (firstRow) {
    const v = r.integer(firstRow, colFor('Premier numéro de titre'));
    if (v !== null && v !== undefined) {
      if (v < 1n || v > 999_999_999n)
        problems.error(
          'PARAMETRE_INVALIDE',
          view.place(firstRow, valueCol.index, 'Premier numéro de titre'),
          M.parameterMustBePositive('Premier numéro de titre'),
        );
      else firstTitreNumber = Number(v);
    }
  }

  let annexes: boolean | null = null;
  const annexRow = rows.get('Annexes');
  if (annexRow && !r.blank(annexRow, colFor('Annexes')))
    annexes = r.bool(annexRow, colFor('Annexes'), true) ?? null;

  const ventilationText = text('Méthode de ventilation');
  let ventilationMethod: Parameters['ventilationMethod'] = 'reciproque';
  if (ventilationText !== null) {
    const found = VENTILATION_METHODS.get(normalizeName(ventilationText));
    const row = rows.get('Méthode de ventilation');
    if (found) ventilationMethod = found;
    else if (row)
      problems.error(
        'METHODE_VENTILATION_INCONNUE',
        view.place(row, valueCol.index, 'Méthode de ventilation'),
        M.unknownVentilationMethod(ventilationText),
      );
  }

  const numberingText = text('Numérotation');
  let numbering: Parameters['numbering'] = 'continue';
  if (numberingText !== null) {
    const key = normalizeName(numberingText);
    if (key === normalizeName('Par période')) numbering = 'par-periode';
    else if (key !== normalizeName('Continue')) {
      const row = rows.get('Numérotation');
      if (row)
        problems.error(
          'NUMEROTATION_INCONNUE',
          view.place(row, valueCol.index, 'Numérotation'),
          M.unknownNumbering(numberingText),
        );
    }
  }

  const accountsRow = rows.get('Comptes par type de débiteur');
  const accountsByDebtorType =
    accountsRow !== undefined && !r.blank(accountsRow, colFor('Comptes par type de débiteur'))
      ? (r.bool(accountsRow, colFor('Comptes par type de débiteur'), true) ?? false)
      : false;

  if (exercice === null) return null;
  return {
    exercice,
    organisme: text('Organisme'),
    convention: text('Convention'),
    issueDate,
    rounding: positive('Arrondi', DEFAULTS.rounding),
    method,
    unitCostRounding: positive('Arrondi coût unitaire', DEFAULTS.unitCostRounding),
    firstTitreNumber,
    titreFloor: positive('Seuil minimal de titre', DEFAULTS.floor, true),
    annexes,
    ventilationMethod,
    numbering,
    accountsByDebtorType,
  };
}
