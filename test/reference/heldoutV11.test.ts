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
import type { RawWorkbook } from '../../src/engine';
import type { ResultJson } from '../../src/engine/contract/resultJson';
import { readXlsxWorkbookSync } from '../../src/workbook/xlsx/read/readXlsxWorkbook';
import { compareResults, missingLiquidationTexts, missingV11Issues } from './compareResults';
import { DIFF_OPTIONS } from './differentialRun';
import { ALL_V11_PARTS, ENGINE_V11_PARTS, engineHas } from './engineV11';
import type { V11Part } from './engineV11';
import { isRefused, runReference } from './runReference';

interface HeldOut {
  readonly name: string;
  readonly parts: readonly V11Part[];
  readonly status: 'valid' | 'invalid';
  readonly note: string;
}

const DIR = path.join(__dirname, 'heldout-v11');
const MANIFEST = JSON.parse(fs.readFileSync(path.join(DIR, 'manifest.json'), 'utf8')) as HeldOut[];

function readHeldOut(name: string): RawWorkbook {
  const bytes = fs.readFileSync(path.join(DIR, `${name}.xlsx`));
  return readXlsxWorkbookSync(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

function expectedOf(name: string): ResultJson {
  return JSON.parse(fs.readFileSync(path.join(DIR, `${name}.expected.json`), 'utf8')) as ResultJson;
}

function engineResult(name: string): { json: ResultJson; refused: boolean } {
  const workbook = readHeldOut(name);
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

  it('are what the reference computes from each xlsx as the engine reads it (fixtures consistent)', () => {
    const results = runReference(MANIFEST.map((h) => readHeldOut(h.name)));
    const wrong = MANIFEST.flatMap((h, i) => {
      const r = results[i];
      if (!r || !r.ok) return [`${h.name}: reference crashed`];
      const expected = expectedOf(h.name);
      return [
        ...(isRefused(r.result) !== (h.status === 'invalid') ? ['verdict'] : []),
        ...compareResults(r.result, expected, 5, ALL_V11_PARTS),
        ...missingV11Issues(r.result, expected, ALL_V11_PARTS, false),
      ].map((d) => `${h.name}: ${d}`);
    });
    expect(wrong).toEqual([]);
  });

  describe.each(MANIFEST.map((h) => [h.name, h] as const))('%s', (_name, h) => {
    (engineHas(h.parts) ? it : it.skip)(`${h.status}: ${h.note}`, () => {
      const expected = expectedOf(h.name);
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
