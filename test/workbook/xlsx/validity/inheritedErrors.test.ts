/**
 * What the harness lets through as the input's own, and only that: a schema error an
 * Excel 2007 part already had (Basic12RTM's `mergeCell` alignment attribute, kept in the
 * styles part the writer extends) is inherited; a new error in that same part fails; so
 * does a new Override of a missing part (one the input had is inherited: corpus file
 * open-xml-sdk/SharedWorkbook.xlsx). Without
 * the input, every error counts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { graftSample } from '../support/graftSample';
import { computeOutput, rewriteParts } from './computeOutput';
import { EXCEL_MADE_DIR } from './excelMadeInputs';
import { checkPackage } from './packageValidity';

let input: Uint8Array;
let output: Uint8Array;

beforeAll(async () => {
  input = graftSample(
    new Uint8Array(readFileSync(join(EXCEL_MADE_DIR, 'open-xml-sdk/Basic12RTM.xlsx'))),
  );
  output = (await computeOutput(input)).output as Uint8Array;
});

describe('errors inherited from the input', () => {
  it('lets through the schema errors the input’s own part has', () => {
    expect(checkPackage(output, input).failures).toEqual([]);
    expect(checkPackage(output).failures.join('\n')).toMatch(
      /xl\/styles\.xml : non conforme à sml\.xsd : .*'mergeCell'/,
    );
  });

  it('fails on a new error in a part that already had inherited ones', () => {
    const broken = rewriteParts(output, (name, xml) =>
      name === 'xl/styles.xml' ? xml.replace('<alignment ', '<alignment bogus="1" ') : xml,
    );
    expect(checkPackage(broken, input).failures.join('\n')).toMatch(
      /xl\/styles\.xml : non conforme à sml\.xsd : .*'bogus'/,
    );
  });

  it('fails on a new Override of a missing part', () => {
    const broken = rewriteParts(output, (name, xml) =>
      name === '[Content_Types].xml'
        ? xml.replace(
            '</Types>',
            '<Override PartName="/xl/absente.xml" ContentType="application/xml"/></Types>',
          )
        : xml,
    );
    expect(checkPackage(broken, input).failures).toEqual([
      '[Content_Types].xml : Override pour une partie absente /xl/absente.xml',
    ]);
  });
});
