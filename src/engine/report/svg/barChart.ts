/**
 * Horizontal bar chart as inline SVG: one bar per category (member, service, scenario),
 * starting at zero (negative values go left), with the category on the left and the
 * amount in French at the end of each bar.
 */
import type { Q } from '../../numbers/rational';
import { escapeHtml } from '../html/escapeHtml';
import { axisBounds, position, svgNumber } from './chartGeometry';
import { colour } from './palette';
import { CHART_WIDTH, shortLabel, svgFrame } from './svgFrame';

/** One bar: its category, exact value and the text shown for it. */
export interface Bar {
  readonly label: string;
  readonly value: Q;
  readonly text: string;
}

const TOP = 30;
const ROW = 20;
const BAR = 13;
const LABEL_WIDTH = 250;
const VALUE_WIDTH = 110;

/** The SVG of a bar chart. */
export function barChartSvg(title: string, bars: readonly Bar[], id: string): string {
  const area = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const { min, max } = axisBounds(bars.map((b) => b.value));
  const zero = LABEL_WIDTH + position({ n: 0n, d: 1n }, min, max) * area;
  const rows = bars.map((b, k) => {
    const y = TOP + k * ROW;
    const x = LABEL_WIDTH + position(b.value, min, max) * area;
    const left = Math.min(zero, x);
    const width = Math.max(Math.abs(x - zero), b.value.n === 0n ? 0 : 1);
    return (
      `<text x="${LABEL_WIDTH - 6}" y="${svgNumber(y + BAR - 2)}" text-anchor="end">${escapeHtml(shortLabel(b.label, 40))}</text>` +
      `<rect class="bar" x="${svgNumber(left)}" y="${y}" width="${svgNumber(width)}" height="${BAR}" fill="${colour(0)}"><title>${escapeHtml(`${b.label} : ${b.text}`)}</title></rect>` +
      `<text x="${svgNumber(Math.max(zero, x) + 4)}" y="${svgNumber(y + BAR - 2)}">${escapeHtml(b.text)}</text>`
    );
  });
  const axis = `<line x1="${svgNumber(zero)}" y1="${TOP - 4}" x2="${svgNumber(zero)}" y2="${TOP + bars.length * ROW}" stroke="#333" stroke-width="1"/>`;
  return svgFrame(title, TOP + bars.length * ROW + 8, rows.join('') + axis, id);
}
