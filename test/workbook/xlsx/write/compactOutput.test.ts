/**
 * The compact layout of large tables (shared strings continuing the input's table, no `r`
 * where a reader infers it) holds exactly the cells of the plain layout: every cell of
 * every sheet read back by the product's reader, on the sample and on every Excel-made
 * workbook with the sample grafted in, with every table forced compact; the result passes
 * the validity harness (ECMA-376 schemas, content types, relationships); the input's own
 * shared strings keep their indices; a second run over the result does not grow the table.
 */
import { strFromU8, unzipSync } from 'fflate';
import { writeXlsxWithPlan } from '../../../../src/workbook/xlsx/write/writeXlsxWithPlan';
import { graftSample } from '../support/graftSample';
import { sheetGrids } from '../support/sheetGrids';
import { excelMadeWorkbooks } from '../validity/excelMadeInputs';
import { checkPackage } from '../validity/packageValidity';
import { COMPACT, planOf, SAMPLE } from '../support/sampleRun';

const PLAIN = { compactFromRows: Number.POSITIVE_INFINITY };

function partsOf(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]),
  );
}

function sharedStringsPart(parts: Record<string, string>): string {
  const name = Object.keys(parts).find((n) => /sharedStrings\.xml$/i.test(n));
  return name === undefined ? '' : (parts[name] as string);
}

/** Writes `input` plainly and compactly; checks the cells are the same and the compact file valid. */
function expectSameCells(input: Uint8Array): { plain: Uint8Array; compact: Uint8Array } {
  const plan = planOf(input);
  const plain = writeXlsxWithPlan(input, plan, PLAIN);
  const compact = writeXlsxWithPlan(input, plan, COMPACT);
  expect(sheetGrids(compact)).toEqual(sheetGrids(plain));
  expect(checkPackage(compact, input).failures).toEqual([]);
  return { plain, compact };
}

describe('compact tables', () => {
  it('hold the plain layout’s cells on the sample, with shared strings and inferred references', () => {
    const { plain, compact } = expectSameCells(SAMPLE);
    const after = partsOf(compact);
    const before = partsOf(plain);
    const titres = Object.values(after).find((xml) => xml.includes('>Base de liquidation<'));
    expect(titres).toMatch(/<c s="\d+" t="s"><v>\d+<\/v><\/c>/);
    expect(titres).toMatch(/<row r="2"><c r="A2" [^>]*>.*?<\/c><c s=/);
    // Every part but the sheets and the shared strings is the plain layout's, byte for byte.
    for (const [name, xml] of Object.entries(before))
      if (!/worksheets\/sheet|sharedStrings/.test(name))
        expect([name, after[name]]).toEqual([name, xml]);
    // The input's items first, unchanged, then the new ones; counts updated.
    const inputTable = sharedStringsPart(partsOf(SAMPLE));
    const table = sharedStringsPart(after);
    const inputItems = inputTable.substring(
      inputTable.indexOf('<si>'),
      inputTable.lastIndexOf('</si>') + 5,
    );
    expect(table).toContain(inputItems);
    const unique = Number(/uniqueCount="(\d+)"/.exec(table)?.[1]);
    expect(unique).toBe(table.split('<si>').length - 1);
    expect(unique).toBeGreaterThan(inputTable.split('<si>').length - 1);
  });

  it('keeps the default layout for tables below the threshold (the sample: byte-identical)', () => {
    const plan = planOf(SAMPLE);
    expect(writeXlsxWithPlan(SAMPLE, plan)).toEqual(writeXlsxWithPlan(SAMPLE, plan, PLAIN));
  });

  it('does not grow the table when run again over its own output', () => {
    const first = writeXlsxWithPlan(SAMPLE, planOf(SAMPLE), COMPACT);
    const { compact: second } = expectSameCells(first);
    const count = (bytes: Uint8Array): string | undefined =>
      /uniqueCount="(\d+)"/.exec(sharedStringsPart(partsOf(bytes)))?.[1];
    expect(count(second)).toBe(count(first));
  });

  const corpus = excelMadeWorkbooks();
  it.each(corpus.map((w) => [w.label, w] as const))(
    '%s + the sample: same cells, valid package',
    (_label, workbook) => {
      expectSameCells(graftSample(workbook.bytes()));
    },
  );
});
