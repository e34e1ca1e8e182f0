/**
 * Formula cells of the preview grid: `=QUOTEPART.…` calls the function registered in the
 * preview's `CustomFunctions` stand-in (associated here from custom-functions-metadata's
 * own list, as the webpack plugin does in the build), spills the dynamic array, shows
 * French error values with their message, and recalculates when a cell changes.
 */
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as functions from '../../../src/functions/functions';
import {
  createPreviewFunctionRegistry,
  type PreviewFunctionRegistry,
} from '../../../src/preview/functions/previewCustomFunctions';
import { parseFormula } from '../../../src/preview/formulas/parseFormula';
import { enterCell, formulaAt, recalculate } from '../../../src/preview/formulas/previewFormulas';
import { buildFakeWorkbook } from '../../../src/workbook/fakeExcel';
import { readValue } from '../../../src/workbook/fakeExcel/model/cellValue';

const globals = globalThis as { CustomFunctions?: unknown };
let registry: PreviewFunctionRegistry;

beforeAll(async () => {
  registry = createPreviewFunctionRegistry();
  globals.CustomFunctions = registry;
  const source = path.resolve(__dirname, '../../../src/functions/functions.ts');
  const { associate } = await generateCustomFunctionsMetadata([source]);
  for (const a of associate)
    registry.associate(
      a.id,
      (functions as Record<string, (...args: never[]) => unknown>)[a.functionName] as never,
    );
});
afterAll(() => delete globals.CustomFunctions);

function sheetWithWeights() {
  const model = buildFakeWorkbook({
    sheets: [
      {
        name: 'Budget',
        rows: [
          ['Montant', 100, null],
          ['Ville A', 1, null],
          ['Ville B', 1, null],
          ['Ville C', 1, null],
        ],
      },
      { name: 'Poids', rows: [[2], [2]] },
    ],
  });
  const sheet = model.sheets[0]!;
  return {
    model,
    sheet,
    column: (c: number) => [1, 2, 3].map((r) => readValue(sheet.valueAt(r, c))),
  };
}

describe('preview formulas', () => {
  it('evaluates =QUOTEPART.REPARTIR and spills one amount per weight', () => {
    const { model, sheet, column } = sheetWithWeights();
    expect(enterCell(model, registry, sheet, 1, 2, '=QUOTEPART.REPARTIR(B1;B2:B4)')).toBeNull();
    expect(column(2)).toEqual([33.34, 33.33, 33.33]);
    expect(formulaAt(model, sheet, 1, 2)).toEqual({
      text: '=QUOTEPART.REPARTIR(B1;B2:B4)',
      message: null,
    });
  });

  it('recalculates when a weight changes, and shows #VALEUR! with the French message', () => {
    const { model, sheet, column } = sheetWithWeights();
    enterCell(model, registry, sheet, 1, 2, '=quotepart.repartir(B1;B2:B4;1)');
    sheet.setValue(3, 1, 2);
    recalculate(model, registry);
    expect(column(2)).toEqual([25, 25, 50]);
    sheet.setValue(3, 1, '');
    recalculate(model, registry);
    expect(column(2)).toEqual(['#VALEUR!', '', '']);
    expect(formulaAt(model, sheet, 1, 2)?.message).toBe(
      '« poids » (valeur n° 3) est vide : écrivez 0 ou un poids positif.',
    );
    sheet.setValue(3, 1, -1);
    recalculate(model, registry);
    expect(column(2)[0]).toBe('#NOMBRE!');
  });

  it('reads another sheet and numbers with a decimal comma; PART, PALIERS and REPARTIR.CLE too', () => {
    const { model, sheet } = sheetWithWeights();
    enterCell(model, registry, sheet, 0, 3, '=QUOTEPART.PART(Poids!A1:A2)');
    expect([readValue(sheet.valueAt(0, 3)), readValue(sheet.valueAt(1, 3))]).toEqual([0.5, 0.5]);
    enterCell(model, registry, sheet, 0, 4, '=QUOTEPART.REPARTIR(10;Poids!A1:A2;0,5)');
    expect([readValue(sheet.valueAt(0, 4)), readValue(sheet.valueAt(1, 4))]).toEqual([5, 5]);
    enterCell(model, registry, sheet, 0, 5, '=QUOTEPART.PALIERS(B2:B3;B2:B4)');
    expect([0, 1, 2].map((r) => readValue(sheet.valueAt(r, 5)))).toEqual([0.34, 0.33, 0.33]);
    enterCell(model, registry, sheet, 0, 6, '=QUOTEPART.REPARTIR.CLE(B1;B2:B4;"100 %";;1)');
    expect([0, 1, 2].map((r) => readValue(sheet.valueAt(r, 6)))).toEqual([34, 33, 33]);
  });

  it('gives #PROPAGATION! when the spill range is not empty, and clears its spill when replaced', () => {
    const { model, sheet } = sheetWithWeights();
    enterCell(model, registry, sheet, 0, 0, '=QUOTEPART.REPARTIR(B1;B2:B4)');
    expect(readValue(sheet.valueAt(0, 0))).toBe('#PROPAGATION!');
    enterCell(model, registry, sheet, 0, 2, '=QUOTEPART.REPARTIR(B1;B2:B4)');
    expect(readValue(sheet.valueAt(2, 2))).toBe(33.33);
    expect(enterCell(model, registry, sheet, 0, 2, '7')).toBeUndefined();
    expect(readValue(sheet.valueAt(2, 2))).toBe('');
    expect(formulaAt(model, sheet, 0, 2)).toBeUndefined();
  });

  it('refuses what it cannot evaluate, with a French reason; an unknown function is #NOM?', () => {
    const { model, sheet } = sheetWithWeights();
    expect(enterCell(model, registry, sheet, 0, 2, '=SOMME(B2:B4)')).toMatch(
      /que les fonctions QUOTEPART/,
    );
    expect(enterCell(model, registry, sheet, 0, 2, '=QUOTEPART.REPARTIR(B1;B2+B3)')).toMatch(
      /« B2\+B3 »/,
    );
    expect(enterCell(model, registry, sheet, 0, 2, '=QUOTEPART.DIVISER(B1)')).toBeNull();
    expect(readValue(sheet.valueAt(0, 2))).toBe('#NOM?');
  });
});

describe('parseFormula', () => {
  it('reads references, numbers, texts and omitted arguments', () => {
    expect(parseFormula('=QUOTEPART.REPARTIR(\'Mes données\'!A1;B2:C3;-0,5;"x;y";)')).toEqual({
      ok: true,
      name: 'REPARTIR',
      args: [
        { kind: 'range', sheet: 'Mes données', range: { top: 1, left: 1, bottom: 1, right: 1 } },
        { kind: 'range', sheet: null, range: { top: 2, left: 2, bottom: 3, right: 3 } },
        { kind: 'number', value: -0.5 },
        { kind: 'text', value: 'x;y' },
        { kind: 'omitted' },
      ],
    });
  });
});
