/**
 * Path helpers of the xlsx writer for the CLI: the output is written to a temporary file
 * in the output's folder, then renamed over the output. The rename is atomic, so the
 * output path only ever holds a complete workbook (or what it held before), and a failed
 * write leaves no temporary file behind.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { WritePlan } from '../../../engine/plan/writePlan';
import type { ZipSink } from '../zip/zipWriter';
import { writeXlsxWithPlanToSink } from './writeXlsxWithPlan';

/** Name of the temporary file used while writing `outputPath`. */
export function temporaryPathFor(outputPath: string): string {
  return join(
    dirname(outputPath),
    `.${basename(outputPath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
}

/** A zip sink writing to an open file. */
function fileSink(fd: number): ZipSink {
  return {
    write: (bytes) => {
      let done = 0;
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    },
    patch: (offset, bytes) => {
      writeSync(fd, bytes, 0, bytes.length, offset);
    },
  };
}

/**
 * Runs `write` on a fresh temporary file next to `outputPath`, then renames it over
 * `outputPath`; on any failure the temporary file is removed and the error rethrown.
 */
export async function writeAtomically<T>(
  outputPath: string,
  write: (fd: number) => Promise<T> | T,
): Promise<T> {
  const temporary = temporaryPathFor(outputPath);
  let fd: number | null = null;
  try {
    fd = openSync(temporary, 'wx');
    const result = await write(fd);
    closeSync(fd);
    fd = null;
    await rename(temporary, outputPath);
    return result;
  } catch (error) {
    if (fd !== null) closeSync(fd);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** Writes bytes to `outputPath` atomically. */
export async function writeFileAtomically(outputPath: string, bytes: Uint8Array): Promise<void> {
  await writeAtomically(outputPath, (fd) => fileSink(fd).write(bytes));
}

/** Applies the plan to the input workbook's bytes and writes the result to `outputPath` atomically; returns its size. */
export async function writeWorkbookFile(
  inputBytes: Uint8Array,
  plan: WritePlan,
  outputPath: string,
): Promise<number> {
  return writeAtomically(outputPath, (fd) =>
    writeXlsxWithPlanToSink(inputBytes, plan, fileSink(fd)),
  );
}

/** Reads `inputPath`, applies the plan and writes the result to `outputPath` atomically; returns its size. */
export async function writeOutputFile(
  inputPath: string,
  plan: WritePlan,
  outputPath: string,
): Promise<number> {
  const input = await readFile(inputPath);
  return writeWorkbookFile(
    new Uint8Array(input.buffer, input.byteOffset, input.byteLength),
    plan,
    outputPath,
  );
}
