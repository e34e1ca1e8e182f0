import { median, roundRatios } from '../../../bench/engine/overheadRatios';

const run = (cpu: number, wall = cpu) => ({ cpu, wall });

describe('overhead ratios of issue 11', () => {
  it('divides each variant by the plain run of its own round, then takes the median and spread', () => {
    // A burst of load in round 2 slows both runs of that round: their ratio stays 1.05.
    const rounds = [
      { plain: run(10), tiers: run(10.5), supports: run(11) },
      { plain: run(30), tiers: run(31.5), supports: run(30) },
      { plain: run(10), tiers: run(11), supports: run(9) },
    ];
    expect(roundRatios(rounds, 'tiers', 'cpu')).toEqual({ median: 1.05, min: 1.05, max: 1.1 });
    const supports = roundRatios(rounds, 'supports', 'wall');
    expect(supports.median).toBe(1);
    expect(supports.min).toBeCloseTo(0.9, 12);
    expect(supports.max).toBeCloseTo(1.1, 12);
  });

  it('skips rounds without the variant and refuses when none has it', () => {
    const rounds = [{ plain: run(10), tiers: run(12) }, { plain: run(10) }];
    expect(roundRatios(rounds, 'tiers', 'cpu').median).toBeCloseTo(1.2, 12);
    expect(() => roundRatios(rounds, 'supports', 'cpu')).toThrow(/supports/);
  });

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
