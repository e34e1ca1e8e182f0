/**
 * The formula template a finance officer builds by hand for the same allocation, from
 * the same generated data as the contract workbook: one sheet `Repartition`, one row per
 * member (criteria and units typed in), one column per service holding in every cell one
 * ROUND formula with its SUM ranges, e.g.
 * `=ROUND(Couts!$B$3*(0.6*B2/SUM(B$2:B$1001)+0.4*C2/SUM(C$2:C$1001)),2)`, a Mise à
 * disposition as `=ROUND(ROUND(cost/SUM(units),4)*units,2)`, and a total row under the
 * members. The costs (base to share after overhead, shared lines only) are typed in the
 * `Couts` sheet, as the officer would copy them from the budget. Presence pro rata and
 * direct lines are left out: the template is about the rounding of one formula per cell.
 */
import Decimal from 'decimal.js';
import type { RawCell, RawWorkbook } from '../../src/engine';
import { preparePeerInput, type PeerInput } from '../engine/decimalPeer';

/** One service column of the template. */
export interface TemplateService {
  readonly name: string;
  /** Whether it is a Mise à disposition (unit cost × units, no key). */
  readonly mad: boolean;
  /**
   * Whether its rounding drift is meaningful: false for a Mise à disposition with a unit
   * cost fixed by the convention, whose Σ differs from the cost by design, not by rounding.
   */
  readonly driftCounted: boolean;
  /** Cost to share (€, 2 decimals), typed in `Couts`. */
  readonly cost: number;
  /** Row of the cost in `Couts` (1-based). */
  readonly costRow: number;
  /** The formula of the member on sheet row `row` (without the leading `=`). */
  readonly formula: (row: number) => string;
  /** The same calculation in binary floating point, to check that a spreadsheet did recalculate. */
  readonly expected: (memberIndex: number) => number;
  /**
   * The base de liquidation of the member on `Repartition` row `row` as a text formula
   * (without the `=`) of the `Titres` sheet, whose own cells `amount` (the line's amount)
   * and `period` are referenced: the whole calculation in words and figures, each figure
   * recomputed from `Repartition` and `Couts` and formatted with TEXT.
   */
  readonly liquidation: (row: number, amount: string, period: string) => string;
}

/**
 * How the formulas reach the column totals: `sum-in-cell`, one SUM over the whole column
 * inside every cell (the template of the issue); `totals-row`, the SUMs once in a totals
 * row under the members, each cell referring to them (what a careful officer would do).
 */
export type TemplateStyle = 'sum-in-cell' | 'totals-row';

/** The template: typed columns, service columns, sizes. */
export interface FormulaTemplate {
  readonly style: TemplateStyle;
  readonly members: readonly string[];
  /** Typed columns of `Repartition` after `Membre`: header and one number per member. */
  readonly inputs: readonly { readonly header: string; readonly values: readonly number[] }[];
  readonly services: readonly TemplateService[];
  /** Sheet row of the totals (one SUM per service column). */
  readonly totalRow: number;
}

const num = (cell: RawCell): number =>
  typeof cell === 'number' ? cell : typeof cell === 'string' ? Number(cell) : 0;
/** Excel column letters of a 1-based column number. */
export function columnLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}
/** ROUND as spreadsheets do it, half away from zero (on the decimal shown, as they correct it). */
const roundTo = (value: number, places: number): number => {
  const f = 10 ** places;
  return (Math.sign(value) * Math.round(Number((Math.abs(value) * f).toPrecision(15)))) / f;
};

function sharedCost(input: PeerInput, index: number): number {
  const service = input.services[index]!;
  const base = service.shared.reduce<Decimal>((a, c) => a.plus(num(c)), new Decimal(0));
  const factor =
    service.model === 'service-commun' && service.fee !== null
      ? new Decimal(num(service.fee)).plus(1)
      : new Decimal(1);
  return base.times(factor).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
}

