/**
 * The round trip every interop test of a result workbook makes: written to `work`, read
 * back by openpyxl equal to the JSON result to the cent, re-saved by LibreOffice, the
 * re-save valid (validity harness) and read back equal too. One place, so that the
 * result, compact and Excel-made tests check exactly the same things.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPackage } from '../../workbook/xlsx/validity/packageValidity';
import {
  expectTablesEqualJson,
  libreOfficeResave,
  openpyxlRead,
  type ResultJson,
} from './roundTrip';

/** Which step a host cannot do on one input (see the Excel-made corpus's HOST_LIMITS). */
export type RoundTripSkip = 'libreoffice' | 'openpyxl-resave';

/** Options of one round trip. */
export interface RoundTripOptions {
  /** openpyxl warnings the input workbook already gives (not counted against the output). */
  inherited?: readonly string[];
  /** The step skipped, and every step after it. */
  skip?: RoundTripSkip;
}

/** Runs the round trip of `output` (saved as `work/name.xlsx`) against `json`. */
export function expectRoundTrip(
  work: string,
  name: string,
  output: Uint8Array,
  json: ResultJson,
  options: RoundTripOptions = {},
): void {
  const inherited = options.inherited ?? [];
  const file = join(work, `${name}.xlsx`);
  writeFileSync(file, output);
  expectTablesEqualJson(openpyxlRead(file), json, inherited);

  if (options.skip === 'libreoffice') return;
  const resaved = libreOfficeResave(work, file, name);
  expect(checkPackage(resaved).failures).toEqual([]);
  const resavedFile = join(work, `${name}-libreoffice.xlsx`);
  writeFileSync(resavedFile, resaved);
  if (options.skip === 'openpyxl-resave') return;
  expectTablesEqualJson(openpyxlRead(resavedFile), json, inherited);
}
