/**
 * functions.json, the metadata Excel reads to register the custom functions, is generated
 * from the JSDoc of src/functions/functions.ts by custom-functions-metadata (the generator
 * the webpack plugin runs): it must match the golden file, name only functions that the
 * file exports, and describe them in French. Regenerate the golden file deliberately when
 * a function's signature or description changes (see docs/fonctions.md).
 */
import * as fs from 'fs';
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as functions from '../../src/functions/functions';

const source = path.resolve(__dirname, '../../src/functions/functions.ts');
const golden = path.join(__dirname, 'functions.golden.json');

type Metadata = {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: {
      name: string;
      description: string;
      optional?: boolean;
      dimensionality?: string;
    }[];
    result: { dimensionality?: string; type: string };
  }[];
};

describe('custom functions metadata (functions.json)', () => {
  let generated: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
  beforeAll(async () => {
    generated = await generateCustomFunctionsMetadata([source]);
  });

  it('is generated without error and equals the golden file', () => {
    expect(generated.errors).toEqual([]);
    expect(JSON.parse(generated.metadataJson)).toEqual(JSON.parse(fs.readFileSync(golden, 'utf8')));
  });

  it('declares the four functions, each returning a dynamic array of numbers', () => {
    const metadata = JSON.parse(generated.metadataJson) as Metadata;
    expect(metadata.functions.map((f) => [f.id, f.name])).toEqual([
      ['REPARTIR', 'REPARTIR'],
      ['REPARTIR.CLE', 'REPARTIR.CLE'],
      ['PART', 'PART'],
      ['PALIERS', 'PALIERS'],
    ]);
    for (const f of metadata.functions) {
      expect(f.result).toEqual({ dimensionality: 'matrix', type: 'number' });
      expect(f.description).toMatch(/[éèàù’]|montant|poids/);
      for (const p of f.parameters) expect(p.description.length).toBeGreaterThan(10);
    }
    const optional = metadata.functions.flatMap((f) =>
      f.parameters.filter((p) => p.optional).map((p) => `${f.id}:${p.name}`),
    );
    expect(optional).toEqual([
      'REPARTIR:arrondi',
      'REPARTIR.CLE:presence',
      'REPARTIR.CLE:arrondi',
      'PALIERS:arrondi',
    ]);
  });

  it('associates each id with a function the file exports (what the plugin appends to the build)', () => {
    expect(generated.associate.map((a) => [a.id, a.functionName])).toEqual([
      ['REPARTIR', 'repartir'],
      ['REPARTIR.CLE', 'repartirCle'],
      ['PART', 'part'],
      ['PALIERS', 'paliers'],
    ]);
    for (const a of generated.associate)
      expect(typeof (functions as Record<string, unknown>)[a.functionName]).toBe('function');
  });
});