/** Builds the template from the generated contract workbook (as the engine reads it). */
export function buildFormulaTemplate(
  workbook: RawWorkbook,
  style: TemplateStyle = 'sum-in-cell',
): FormulaTemplate {
  const input = preparePeerInput(workbook);
  const n = input.members.length;
  const first = 2;
  const last = n + 1;
  const totalRow = last + 1;
  const columnTotal = (col: string, sheet = ''): string =>
    style === 'sum-in-cell'
      ? `SUM(${sheet}${col}$${first}:${col}$${last})`
      : `${sheet}${col}$${totalRow}`;
  const R = 'Repartition!';
  const euros = (expression: string): string => `TEXT(${expression},"#,##0.00")&" €"`;
  const tail = (amount: string, period: string): string =>
    `" = "&${euros(amount)}&" ; convention n° 1 ; titre de la période "&${period}&"."`;
  const criteria = ['Population', 'Agents', 'Postes'];
  const inputs: { header: string; values: number[] }[] = criteria.map((header) => ({
    header,
    values: (input.criteria.get(header) ?? []).map(num),
  }));
  const unitColumns = new Map<number, number>();
  input.services.forEach((service, s) => {
    if (service.units === null) return;
    inputs.push({ header: `Unités ${service.name}`, values: service.units.map(num) });
    unitColumns.set(s, inputs.length + 1);
  });
  const totals = inputs.map((c) => c.values.reduce((a, b) => a + b, 0));
  const services = input.services.map((service, s): TemplateService => {
    const cost = sharedCost(input, s);
    const costRow = s + 2;
    const costRef = `Couts!$B$${costRow}`;
    const unitColumn = unitColumns.get(s);
    if (unitColumn !== undefined) {
      const col = columnLetters(unitColumn);
      const values = inputs[unitColumn - 2]!.values;
      const total = totals[unitColumn - 2]!;
      const fixed = service.unitCost === null ? null : num(service.unitCost);
      const unitCost = fixed ?? roundTo(cost / total, 4);
      return {
        name: service.name,
        mad: true,
        driftCounted: fixed === null,
        cost,
        costRow,
        formula: (row) =>
          fixed === null
            ? `ROUND(ROUND(${costRef}/${columnTotal(col)},4)*${col}${row},2)`
            : `ROUND(${fixed}*${col}${row},2)`,
        expected: (i) => roundTo(unitCost * values[i]!, 2),
        liquidation: (row, amount, period) =>
          `"Mise à disposition « "&Couts!$A$${costRow}&" » : coût unitaire "&TEXT(${
            fixed === null ? `ROUND(${costRef}/${columnTotal(col, R)},4)` : fixed
          },"0.0000")&" € (arrondi à 0,0001 €) × "&TEXT(${R}${col}${row},"0.##")&" unités"&${tail(amount, period)}`,
      };
    }
    const terms = service.key.map(([weight, criterion]) => {
      const w = weight / 100;
      if (criterion === '=')
        return {
          text: (_row: number, sheet = '') => `${w}/ROWS(${sheet}$A$${first}:$A$${last})`,
          words: `${weight} % à parts égales`,
          value: () => w / n,
        };
      const c = criteria.indexOf(criterion);
      const col = columnLetters(c + 2);
      return {
        text: (row: number, sheet = '') => `${w}*${sheet}${col}${row}/${columnTotal(col, sheet)}`,
        words: `${weight} % ${criterion}`,
        value: (i: number) => (w * inputs[c]!.values[i]!) / totals[c]!,
      };
    });
    return {
      name: service.name,
      mad: false,
      driftCounted: true,
      cost,
      costRow,
      formula: (row) => `ROUND(${costRef}*(${terms.map((t) => t.text(row)).join('+')}),2)`,
      expected: (i) => roundTo(cost * terms.reduce((a, t) => a + t.value(i), 0), 2),
      liquidation: (row, amount, period) =>
        `"Service « "&Couts!$A$${costRow}&" » : base "&${euros(costRef)}&" × part "&TEXT(${terms
          .map((t) => t.text(row, R))
          .join(
            '+',
          )},"0.000000000")&" (clé ${terms.map((t) => t.words).join(' + ')})"&${tail(amount, period)}`,
    };
  });
  return { style, members: input.members, inputs, services, totalRow };
}

/** Sheet column (1-based) of service `s` in `Repartition`. */
export function serviceColumn(template: FormulaTemplate, s: number): number {
  return 2 + template.inputs.length + s;
}

/** Rounding drift of one service: Σ of the rounded cells − cost, in € (summed in cents, exactly). */
export function driftOf(cells: readonly number[], cost: number): number {
  const cents = cells.reduce((a, v) => a + Math.round(v * 100), 0);
  return (cents - Math.round(cost * 100)) / 100;
}
