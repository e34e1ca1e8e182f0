/**
 * The xlsx writer: the input workbook unchanged plus the plan's sheets, each table a real
 * Excel table (what goes where: outputParts.ts). Two ways out: the whole file in memory,
 * or streamed into a sink with the sheets deflated on the thread pool (the CLI's path).
 */
import type { WritePlan } from '../../../engine/plan/writePlan';
import { MemorySink, ZipWriter, type ZipSink } from '../zip/zipWriter';
import type { RowsEncoder } from './offloadedRows';
import { DEFAULT_WRITE_OPTIONS, planOutputParts, type WriteOptions } from './outputParts';

export { InvalidPlanError, EXCEL_MAX_ROWS, EXCEL_MAX_COLUMNS } from './planValidation';
export { DEFAULT_WRITE_OPTIONS, type WriteOptions } from './outputParts';

/** Writes the plan into a copy of the input workbook and returns the new file's bytes. */
export function writeXlsxWithPlan(
  inputBytes: Uint8Array,
  plan: WritePlan,
  options: WriteOptions = DEFAULT_WRITE_OPTIONS,
): Uint8Array {
  const { archive, parts } = planOutputParts(inputBytes, plan, options);
  const sink = new MemorySink();
  const writer = new ZipWriter(sink);
  for (const part of parts) {
    if (part.kind === 'copy') writer.copyEntry(archive, part.entry);
    else if (part.kind === 'text') writer.addPart(part.name, part.xml);
    else writer.addStreamedPart(part.name, part.pieces());
  }
  writer.finish();
  return sink.bytes();
}

/**
 * As `writeXlsxWithPlan`, into a sink as the bytes are produced, deflating sheets on the
 * thread pool meanwhile (the CLI's path: no whole output in memory, both cores busy).
 * With an `encoder`, the large tables' rows are rendered and encoded on its thread
 * (offloadedSheetPart.ts): the same bytes. Resolves to the number of bytes written.
 */
export async function writeXlsxWithPlanToSink(
  inputBytes: Uint8Array,
  plan: WritePlan,
  sink: ZipSink,
  options: WriteOptions = DEFAULT_WRITE_OPTIONS,
  encoder: RowsEncoder | null = null,
): Promise<number> {
  const { archive, parts } = planOutputParts(inputBytes, plan, options);
  const writer = new ZipWriter(sink);
  for (const part of parts) {
    if (part.kind === 'copy') writer.copyEntry(archive, part.entry);
    else if (part.kind === 'text') writer.addPart(part.name, part.xml);
    else if (encoder !== null && part.offloaded !== undefined)
      await writer.addEncodedPartAsync(part.name, part.offloaded(encoder));
    else await writer.addStreamedPartAsync(part.name, part.pieces());
  }
  return writer.finish();
}
