/**
 * Grouped horizontal bar chart as inline SVG: for each category (a member) one bar per
 * series (a scenario), with a legend of the series — the scenario comparison chart.
 */
import type { Q } from '../../numbers/rational';
import { escapeHtml } from '../html/escapeHtml';
import { axisBounds, position, svgNumber } from './chartGeometry';
import { colour } from './palette';
import { CHART_WIDTH, shortLabel, svgFrame } from './svgFrame';

/** One category with a value per series (null: no value). */
export interface BarGroup {
  readonly label: string;
  readonly values: readonly ({ readonly value: Q; readonly text: string } | null)[];
}

const BAR = 9;
const GAP = 8;
const LABEL_WIDTH = 250;
const VALUE_WIDTH = 110;

/** The SVG of a grouped bar chart. */
export function groupedBarChartSvg(
  title: string,
  series: readonly string[],
  groups: readonly BarGroup[],
  id: string,
): string {
  const legendRows = Math.ceil(series.length / 3);
  const top = 30 + legendRows * 18;
  const groupHeight = series.length * BAR + GAP;
  const area = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const { min, max } = axisBounds(
    groups.flatMap((g) => g.values.flatMap((v) => (v ? [v.value] : []))),
  );
  const zero = LABEL_WIDTH + position({ n: 0n, d: 1n }, min, max) * area;
  const legend = series.map((s, k) => {
    const x = (k % 3) * 250;
    const y = 30 + Math.floor(k / 3) * 18;
    return `<rect x="${x}" y="${y}" width="12" height="12" fill="${colour(k)}"/><text x="${x + 17}" y="${y + 10}">${escapeHtml(shortLabel(s, 36))}</text>`;
  });
  const bars = groups.map((g, i) => {
    const y0 = top + i * groupHeight;
    const label = `<text x="${LABEL_WIDTH - 6}" y="${svgNumber(y0 + (series.length * BAR) / 2 + 4)}" text-anchor="end">${escapeHtml(shortLabel(g.label, 40))}</text>`;
    const rects = g.values.map((v, k) => {
      if (!v) return '';
      const y = y0 + k * BAR;
      const x = LABEL_WIDTH + position(v.value, min, max) * area;
      const width = Math.max(Math.abs(x - zero), v.value.n === 0n ? 0 : 1);
      return (
        `<rect class="bar" x="${svgNumber(Math.min(zero, x))}" y="${y}" width="${svgNumber(width)}" height="${BAR - 1}" fill="${colour(k)}"><title>${escapeHtml(`${g.label} — ${series[k] ?? ''} : ${v.text}`)}</title></rect>` +
        `<text x="${svgNumber(Math.max(zero, x) + 4)}" y="${y + BAR - 1}" font-size="8">${escapeHtml(v.text)}</text>`
      );
    });
    return label + rects.join('');
  });
  const bottom = top + groups.length * groupHeight;
  const axis = `<line x1="${svgNumber(zero)}" y1="${top - 4}" x2="${svgNumber(zero)}" y2="${bottom}" stroke="#333" stroke-width="1"/>`;
  return svgFrame(title, bottom + 8, legend.join('') + bars.join('') + axis, id);
}
