/** The CRC thread: the zip format's CRC-32 of a part's chunks, part after part, from copies. */
import { Crc32Worker, nativeCrc32Available } from '../../../../src/workbook/xlsx/zip/crc32Worker';
import { softwareCrc32 } from '../../../../src/workbook/xlsx/zip/softwareCrc32';
import { MemorySink, ZipWriter } from '../../../../src/workbook/xlsx/zip/zipWriter';
import { openZipArchive, readPartText } from '../../../../src/workbook/xlsx/zip/zipArchive';

const bytes = (length: number, seed: number): Uint8Array =>
  Uint8Array.from({ length }, (_, i) => (i * 31 + seed * 7) & 0xff);

describe('Crc32Worker', () => {
  it('gives each part the CRC-32 of its chunks, even when their buffers are reused at once', async () => {
    expect(nativeCrc32Available()).toBe(true);
    const worker = new Crc32Worker();
    try {
      const buffer = new Uint8Array(1000);
      const chunks = [bytes(1000, 1), bytes(1000, 2), bytes(1000, 3)];
      for (const chunk of chunks) {
        buffer.set(chunk);
        worker.update(buffer);
        buffer.fill(0);
      }
      const whole = new Uint8Array(3000);
      chunks.forEach((chunk, i) => whole.set(chunk, i * 1000));
      expect(await worker.finish()).toBe(softwareCrc32(whole));
      worker.update(bytes(17, 9));
      expect(await worker.finish()).toBe(softwareCrc32(bytes(17, 9)));
      expect(await worker.finish()).toBe(0);
    } finally {
      worker.close();
    }
  });

  it('reads chunks in a SharedArrayBuffer where they are, once acknowledged', async () => {
    const worker = new Crc32Worker();
    try {
      const shared = Buffer.from(new SharedArrayBuffer(64));
      shared.set(bytes(64, 4));
      await worker.update(shared);
      shared.set(bytes(64, 5));
      await worker.update(shared.subarray(0, 10));
      const whole = new Uint8Array(74);
      whole.set(bytes(64, 4));
      whole.set(bytes(64, 5).subarray(0, 10), 64);
      expect(await worker.finish()).toBe(softwareCrc32(whole));
    } finally {
      worker.close();
    }
  });

  it('checksums the streamed parts of the asynchronous writer (the reader checks every CRC)', async () => {
    const sink = new MemorySink();
    const writer = new ZipWriter(sink);
    const rows = Array.from({ length: 30_000 }, (_, i) => `<row r="${i}">é€${i}</row>`);
    await writer.addStreamedPartAsync('a.xml', rows);
    await writer.addStreamedPartAsync('b.xml', ['<b/>']);
    writer.finish();
    const archive = openZipArchive(sink.bytes());
    expect(readPartText(archive, 'a.xml')).toBe(rows.join(''));
    expect(readPartText(archive, 'b.xml')).toBe('<b/>');
  });
});
