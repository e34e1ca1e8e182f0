/**
 * Path helper of the xlsx writer for the CLI: reads the input workbook, writes the output
 * to a temporary file in the output's folder, then renames it over the output. The rename
 * is atomic, so the output path only ever holds a complete workbook (or what it held
 * before), and a failed write leaves no temporary file behind.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { WritePlan } from '../../../engine/plan/writePlan';
import { writeXlsxWithPlan } from './writeXlsxWithPlan';

/** Name of the temporary file used while writing `outputPath`. */
export function temporaryPathFor(outputPath: string): string {
  return join(dirname(outputPath), `.${basename(outputPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Writes bytes to `outputPath` atomically (temporary file in the same folder, then rename). */
export async function writeFileAtomically(outputPath: string, bytes: Uint8Array): Promise<void> {
  const temporary = temporaryPathFor(outputPath);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, outputPath);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** Reads `inputPath`, applies the plan and writes the result to `outputPath` atomically. Returns the bytes written. */
export async function writeOutputFile(inputPath: string, plan: WritePlan, outputPath: string): Promise<number> {
  const input = await readFile(inputPath);
  const output = writeXlsxWithPlan(new Uint8Array(input.buffer, input.byteOffset, input.byteLength), plan);
  await writeFileAtomically(outputPath, output);
  return output.length;
}
