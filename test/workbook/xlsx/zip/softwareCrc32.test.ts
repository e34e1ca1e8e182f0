import * as zlib from 'zlib';
import fc from 'fast-check';
import { softwareCrc32 } from '../../../../src/workbook/xlsx/zip/softwareCrc32';

describe('softwareCrc32', () => {
  it('gives the check value of the standard (CRC-32 of "123456789" = CBF43926)', () => {
    expect(softwareCrc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('equals zlib.crc32, whole or continued over two pieces (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(300), (data, cut) => {
        const at = Math.min(cut, data.length);
        const whole = zlib.crc32(data);
        expect(softwareCrc32(data)).toBe(whole);
        expect(softwareCrc32(data.subarray(at), softwareCrc32(data.subarray(0, at)))).toBe(whole);
      }),
    );
  });
});
