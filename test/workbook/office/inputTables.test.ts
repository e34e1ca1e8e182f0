/** Template, sample loading, cell selection and document name through the Office adapter. */
import { rawDate } from '../../../src/engine';
import { CONTRACT_TABLES, PARAMETER_NAMES } from '../../../src/engine/contract/tables';
import {
  buildFakeWorkbook,
  createFakeExcel,
  fakeCell,
  fakeSheetNames,
  fakeTables,
  fakeValues,
} from '../../../src/workbook/fakeExcel';
import { createOfficeHost } from '../../../src/workbook/office/createOfficeHost';
import type { InputTableData } from '../../../src/workbook/office/hostOperations';
import { DEFAULT_LIMITS } from '../../../src/workbook/office/requestLimits';
import { snapshotWorkbook } from './planFixtures';

const blank = () => buildFakeWorkbook({ name: 'Classeur1.xlsx', sheets: [{ name: 'Feuil1' }] });

const sample: InputTableData[] = [
  {
    name: 'Parametres',
    headers: ['Paramètre', 'Valeur'],
    rows: [
      ['Exercice', 2026],
      ["Date d'émission", rawDate('2026-03-01')],
      ['Organisme', 'SIVU Informatique'],
      ['Arrondi', '0,01'],
    ],
  },
  {
    name: 'Membres',
    headers: ['Membre', 'Entrée', 'Population', 'SIRET'],
    rows: [
      ['Ville A', rawDate('2026-01-01'), 1200, '21750001600019'],
      ['Ville B', null, 800, null],
    ],
  },
];

describe('createInputTemplate', () => {
  it('adds every contract table, empty, with its canonical headers, one per sheet', async () => {
    const model = blank();
    const outcome = await createOfficeHost(createFakeExcel(model)).createInputTemplate();
    expect(outcome).toEqual({ status: 'created', sheets: CONTRACT_TABLES.map((t) => t.name) });
    expect(fakeSheetNames(model)).toEqual(['Feuil1', ...CONTRACT_TABLES.map((t) => t.name)]);
    for (const table of CONTRACT_TABLES) {
      const last = String.fromCharCode(64 + table.headers.length);
      expect(fakeValues(model, table.name, `A1:${last}1`)).toEqual([[...table.headers]]);
      expect(fakeCell(model, table.name, 'A1').bold).toBe(true);
    }
    expect(fakeTables(model)).toEqual(
      CONTRACT_TABLES.map((t) => ({
        name: t.name,
        sheet: t.name,
        range: `A1:${String.fromCharCode(64 + t.headers.length)}${t.name === 'Parametres' ? PARAMETER_NAMES.length + 1 : 2}`,
      })),
    );
    expect(model.activeSheet?.name).toBe('Parametres');
  });

  it('lists every parameter name in the empty Parametres table, values left blank', async () => {
    const model = blank();
    await createOfficeHost(createFakeExcel(model)).createInputTemplate();
    expect(fakeValues(model, 'Parametres', `A2:B${PARAMETER_NAMES.length + 1}`)).toEqual(
      PARAMETER_NAMES.map((name) => [name, null]),
    );
  });

  it('refuses politely, writing nothing, when the workbook already has one of the tables', async () => {
    const model = buildFakeWorkbook({
      sheets: [{ name: 'Paramètres', rows: [['Paramètre', 'Valeur']] }],
    });
    const before = snapshotWorkbook(model);
    const outcome = await createOfficeHost(createFakeExcel(model)).createInputTemplate();
    expect(outcome).toEqual({
      status: 'refused',
      existing: ['Paramètres'],
      message: expect.stringContaining('« Paramètres »'),
    });
    expect(snapshotWorkbook(model)).toEqual(before);
  });
});

describe('writeInputTables', () => {
  it('writes the sample so that reading it back gives the same cells', async () => {
    const model = blank();
    const host = createOfficeHost(createFakeExcel(model));
    expect(await host.writeInputTables(sample)).toEqual({
      status: 'created',
      sheets: ['Parametres', 'Membres'],
    });
    const raw = await host.readWorkbook();
    const tables = raw.tables.filter((t) => t.source === 'table');
    expect(tables.map((t) => ({ name: t.name, headers: t.headers, rows: t.rows }))).toEqual([
      {
        name: 'Parametres',
        headers: ['Paramètre', 'Valeur'],
        rows: [
          ['Exercice', 2026],
          ["Date d'émission", '2026-03-01'],
          ['Organisme', 'SIVU Informatique'],
          ['Arrondi', '0,01'],
        ],
      },
      {
        name: 'Membres',
        headers: ['Membre', 'Entrée', 'Population', 'SIRET'],
        rows: sample[1]!.rows,
      },
    ]);
    expect(fakeCell(model, 'Membres', 'B2').numberFormat).toBe('dd/mm/yyyy');
    expect(fakeCell(model, 'Membres', 'D2')).toMatchObject({ type: 'String', numberFormat: '@' });
  });

  it('writes large tables in blocks', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => [`Membre ${i}`, i]);
    const model = blank();
    const excel = createFakeExcel(model);
    await createOfficeHost(excel, {
      limits: { ...DEFAULT_LIMITS, maxRows: 1000 },
    }).writeInputTables([{ name: 'Membres', headers: ['Membre', 'Population'], rows }]);
    expect(fakeValues(model, 'Membres', 'A2501:B2501')).toEqual([['Membre 2499', 2499]]);
    expect(excel.stats().syncs).toBe(1 + 1 + 3 + 1);
  });

  it('deletes the sheets it added when a write fails half-way', async () => {
    const model = blank();
    const before = snapshotWorkbook(model);
    const excel = createFakeExcel(model, { failSync: (n) => n === 3 });
    await expect(createOfficeHost(excel).writeInputTables(sample)).rejects.toThrow(
      /L'ajout des tableaux \(rien n'a été ajouté\) a échoué/,
    );
    expect(snapshotWorkbook(model)).toEqual(before);
  });
});

describe('selectCell and documentName', () => {
  it('activates the sheet and selects the cell', async () => {
    const model = buildFakeWorkbook({
      name: 'Budget.xlsx',
      sheets: [{ name: 'Feuil1' }, { name: 'Membres' }],
    });
    const host = createOfficeHost(createFakeExcel(model));
    await host.selectCell('Membres', 'C7');
    expect(model.activeSheet?.name).toBe('Membres');
    expect(model.selection?.rect).toEqual({ row: 6, column: 2, rowCount: 1, columnCount: 1 });
    expect(await host.documentName()).toBe('Budget.xlsx');
  });

  it('says which sheet could not be selected, with the Excel error code', async () => {
    const host = createOfficeHost(createFakeExcel(blank()));
    await expect(host.selectCell('Absente', 'A1')).rejects.toThrow(
      /feuille « Absente ».*code Excel ItemNotFound/,
    );
  });
});
