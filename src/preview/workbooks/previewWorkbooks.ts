/**
 * The workbooks the preview can open without a file: the sample, the sample with a known
 * bad cell, and a blank workbook (to try "Créer les tables vides").
 */
import { FakeWorkbookModel, buildFakeWorkbook } from '../../workbook/fakeExcel';
import { SAMPLE_TABLES } from '../../workbook/sample/sampleData';
import { breakSample } from './brokenSample';
import { inputTablesSpec } from './sampleWorkbookSpec';

/** Which built-in workbook to open (`?exemple=` in the preview's URL). */
export type PreviewExample = 'exemple' | 'erreur' | 'vide';

/** Reads `?exemple=erreur|vide` (anything else: the sample). */
export function exampleFromQuery(search: string): PreviewExample {
  const value = new URLSearchParams(search).get('exemple');
  return value === 'erreur' || value === 'vide' ? value : 'exemple';
}

/** A new fake workbook for a built-in example. */
export function openExample(example: PreviewExample): FakeWorkbookModel {
  if (example === 'vide') {
    const model = new FakeWorkbookModel('Classeur1.xlsx');
    model.addSheet('Feuil1');
    return model;
  }
  if (example === 'erreur')
    return buildFakeWorkbook(inputTablesSpec('Exemple erroné.xlsx', breakSample(SAMPLE_TABLES)));
  return buildFakeWorkbook(inputTablesSpec('Exemple Val d’Aurèle.xlsx', SAMPLE_TABLES));
}

/** Toolbar button of each example, in French. */
export const EXAMPLE_BUTTONS: Readonly<Record<PreviewExample, string>> = {
  exemple: 'Charger l’exemple',
  erreur: 'Charger un exemple erroné',
  vide: 'Nouveau classeur vide',
};
