import * as zlib from 'node:zlib';
import fc from 'fast-check';
import { crc32, deflateRawChunk, inflateRaw } from '../../../src/preview/xlsx/deflateCodec.browser';

const text = (size: number) =>
  new TextEncoder().encode('<row r="1"><c t="s"><v>0</v></c></row>'.repeat(size));

describe('browser deflate codec', () => {
  it('inflates what Node deflates', () => {
    const data = text(5000);
    expect(inflateRaw(zlib.deflateRawSync(data), data.length)).toEqual(data);
  });

  it('stops at the given length: null when the stream holds more, never a larger buffer', () => {
    const data = text(5000);
    const stream = zlib.deflateRawSync(data);
    expect(inflateRaw(stream, data.length - 1)).toBeNull();
    expect(inflateRaw(stream, 10)).toBeNull();
    expect(inflateRaw(stream, data.length + 100)).toEqual(data);
  });

  it('deflates chunks that concatenate into one stream Node can inflate', () => {
    const parts = [text(3000), text(1), new Uint8Array(0), text(20000)];
    const stream = Buffer.concat(
      parts.map((part, i) => deflateRawChunk(part, i === parts.length - 1)),
    );
    expect(new Uint8Array(zlib.inflateRawSync(stream))).toEqual(
      new Uint8Array(Buffer.concat(parts)),
    );
  });

  it('computes the same CRC-32 as zlib, also when continued', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (a, b) => {
        const whole = new Uint8Array([...a, ...b]);
        expect(crc32(whole)).toBe(zlib.crc32(whole));
        expect(crc32(b, crc32(a))).toBe(zlib.crc32(whole));
      }),
    );
  });
});
