/**
 * Path helpers of the xlsx writer for the CLI: the output is written to a temporary file
 * in the output's folder, then renamed over the output. The rename is atomic, so the
 * output path only ever holds a complete workbook (or what it held before), and a failed
 * write leaves no temporary file behind. The temporary file is tracked while it exists, so
 * that a signal handler removes it (`removeLiveTemporaryFiles`), and the ones a killed run
 * left are swept before writing the same output again.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { readFile, rename, unlink } from 'node:fs/promises';
import type { WritePlan } from '../../../engine/plan/writePlan';
import type { ZipSink } from '../zip/zipWriter';
import {
  assertWritesWanted,
  sweepStaleTemporaries,
  temporaryPathFor,
  trackTemporary,
  untrackTemporary,
} from './temporaryFiles';
import type { RowsEncoder } from './offloadedRows';
import { DEFAULT_WRITE_OPTIONS, writeXlsxWithPlanToSink } from './writeXlsxWithPlan';

export { temporaryPathFor } from './temporaryFiles';

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
 * Just before the rename, `assertWritesWanted` may abandon the write (the CLI's, when the
 * process that started it has died meanwhile).
 */
export async function writeAtomically<T>(
  outputPath: string,
  write: (fd: number) => Promise<T> | T,
): Promise<T> {
  sweepStaleTemporaries(outputPath);
  const temporary = temporaryPathFor(outputPath);
  let fd: number | null = null;
  try {
    fd = openSync(temporary, 'wx');
    trackTemporary(temporary);
    const result = await write(fd);
    closeSync(fd);
    fd = null;
    assertWritesWanted();
    await rename(temporary, outputPath);
    untrackTemporary(temporary);
    return result;
  } catch (error) {
    if (fd !== null) closeSync(fd);
    await unlink(temporary).catch(() => undefined);
    untrackTemporary(temporary);
    throw error;
  }
}

/** Writes bytes to `outputPath` atomically. */
export async function writeFileAtomically(outputPath: string, bytes: Uint8Array): Promise<void> {
  await writeAtomically(outputPath, (fd) => fileSink(fd).write(bytes));
}

/**
 * Applies the plan to the input workbook's bytes and writes the result to `outputPath`
 * atomically (the large tables' rows rendered by `encoder` when given); returns its size.
 */
export async function writeWorkbookFile(
  inputBytes: Uint8Array,
  plan: WritePlan,
  outputPath: string,
  encoder: RowsEncoder | null = null,
): Promise<number> {
  return writeAtomically(outputPath, (fd) =>
    writeXlsxWithPlanToSink(inputBytes, plan, fileSink(fd), DEFAULT_WRITE_OPTIONS, encoder),
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
