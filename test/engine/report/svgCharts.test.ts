/** The report's SVG chart functions: geometry from exact values, negative bars, a full pie, sizes. */
import { barChartSvg } from '../../../src/engine/report/svg/barChart';
import { pieChartSvg } from '../../../src/engine/report/svg/pieChart';
import { groupedBarChartSvg } from '../../../src/engine/report/svg/groupedBarChart';
import { axisBounds, position } from '../../../src/engine/report/svg/chartGeometry';
import { q } from '../../../src/engine/numbers/rational';

const bar = (label: string, n: bigint) => ({ label, value: q(n, 100n), text: `${n}` });
const attr = (svg: string, name: string) =>
  [
    ...svg.matchAll(new RegExp(`class="bar" x="([-\\d.]+)" y="[\\d.]+" width="([\\d.]+)"`, 'g')),
  ].map((m) => Number(m[name === 'x' ? 1 : 2]));

describe('chart geometry', () => {
  test('position is exact to a millionth; bounds include zero', () => {
    expect(position(q(1n, 3n), q(0n), q(1n))).toBe(0.333333);
    expect(position(q(5n), q(5n), q(5n))).toBe(0);
    const b = axisBounds([q(3n), q(7n)]);
    expect([b.min, b.max]).toEqual([q(0n), q(7n)]);
  });

  test('bars start at zero; a negative value goes left of the axis; widths are proportional', () => {
    const svg = barChartSvg('T', [bar('a', 10000n), bar('b', -5000n), bar('c', 2500n)], 't');
    const xs = attr(svg, 'x');
    const widths = attr(svg, 'width');
    expect(widths[0]! / widths[2]!).toBeCloseTo(4, 2);
    expect(widths[0]! / widths[1]!).toBeCloseTo(2, 2);
    expect(xs[1]! + widths[1]!).toBeCloseTo(xs[0]!, 1);
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="chart" role="img"[^>]* width="760" height="\d+" viewBox="0 0 760 \d+"/,
    );
  });

  test('a single positive part is a full circle; zero and negative parts are left out of a pie', () => {
    const svg = pieChartSvg('P', [bar('a', 100n), bar('b', 0n), bar('c', -3n)], 'p');
    expect((svg.match(/class="slice"/g) ?? []).length).toBe(1);
    expect(svg).toContain('<circle class="slice"');
    const two = pieChartSvg('P', [bar('a', 300n), bar('b', 100n)], 'p');
    expect((two.match(/<path class="slice"/g) ?? []).length).toBe(2);
    expect(two).toContain(' A120,120 0 1 1 ');
  });

  test('grouped bars: one bar per present value, one legend entry per series', () => {
    const svg = groupedBarChartSvg(
      'G',
      ['S1', 'S2'],
      [
        { label: 'm', values: [{ value: q(1n), text: '1' }, null] },
        {
          label: 'n',
          values: [
            { value: q(2n), text: '2' },
            { value: q(3n), text: '3' },
          ],
        },
      ],
      'g',
    );
    expect((svg.match(/class="bar"/g) ?? []).length).toBe(3);
    expect(svg).toContain('>S1</text>');
    expect(svg).toContain('>S2</text>');
  });
});
