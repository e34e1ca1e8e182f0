/** The data of the scenario chart: Δ per member, sorted exactly, winners and losers counted. */
import fc from 'fast-check';
import {
  chartBars,
  comparedScenarios,
  decimalToMicros,
  scenarioPicture,
} from '../../../src/taskpane/components/ScenarioSection/scenarioPicture';

const row = (member: string, scenario: string, delta: string) => ({
  member,
  scenario,
  total: '0',
  delta,
  standalone: null,
  gain: null,
});

describe('scenarioPicture', () => {
  const comparison = [
    row('A', 'Référence', '0.00'),
    row('A', 'Population seule', '-12.50'),
    row('B', 'Population seule', '178.00'),
    row('C', 'Population seule', '0.00'),
    row('D', 'Population seule', '0.13'),
    row('A', 'Parts égales', '5.00'),
  ];

  it('lists the scenarios besides Référence and sorts members from the largest loss to the largest gain', () => {
    expect(comparedScenarios(comparison)).toEqual(['Population seule', 'Parts égales']);
    const picture = scenarioPicture(comparison, 'Population seule');
    expect(picture.sorted.map((m) => m.member)).toEqual(['B', 'D', 'C', 'A']);
    expect([picture.losers, picture.winners, picture.unchanged]).toEqual([2, 1, 1]);
  });

  it('draws the largest losses and gains when there are too many members', () => {
    const many = Array.from({ length: 40 }, (_, i) => row(`M${i}`, 'S', `${i - 20}.00`));
    const bars = chartBars(scenarioPicture(many, 'S'), 6);
    expect(bars.map((b) => b.delta)).toEqual([
      '19.00',
      '18.00',
      '17.00',
      '-18.00',
      '-19.00',
      '-20.00',
    ]);
  });

  it('compares decimal strings exactly, as integers of millionths', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (cents) => {
        const abs = cents < 0n ? -cents : cents;
        const text = `${cents < 0n ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
        expect(decimalToMicros(text)).toBe(cents * 10_000n);
      }),
    );
  });
});
