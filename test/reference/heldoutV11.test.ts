/**
 * Held-out contract v1.1 workbooks (heldout-v11/): written by openpyxl, not by QuotePart's
 * own xlsx code, with expected results computed by the independent Python reference
 * (make_heldout.py). The engine, reading each xlsx as the CLI does, must reach the same
 * verdict; on a valid workbook, every §5 and §6 field to the cent, the §6 problems at the
 * same place and the liquidation texts §6 requires; on an invalid one, every §6 error the
 * reference locates, each with a French message.
 *
 * A workbook runs once the engine has every §6 part it needs (engineV11.ts, the one switch
 * the lead flips when i11a/i11b merge); until then it is listed as skipped. v1-control
 * needs no part and runs now.
 */
import * as fs from 'fs';
import * as path from 'path';
import { runQuotePart } from '../../src/engine';
import type { ResultJson } from '../../src/engine/contract/resultJson';
import { readXlsxWorkbookSync } from '../../src/workbook/xlsx/read/readXlsxWorkbook';
import { compareResults, missingLiquidationTexts, missingV11Issues } from './compareResults';
import { DIFF_OPTIONS } from './differentialRun';
import { ENGINE_V11_PARTS, engineHas } from './engineV11';
import type { V11Part } from './engineV11';
import { isRefused } from './runReference';

interface HeldOut {
  readonly name: string;
  readonly parts: readonly V11Part[];
  readonly status: 'valid' | 'invalid';
  readonly note: string;
}

const DIR = path.join(__dirname, 'heldout-v11');
const MANIFEST = JSON.parse(fs.readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as HeldOut[];

function engineResult(name: string): { json: ResultJson; refused: boolean } {
  const bytes = fs.readFileSync(path.join(DIR, `${name}.xlsx`));
  const workbook = readXlsxWorkbookSync(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  );
  const outcome = runQuotePart(workbook, DIFF_OPTIONS);
  return { json: outcome.json, refused: outcome.status === 'invalid' || isRefused(outcome.json) };
}

describe('held-out v1.1 workbooks (openpyxl, expected results from the reference)', () => {
  it('has a valid and an invalid workbook for every §6 part, and v1-control', () => {
    for (const part of ['stricter', 'supports', 'paliers', 'coalitions', 'historique'] as const)
      for (const status of ['valid', 'invalid'] as const)
        expect(MANIFEST.some((h) => h.parts.includes(part) && h.status === status)).toBe(true);
    expect(MANIFEST.some((h) => h.name === 'v1-control' && h.parts.length === 0)).toBe(true);
  });

  describe.each(MANIFEST.map((h) => [h.name, h] as const))('%s', (_name, h) => {
    (engineHas(h.parts) ? it : it.skip)(`${h.status}: ${h.note}`, () => {
      const expected = JSON.parse(
        fs.readFileSync(path.join(DIR, `${h.name}.expected.json`), 'utf8'),
      ) as ResultJson;
      const { json, refused } = engineResult(h.name);
      const errors = json.issues.filter((i) => i.severity === 'error');
      expect({ refused, firstErrors: h.status === 'valid' ? errors.slice(0, 3) : [] }).toEqual({
        refused: h.status === 'invalid',
        firstErrors: [],
      });
      if (h.status === 'valid') {
        expect([
          ...compareResults(json, expected, 50, ENGINE_V11_PARTS),
          ...missingV11Issues(json, expected, ENGINE_V11_PARTS, false),
          ...missingLiquidationTexts(json, expected, ENGINE_V11_PARTS),
        ]).toEqual([]);
      } else {
        expect(missingV11Issues(json, expected, ENGINE_V11_PARTS, true)).toEqual([]);
        expect(errors.filter((i) => !i.table || !/[a-zà-ÿ]{3}/.test(i.message))).toEqual([]);
      }
    });
  });
});
