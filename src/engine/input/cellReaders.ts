/**
 * Typed reading of cells (§1): text, exact numbers, rates, booleans, dates. Each reader
 * returns the value, or `undefined` after recording a located problem: the caller goes
 * on with the next cell so that every problem is reported at once.
 */
import type { RawCell } from './rawWorkbook';
import type { RowView, TableView } from './tableView';
import type { ProblemList } from '../problems/problemList';
import type { Q } from '../numbers/rational';
import { numberToQ } from '../numbers/decimalText';
import { parseNumberText } from '../numbers/parseNumberText';
import { normalizeName, trimText } from '../text/normalizeName';
import { isoDate } from '../dates/calendar';
import { isBlankCell, isErrorCell } from './cellText';
import { M } from '../problems/messages';
import type { ProblemCode } from '../problems/problemCode';

/** A column to read: its index in the table (undefined when the column is absent) and contract name. */
export interface ColumnRef {
  readonly index: number | undefined;
  readonly name: string;
}

/** Largest amount the contract covers: 10^12 €. */
const AMOUNT_LIMIT = 10n ** 12n;

const TRUE_WORDS = new Set(['oui', 'o', 'vrai', 'true', '1', 'x']);
const FALSE_WORDS = new Set(['non', 'n', 'faux', 'false', '0']);

/** Reads the cells of one table, recording problems in one list. */
export class CellReader {
  constructor(
    readonly view: TableView,
    readonly problems: ProblemList,
  ) {}

  /** Column reference by contract header. */
  col(name: string): ColumnRef {
    return { index: this.view.column(name), name };
  }

  /** Raw cell. */
  raw(row: RowView, col: ColumnRef): RawCell {
    return this.view.cell(row, col.index);
  }

  /** Whether the cell is blank. */
  blank(row: RowView, col: ColumnRef): boolean {
    return isBlankCell(this.raw(row, col));
  }

  private fail(
    code: ProblemCode,
    row: RowView,
    col: ColumnRef,
    message: string,
    severity: 'error' | 'warning' = 'error',
  ): undefined {
    this.problems[severity](code, this.view.place(row, col.index, col.name), message);
    return undefined;
  }

  private errorValue(row: RowView, col: ColumnRef, informative: boolean): undefined {
    const cell = this.raw(row, col) as { code: string };
    return this.fail(
      informative ? 'VALEUR_ERREUR_INFORMATIVE' : 'VALEUR_ERREUR',
      row,
      col,
      M.errorValue(this.view.contractName, col.name, cell.code, informative),
      informative ? 'warning' : 'error',
    );
  }

  /** Text of a cell (trimmed), null when blank. Error values: error, or warning for informative columns. */
  text(row: RowView, col: ColumnRef, informative = false): string | null | undefined {
    const cell = this.raw(row, col);
    if (isBlankCell(cell)) return null;
    if (isErrorCell(cell))
      return informative
        ? (this.errorValue(row, col, true), null)
        : this.errorValue(row, col, false);
    if (typeof cell === 'string') return trimText(cell);
    if (typeof cell === 'number') return String(cell);
    if (typeof cell === 'boolean') return cell ? 'Oui' : 'Non';
    return cell !== null && cell.kind === 'date' ? cell.iso : null;
  }

  /** Exact number (null when blank); `rate` accepts `12 %`. */
  number(row: RowView, col: ColumnRef, rate = false): Q | null | undefined {
    const cell = this.raw(row, col);
    if (isBlankCell(cell)) return null;
    if (isErrorCell(cell)) return this.errorValue(row, col, false);
    if (typeof cell === 'number') {
      const v = numberToQ(cell);
      return v ?? this.fail('NOMBRE_INVALIDE', row, col, M.notANumber(col.name, String(cell)));
    }
    if (typeof cell === 'string') {
      const r = parseNumberText(cell, rate);
      if (r.ok) return r.value;
      const msg =
        r.error === 'comma-and-dot'
          ? M.commaAndDot(col.name, cell)
          : r.error === 'percent-not-allowed'
            ? M.percentNotAllowed(col.name, cell)
            : M.notANumber(col.name, cell);
      return this.fail('NOMBRE_INVALIDE', row, col, msg);
    }
    return this.fail(
      'NOMBRE_INVALIDE',
      row,
      col,
      M.notANumber(col.name, this.view.place(row, col.index, col.name).value ?? ''),
    );
  }

  /**
   * An amount in € (null when blank): exact, and within the contract's domain
   * (|amount| ≤ 10^12 €, beyond which a value is a typing error, not a budget).
   */
  amount(row: RowView, col: ColumnRef): Q | null | undefined {
    const v = this.number(row, col);
    if (v && (v.n < 0n ? -v.n : v.n) > AMOUNT_LIMIT * v.d) {
      return this.fail(
        'MONTANT_HORS_LIMITE',
        row,
        col,
        M.amountOutOfRange(col.name, this.view.place(row, col.index, col.name).value ?? ''),
      );
    }
    return v;
  }

  /** Boolean (Oui/Non, O/N, Vrai/Faux, True/False, 1/0, x); `fallback` when blank. */
  bool(row: RowView, col: ColumnRef, fallback: boolean): boolean | undefined {
    const cell = this.raw(row, col);
    if (isBlankCell(cell)) return fallback;
    if (isErrorCell(cell)) return this.errorValue(row, col, false);
    if (typeof cell === 'boolean') return cell;
    if (typeof cell === 'number' && (cell === 0 || cell === 1)) return cell === 1;
    if (typeof cell === 'string') {
      const key = normalizeName(cell);
      if (TRUE_WORDS.has(key)) return true;
      if (FALSE_WORDS.has(key)) return false;
    }
    return this.fail(
      'BOOLEEN_INVALIDE',
      row,
      col,
      M.notABoolean(col.name, String(this.view.place(row, col.index, col.name).value)),
    );
  }

  /** ISO date (real date cell, `JJ/MM/AAAA` or `AAAA-MM-JJ` text), null when blank. */
  date(row: RowView, col: ColumnRef): string | null | undefined {
    const cell = this.raw(row, col);
    if (isBlankCell(cell)) return null;
    if (isErrorCell(cell)) return this.errorValue(row, col, false);
    if (typeof cell === 'object' && cell !== null && cell.kind === 'date') return cell.iso;
    if (typeof cell === 'string') {
      const t = trimText(cell);
      const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
      const v = fr
        ? isoDate(Number(fr[3]), Number(fr[2]), Number(fr[1]))
        : iso
          ? isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
          : null;
      if (v) return v;
    }
    const shown = this.view.place(row, col.index, col.name).value ?? '';
    return this.fail('DATE_INVALIDE', row, col, M.notADate(col.name, shown));
  }

  /** Whole number (null when blank). */
  integer(row: RowView, col: ColumnRef): bigint | null | undefined {
    const v = this.number(row, col);
    if (v === null || v === undefined) return v;
    if (v.n % v.d !== 0n)
      return this.fail(
        'ENTIER_ATTENDU',
        row,
        col,
        M.notAnInteger(col.name, String(this.view.place(row, col.index, col.name).value)),
      );
    return v.n / v.d;
  }
}
