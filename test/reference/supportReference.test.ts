/**
 * The engine and the independent Python reference on workbooks with support services
 * (contract §6.2): the same verdict, the same figures on every field of §5 and the same
 * `ventilation` / `ventilationTotals` rows, for the three methods and the refused cases.
 */
import { runQuotePart, type RawCell, type RawWorkbook } from '../../src/engine';
import type { ResultJson } from '../../src/engine/contract/resultJson';
import { OPTIONS, type TableSpec } from '../engine/support/workbookBuilder';
import { smallWorkbook } from '../engine/support/smallWorkbook';
import { SUPPORT_CHARGES, SUPPORT_SERVICES, VENTILATIONS } from '../engine/support/supportWorkbook';
import { sampleRawWorkbook } from '../../src/workbook/sample/sampleRawWorkbook';
import { SAMPLE_TABLES } from '../../src/workbook/sample/sampleData';
import { runReference, isRefused } from './runReference';
import { canonicalDecimal, compareResults } from './compareResults';

const withSupports = (
  tables: Partial<Record<string, TableSpec>> = {},
  params: Record<string, RawCell> = {},
): RawWorkbook =>
  smallWorkbook({
    params,
    tables: {
      Services: SUPPORT_SERVICES,
      Charges: SUPPORT_CHARGES,
      Ventilations: VENTILATIONS,
      ...tables,
    },
  });

const CASES: Record<string, RawWorkbook> = {
  'classeur exemple (Direction de la DSI ↔ Centre de données)': sampleRawWorkbook(SAMPLE_TABLES),
  réciproque: withSupports(),
  'en cascade': withSupports({}, { 'Méthode de ventilation': 'En cascade' }),
  directe: withSupports({}, { 'Méthode de ventilation': 'Directe' }),
  'arrondi à l’euro, scénario': withSupports(
    {
      Scenarios: {
        headers: ['Scénario', 'Service', 'Clé'],
        rows: [['Égal', 'Info', 'Égalitaire']],
      },
    },
    { Arrondi: 1 },
  ),
  singulier: withSupports({
    Ventilations: {
      headers: VENTILATIONS.headers,
      rows: [
        ['Direction de la DSI', 'Centre de données', 1],
        ['Centre de données', 'Direction de la DSI', 1],
      ],
    },
  }),
  'coût perdu': withSupports({
    Ventilations: { headers: VENTILATIONS.headers, rows: [['Direction de la DSI', 'Info', 1]] },
  }),
  'sans receveur en cascade': withSupports(
    {
      Ventilations: {
        headers: VENTILATIONS.headers,
        rows: [
          ['Direction de la DSI', 'Info', 1],
          ['Centre de données', 'Direction de la DSI', 1],
        ],
      },
    },
    { 'Méthode de ventilation': 'En cascade' },
  ),
  'adhésion d’un support': withSupports({
    Adhesions: { headers: ['Service', 'Membre'], rows: [['Centre de données', 'A']] },
  }),
};

/** Rows with every decimal field canonical, for a comparison by value. */
function canonicalRows(rows: readonly object[]): unknown[] {
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [
        k,
        typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? canonicalDecimal(v) : v,
      ]),
    ),
  );
}

describe('support services: engine = Python reference', () => {
  const names = Object.keys(CASES);
  const reference = runReference(names.map((n) => CASES[n] as RawWorkbook));

  it.each(names.map((n, i) => [n, i] as const))('%s', (name, i) => {
    const engine = runQuotePart(CASES[name] as RawWorkbook, OPTIONS).json;
    const ref = reference[i];
    if (!ref?.ok) throw new Error(`reference crashed: ${ref?.crash ?? 'no result'}`);
    const result: ResultJson = ref.result;
    expect(isRefused(engine)).toBe(isRefused(result));
    expect(compareResults(engine, result)).toEqual([]);
    expect(canonicalRows(engine.ventilation)).toEqual(canonicalRows(result.ventilation));
    expect(canonicalRows(engine.ventilationTotals)).toEqual(
      canonicalRows(result.ventilationTotals),
    );
  });
});
