/**
 * `Membres` (§1): unique names, type, SIRET, porteur, AC, entry/exit dates, and every
 * other numeric column as a criterion usable in keys (§2).
 */
import { frenchDate } from '../dates/calendar';
import type { TableView } from '../input/tableView';
import { CellReader } from '../input/cellReaders';
import type { ProblemList, ProblemPlace } from '../problems/problemList';
import { normalizeName } from '../text/normalizeName';
import { MEMBER_CODING_COLUMNS, MEMBER_FIXED_COLUMNS, MEMBER_TYPES } from '../contract/tables';
import type { Q } from '../numbers/rational';
import type { Criterion, Member } from '../domain/inputModel';
import { presenceDays } from './presence';
import { isBlankCell } from '../input/cellText';
import { numberToQ } from '../numbers/decimalText';
import { parseNumberText } from '../numbers/parseNumberText';
import { M } from '../problems/messages';

/** Members and criteria of the workbook. */
export interface ParsedMembers {
  readonly members: Member[];
  readonly criteria: Criterion[];
}

const TYPES = new Map(MEMBER_TYPES.map((t) => [normalizeName(t), t] as const));
const NON_CRITERIA = new Set(
  [...MEMBER_FIXED_COLUMNS, ...MEMBER_CODING_COLUMNS].map(normalizeName),
);

function parseCriterion(view: TableView, col: number, header: string): Criterion {
  const values: (Q | null)[] = [];
  const places: ProblemPlace[] = [];
  let firstBad: ProblemPlace | null = null;
  for (const row of view.rows) {
    const cell = view.cell(row, col);
    places.push(view.place(row, col, header));
    if (isBlankCell(cell)) {
      values.push(null);
      continue;
    }
    const v =
      typeof cell === 'number'
        ? numberToQ(cell)
        : typeof cell === 'string'
          ? (() => {
              const r = parseNumberText(cell, false);
              return r.ok ? r.value : null;
            })()
          : null;
    if (v === null && firstBad === null) firstBad = view.place(row, col, header);
    values.push(v);
  }
  return { name: header, values, numeric: firstBad === null, firstBad, places };
}

function checkSiret(siret: string, place: ProblemPlace, problems: ProblemList): void {
  const digits = siret.replace(/[\s\u00a0\u202f]/g, '');
  if (/^\d{14}$/.test(digits)) return;
  problems.warning(
    /^\d{9}$/.test(digits) ? 'SIREN_AU_LIEU_DE_SIRET' : 'SIRET_INVALIDE',
    place,
    M.badSiret(siret, /^\d{9}$/.test(digits)),
  );
}

/** Parses `Membres` for the Exercice. */
export function parseMembers(
  view: TableView,
  exercice: number,
  problems: ProblemList,
): ParsedMembers {
  const r = new CellReader(view, problems);
  const c = {
    name: r.col('Membre'),
    type: r.col('Type'),
    siret: r.col('SIRET'),
    porteur: r.col('Porteur'),
    ac: r.col('Attribution de compensation'),
    entry: r.col('Entrée'),
    exit: r.col('Sortie'),
  };
  const coding = MEMBER_CODING_COLUMNS.map((name) => r.col(name)).filter(
    (col) => col.index !== undefined,
  );
  const members: Member[] = [];
  const seen = new Map<string, string>();
  for (const row of view.rows) {
    const place = view.place(row, c.name.index, 'Membre');
    const name = r.text(row, c.name);
    if (!name) {
      if (name === null) problems.error('MEMBRE_SANS_NOM', place, M.memberWithoutName());
      continue;
    }
    const key = normalizeName(name);
    if (seen.has(key)) {
      problems.error('MEMBRE_EN_DOUBLE', place, M.duplicateMember(name, seen.get(key) ?? name));
      continue;
    }
    seen.set(key, name);
    const type = r.text(row, c.type, true) ?? null;
    if (type && !TYPES.has(normalizeName(type)))
      problems.warning('TYPE_INCONNU', view.place(row, c.type.index, 'Type'), M.unknownType(type));
    const siretCell = r.raw(row, c.siret);
    const siret =
      typeof siretCell === 'number'
        ? BigInt(Math.round(siretCell)).toString()
        : (r.text(row, c.siret, true) ?? null);
    if (siret) checkSiret(siret, view.place(row, c.siret.index, 'SIRET'), problems);
    const porteur = r.bool(row, c.porteur, false) ?? false;
    const ac = r.amount(row, c.ac) ?? null;
    const entry = r.date(row, c.entry) ?? null;
    const exit = r.date(row, c.exit) ?? null;
    if (entry && exit && entry > exit)
      problems.error(
        'ENTREE_APRES_SORTIE',
        view.place(row, c.entry.index, 'Entrée'),
        M.entryAfterExit(name, frenchDate(entry), frenchDate(exit)),
      );
    const extra: Record<string, string> = {};
    for (const col of coding) {
      const v = r.text(row, col, true);
      if (v) extra[col.name] = v;
    }
    members.push({
      index: members.length,
      name,
      type: type ? (TYPES.get(normalizeName(type)) ?? type) : null,
      siret,
      porteur,
      ac,
      entry,
      exit,
      presenceDays: presenceDays(exercice, entry, exit),
      place,
      acPlace: view.place(row, c.ac.index, 'Attribution de compensation'),
      extra,
    });
  }
  const criteria: Criterion[] = [];
  view.headers.forEach((header, col) => {
    const key = normalizeName(header);
    if (key === '' || NON_CRITERIA.has(key) || view.column(header) !== col) return;
    criteria.push(parseCriterion(view, col, header));
  });
  return { members, criteria: alignCriteria(criteria, view, members) };
}

/** Keeps criterion values only for rows that became members (skipped rows are dropped). */
function alignCriteria(criteria: Criterion[], view: TableView, members: Member[]): Criterion[] {
  const kept = new Set(members.map((m) => m.place.row));
  const keep = view.rows.map((row) => kept.has(row.excelRow));
  return criteria.map((crit) => ({
    ...crit,
    values: crit.values.filter((_, i) => keep[i]),
    places: crit.places.filter((_, i) => keep[i]),
  }));
}
