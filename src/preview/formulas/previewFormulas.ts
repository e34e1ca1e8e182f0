/**
 * Formula cells of the preview grid: a cell holding `=QUOTEPART.…(…)` keeps its formula here
 * (the fake Excel stores values only) and shows the result of the registered custom function,
 * spilled below and to the right as a dynamic array, or Excel's French error value
 * (`#VALEUR!`, `#NOMBRE!`, `#PROPAGATION!` when the spill range is not empty) with its message.
 * Every change of the workbook recalculates every formula, as Excel does for these functions.
 */
import type { FakeWorkbookModel } from '../../workbook/fakeExcel';
import { readValue, type FakeCellValue } from '../../workbook/fakeExcel/model/cellValue';
import type { FakeSheetModel } from '../../workbook/fakeExcel/model/sheetModel';
import type { PreviewFunctionRegistry } from '../functions/previewCustomFunctions';
import { parseFormula, type FormulaArgument } from './parseFormula';

/** One formula cell and what its last evaluation wrote. */
interface FormulaCell {
  readonly sheet: FakeSheetModel;
  readonly row: number;
  readonly column: number;
  readonly text: string;
  /** Cells of the spill range other than the formula's own, with the value written there. */
  spilled: { row: number; column: number; value: FakeCellValue }[];
  /** The error's message (French), or null when the formula gave numbers. */
  message: string | null;
}

/** Excel's French names of the error values the functions give. */
const FRENCH_ERRORS: Readonly<Record<string, string>> = {
  '#VALUE!': '#VALEUR!',
  '#NUM!': '#NOMBRE!',
  '#N/A': '#N/A',
  '#NAME?': '#NOM?',
};

const FORMULAS = new WeakMap<FakeWorkbookModel, Map<string, FormulaCell>>();

const keyOf = (sheet: FakeSheetModel, row: number, column: number) =>
  `${sheet.id}!${row}:${column}`;

function formulasOf(model: FakeWorkbookModel): Map<string, FormulaCell> {
  let map = FORMULAS.get(model);
  if (!map) FORMULAS.set(model, (map = new Map()));
  return map;
}

/** The formula of a cell, or undefined. */
export function formulaAt(
  model: FakeWorkbookModel,
  sheet: FakeSheetModel,
  row: number,
  column: number,
): { readonly text: string; readonly message: string | null } | undefined {
  const cell = formulasOf(model).get(keyOf(sheet, row, column));
  return cell && { text: cell.text, message: cell.message };
}

/**
 * What the user typed in a cell: a formula is kept and evaluated (returns null, or a French
 * reason when the preview cannot evaluate it); anything else removes the cell's formula and
 * returns undefined, for the caller to store the value.
 */
export function enterCell(
  model: FakeWorkbookModel,
  registry: PreviewFunctionRegistry,
  sheet: FakeSheetModel,
  row: number,
  column: number,
  text: string,
): string | null | undefined {
  const formulas = formulasOf(model);
  const key = keyOf(sheet, row, column);
  const previous = formulas.get(key);
  if (previous) clearSpill(previous);
  if (!text.trim().startsWith('=')) {
    formulas.delete(key);
    return undefined;
  }
  const parsed = parseFormula(text);
  if (!parsed.ok) {
    if (previous) formulas.delete(key);
    return `Formule refusée : ${parsed.reason}.`;
  }
  formulas.set(key, { sheet, row, column, text: text.trim(), spilled: [], message: null });
  recalculate(model, registry);
  return null;
}

/** Empties the spill cells a formula wrote (those still holding what it wrote). */
function clearSpill(cell: FormulaCell): void {
  for (const s of cell.spilled)
    if (cell.sheet.valueAt(s.row, s.column) === s.value) cell.sheet.setValue(s.row, s.column, '');
  cell.spilled = [];
}

/** The value Excel hands a custom function for an argument. */
function argumentValue(
  model: FakeWorkbookModel,
  here: FakeSheetModel,
  arg: FormulaArgument,
): unknown {
  if (arg.kind === 'omitted') return null;
  if (arg.kind !== 'range') return arg.value;
  const sheet = arg.sheet === null ? here : model.findSheet(arg.sheet);
  if (!sheet) throw new RangeError(`la feuille « ${arg.sheet} » n’existe pas`);
  const rows: unknown[][] = [];
  for (let r = arg.range.top - 1; r < arg.range.bottom; r++) {
    const values: unknown[] = [];
    for (let c = arg.range.left - 1; c < arg.range.right; c++) {
      const v = sheet.valueAt(r, c);
      values.push(v === undefined ? null : readValue(v));
    }
    rows.push(values);
  }
  return rows;
}

/** Evaluates one formula: the registered function's numbers, or an error value and its message. */
function evaluate(
  model: FakeWorkbookModel,
  registry: PreviewFunctionRegistry,
  cell: FormulaCell,
): { values: number[][] } | { error: string; message: string } {
  const parsed = parseFormula(cell.text);
  if (!parsed.ok) return { error: '#NOM?', message: parsed.reason };
  const fn = registry.mappings.get(parsed.name);
  if (!fn) return { error: '#NOM?', message: `La fonction QUOTEPART.${parsed.name} n’existe pas.` };
  try {
    const args = parsed.args.map((arg) => argumentValue(model, cell.sheet, arg));
    const result = fn(...args);
    if (Array.isArray(result)) return { values: result as number[][] };
    return { values: [[result as number]] };
  } catch (failure) {
    const code = (failure as { code?: string }).code;
    const message = failure instanceof Error ? failure.message : String(failure);
    return { error: (code && FRENCH_ERRORS[code]) ?? '#VALEUR!', message };
  }
}

/** Recalculates every formula of the workbook, in the order they were entered. */
export function recalculate(model: FakeWorkbookModel, registry: PreviewFunctionRegistry): void {
  const formulas = formulasOf(model);
  for (const [key, cell] of formulas) {
    if (!model.sheets.includes(cell.sheet)) {
      formulas.delete(key);
      continue;
    }
    clearSpill(cell);
    const out = evaluate(model, registry, cell);
    if ('error' in out) {
      cell.sheet.setValue(cell.row, cell.column, { error: out.error });
      cell.message = out.message;
      continue;
    }
    const blocked = out.values.some((line, r) =>
      line.some(
        (_, c) =>
          (r > 0 || c > 0) && cell.sheet.valueAt(cell.row + r, cell.column + c) !== undefined,
      ),
    );
    if (blocked) {
      cell.sheet.setValue(cell.row, cell.column, { error: '#PROPAGATION!' });
      cell.message =
        'La plage où le résultat doit se propager n’est pas vide : videz les cellules sous la formule.';
      continue;
    }
    out.values.forEach((line, r) =>
      line.forEach((value, c) => {
        cell.sheet.setValue(cell.row + r, cell.column + c, value);
        if (r > 0 || c > 0)
          cell.spilled.push({ row: cell.row + r, column: cell.column + c, value });
      }),
    );
    cell.message = null;
  }
}
