/** Write plans and workbooks for the Office adapter tests. */
import type { ColumnFormat, PlanColumn, PlanTable, WritePlan } from '../../../src/engine';
import {
  buildFakeWorkbook,
  fakeSheetNames,
  fakeTables,
  snapshotSheet,
  type FakeWorkbookModel,
} from '../../../src/workbook/fakeExcel';

/** A column declaration. */
export function col(header: string, format: ColumnFormat, width = 12): PlanColumn {
  return { header, format, width };
}

/** A small plan: a quote-parts sheet and a comparison sheet with a heading, a pivot and a chart. */
export function smallPlan(): WritePlan {
  return {
    sheets: [
      {
        name: 'QP Quote-parts',
        freezeRows: 1,
        blocks: [
          {
            kind: 'table',
            name: 'QP_QuoteParts',
            row: 1,
            column: 1,
            columns: [
              col('Membre', 'text', 20),
              col('Part', 'share', 10),
              col('Quote-part', 'euro', 14),
              col('Émission', 'date', 12),
              col('Titres', 'integer', 8),
            ],
            rows: [
              ['Ville A', '0.25', '1234.50', '2026-01-31', '3'],
              ['00123', '0.75', '-3.70', null, '0'],
            ],
          },
        ],
      },
      {
        name: 'QP Comparaison',
        freezeRows: 0,
        blocks: [
          {
            kind: 'text',
            row: 1,
            column: 2,
            text: 'Total par membre et par scénario',
            style: 'heading',
          },
          { kind: 'text', row: 2, column: 2, text: '=pas une formule', style: 'note' },
          {
            kind: 'table',
            name: 'QP_ComparaisonScenarios',
            row: 3,
            column: 2,
            columns: [
              col('Membre', 'text', 28),
              col('Référence', 'euro', 16),
              col('Variante', 'euro', 16),
            ],
            rows: [
              ['Ville A', '100.00', '90.00'],
              ['Ville B', '200.00', '210.00'],
            ],
          },
        ],
        charts: [
          {
            title: 'Quote-parts par membre',
            type: 'clusteredColumn',
            table: 'QP_ComparaisonScenarios',
            categoryColumn: 'Membre',
            seriesColumns: ['Référence', 'Variante'],
            anchor: { row: 8, column: 2, rows: 20, columns: 8 },
          },
        ],
      },
    ],
  };
}

/** The 10 columns of the quote-parts tables of these fixtures. */
export const QUOTE_PART_COLUMNS: readonly PlanColumn[] = [
  col('Scénario', 'text'),
  col('Service', 'text'),
  col('Modèle', 'text'),
  col('Membre', 'text'),
  col('Part', 'share'),
  col('Coût unitaire', 'number'),
  col('Quote-part', 'euro'),
  col('Frais', 'euro'),
  col('Facturé', 'euro'),
  col('Règlement', 'text'),
];

/** A plan with one table of `rows` rows of 10 columns. */
export function oneTablePlan(rows: number): WritePlan {
  const table: PlanTable = {
    kind: 'table',
    name: 'QP_QuoteParts',
    row: 1,
    column: 1,
    columns: QUOTE_PART_COLUMNS,
    rows: Array.from({ length: rows }, (_, i) => [
      'Référence',
      'Messagerie',
      'Service commun',
      `Membre ${i}`,
      '0.0000285714',
      null,
      '123.45',
      '0.00',
      '123.45',
      'Titre de recettes',
    ]),
  };
  return { sheets: [{ name: 'QP Quote-parts', blocks: [table], freezeRows: 1 }] };
}

/** An input workbook with an input table, a plain input sheet and the outputs of an earlier run. */
export function workbookWithOldResults(): FakeWorkbookModel {
  return buildFakeWorkbook({
    name: 'Budget 2026.xlsx',
    sheets: [
      {
        name: 'Membres',
        rows: [
          ['Membre', 'Population'],
          ['Ville A', 1000],
          ['Ville B', 2000],
        ],
        tables: [{ name: 'Membres', range: 'A1:B3' }],
      },
      {
        name: 'Services',
        rows: [
          ['Service', 'Modèle'],
          ['Messagerie', 'Service commun'],
        ],
      },
      {
        name: 'QP Quote-parts',
        rows: [
          ['Membre', 'Ancien'],
          ['Ville A', 1],
        ],
        tables: [{ name: 'QP_QuoteParts', range: 'A1:B2' }],
      },
      { name: 'QP Ancienne feuille', rows: [['vieux']] },
    ],
    // Written by an earlier run, which recorded both of its sheets (QuotePart owns them).
    customProperties: { 'QuotePart.FeuillesEcrites': 'QP Quote-parts/QP Ancienne feuille' },
  });
}

/** Everything in a workbook, for before/after comparisons. */
export function snapshotWorkbook(model: FakeWorkbookModel): unknown {
  return {
    names: fakeSheetNames(model),
    sheets: fakeSheetNames(model).map((name) => snapshotSheet(model, name)),
    tables: fakeTables(model),
  };
}
