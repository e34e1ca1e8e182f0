/**
 * A small seeded pseudo-random generator (mulberry32) so that every random workbook of
 * the differential test can be rebuilt from its seed alone.
 */
export class SeededRandom {
  private state: number;

  /** Starts the sequence for `seed` (any integer; equal seeds give equal sequences). */
  constructor(seed: number) {
    this.state = (seed ^ 0x9e3779b9) >>> 0;
  }

  /** Uniform float in [0, 1). Only used to take decisions, never as a money value. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick: empty list');
    return item;
  }

  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const a = out[i] as T;
      out[i] = out[j] as T;
      out[j] = a;
    }
    return out;
  }

  /** A random subset of `items` of size in [min, max] (order kept). */
  subset<T>(items: readonly T[], min: number, max: number): T[] {
    const size = this.int(Math.min(min, items.length), Math.min(max, items.length));
    const chosen = new Set(this.shuffle(items.map((_, i) => i)).slice(0, size));
    return items.filter((_, i) => chosen.has(i));
  }
}
