/** Runs the CLI's `main` in-process with captured streams and a fixed clock, for end-to-end tests. */
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliIo } from '../../../src/cli/cliIo';
import { main } from '../../../src/cli/main';

/** The sample workbook of the repository. */
export const SAMPLE = resolve(__dirname, '../../../assets/sample.xlsx');
/** The régularisation fixture (table Acomptes: reductions are produced). */
export const SAMPLE_REGULARISATION = resolve(
  __dirname,
  '../../workbook/sample/fixtures/sample-regularisation.xlsx',
);

/** What one run printed and returned. */
export interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `quote-part …argv`. */
export async function run(argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    now: () => new Date('2026-03-31T10:00:00Z'),
  };
  const code = await main(argv, io);
  return { code, out, err };
}

/** The sorted file names of a folder. */
export async function filesIn(folder: string): Promise<string[]> {
  return (await readdir(folder)).sort();
}

/**
 * A decimal text (`1234.56`, `1234,56`, `-0.5`) as an integer number of millionths, so
 * that sums are exact whatever the decimal mark.
 */
export function millionths(text: string): bigint {
  const match = /^(-?)(\d+)(?:[.,](\d{1,6}))?$/.exec(text);
  if (match === null) throw new Error(`not a decimal: ${JSON.stringify(text)}`);
  const value = BigInt(match[2] as string) * 1_000_000n + BigInt((match[3] ?? '').padEnd(6, '0'));
  return match[1] === '-' ? -value : value;
}

/** Σ of decimal texts, in millionths. */
export function exactSum(texts: readonly string[]): bigint {
  return texts.reduce((sum, text) => sum + millionths(text), 0n);
}
