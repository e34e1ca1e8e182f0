/**
 * Writes a whole JSON document on the main thread, as `JSON.stringify(document, null, 2)`
 * plus a newline, atomically (a temporary file renamed over the target, like the
 * workbook). Used for the JSON of a run that writes no workbook (an invalid input).
 */
import { writeAtomically } from '../../workbook/xlsx/write/writeOutputFile';
import { jsonDocumentPieces } from './jsonDocumentText';
import { Utf8FileWriter } from './utf8FileWriter';

/** Writes a JSON document as `JSON.stringify(document, null, 2)` plus a newline, atomically. */
export async function writeJsonFile(path: string, document: object): Promise<void> {
  await writeAtomically(path, (fd) => {
    const file = new Utf8FileWriter(fd);
    for (const piece of jsonDocumentPieces(document as Readonly<Record<string, unknown>>))
      file.write(piece);
    file.write('\n');
    file.flush();
  });
}
