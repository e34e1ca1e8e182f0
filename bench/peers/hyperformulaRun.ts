/**
 * Child process of `npm run bench:peers`: builds the formula template in HyperFormula
 * (the headless spreadsheet engine) from the sheets saved as JSON, lets it compute every
 * formula, reads all values back, and prints on stdout one JSON line: build and read
 * seconds, each service's column of values (summed to the rounding drift by the parent)
 * and the totals row. Run as its own process so its peak memory is its own.
 *
 * Usage: `node lib/bench/peers/hyperformulaRun.js TEMPLATE.json`
 */
import { readFileSync } from 'node:fs';
import { HyperFormula } from 'hyperformula';
import type { SheetArrays } from './writeTemplateXlsx';

/** What the parent saves for this process. */
export interface HyperFormulaJob {
  readonly sheets: { readonly Couts: SheetArrays; readonly Repartition: SheetArrays };
  /** 0-based columns of the service formulas in `Repartition`. */
  readonly serviceColumns: readonly number[];
}

/** What this process prints. */
export interface HyperFormulaReport {
  readonly buildSeconds: number;
  readonly readSeconds: number;
  /** Σ of each service column in cents (exact integer sum of the rounded cells). */
  readonly columnCents: readonly number[];
  /** The totals row (HyperFormula's own SUM). */
  readonly totals: readonly number[];
  /** Value of the first member's first service cell. */
  readonly firstCell: number;
}

function main(path: string): void {
  const job = JSON.parse(readFileSync(path, 'utf8')) as HyperFormulaJob;
  const started = process.hrtime.bigint();
  const hf = HyperFormula.buildFromSheets(
    { Couts: job.sheets.Couts, Repartition: job.sheets.Repartition },
    { licenseKey: 'gpl-v3' },
  );
  const built = process.hrtime.bigint();
  const sheet = hf.getSheetId('Repartition');
  if (sheet === undefined) throw new Error('feuille Repartition absente');
  const values = hf.getSheetValues(sheet);
  const read = process.hrtime.bigint();
  const last = values.length - 1;
  const asNumber = (v: unknown): number => (typeof v === 'number' ? v : Number.NaN);
  const columnCents = job.serviceColumns.map((c) => {
    let cents = 0;
    for (let r = 1; r < last; r += 1) cents += Math.round(asNumber(values[r]?.[c]) * 100);
    return cents;
  });
  const report: HyperFormulaReport = {
    buildSeconds: Number(built - started) / 1e9,
    readSeconds: Number(read - built) / 1e9,
    columnCents,
    totals: job.serviceColumns.map((c) => asNumber(values[last]?.[c])),
    firstCell: asNumber(values[1]?.[job.serviceColumns[0] ?? 0]),
  };
  console.log(JSON.stringify(report));
}

main(process.argv[2] ?? '');
