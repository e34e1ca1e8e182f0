import fc from 'fast-check';
import { sharedRing, TextRing } from '../../../src/cli/json/textRing';

describe('TextRing', () => {
  it('gives back exactly the texts put, lone surrogates included (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 30 }),
        (texts) => {
          const shared = sharedRing(4096);
          const main = new TextRing(shared);
          const worker = new TextRing(shared);
          const starts = texts.map((text) => main.put(text));
          texts.forEach((text, i) => {
            expect(worker.get(starts[i] as number, text.length)).toBe(text);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('declines a text when the worker has not released room for it, and accepts it once released', () => {
    const shared = sharedRing(64);
    const main = new TextRing(shared);
    const worker = new TextRing(shared);
    expect(main.put('a'.repeat(20))).toBe(0); // 40 bytes
    // 40 more bytes do not fit before the end: the text would start over at 64, overwriting unread bytes.
    expect(main.put('b'.repeat(20))).toBeNull();
    worker.release(main.end);
    const start = main.put('b'.repeat(20));
    expect(start).toBe(64);
    expect(worker.get(start as number, 20)).toBe('b'.repeat(20));
  });

  it('never lets a text wrap around the end of the ring', () => {
    const shared = sharedRing(100);
    const main = new TextRing(shared);
    const worker = new TextRing(shared);
    main.put('x'.repeat(30)); // bytes 0–60
    worker.release(main.end);
    const start = main.put('é'.repeat(25)); // 50 bytes: no room in 60–100, starts at 100
    expect(start).toBe(100);
    expect(worker.get(start as number, 25)).toBe('é'.repeat(25));
  });
});
