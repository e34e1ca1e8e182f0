/**
 * Every result workbook is valid, whoever wrote the input: for each input of the harness
 * (validityInputs.ts) the output of `quote-part compute` passes every check of
 * packageValidity.ts; for the inputs marked `rerun`, so does the output of a second run
 * on that output (the project's own writer as producer: owned sheets replaced, same
 * results).
 */
import { computeOutput } from './computeOutput';
import { checkPackage } from './packageValidity';
import { validityInputs } from './validityInputs';

describe.each(validityInputs().map((input) => [input.label, input] as const))(
  'result of %s',
  (_label, input) => {
    it('is a valid package (XML, schemas, tables, content types, relationships)', async () => {
      const bytes = input.bytes();
      const first = await computeOutput(bytes);
      expect(first.err).not.toMatch(/erreur interne/i);
      expect(first.output).not.toBeNull();
      const output = first.output as Uint8Array;
      expect(checkPackage(output, bytes).failures).toEqual([]);
      if (!input.rerun) return;
      const second = await computeOutput(output);
      expect(second.output).not.toBeNull();
      expect(checkPackage(second.output as Uint8Array, output).failures).toEqual([]);
      expect(second.json).toEqual(first.json);
    });
  },
);
