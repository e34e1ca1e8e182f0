/**
 * Pie chart as inline SVG, for a split among a few members: one slice per positive
 * value, in order, with a legend giving each member and its amount in French.
 */
import { type Q, ZERO, add, sign } from '../../numbers/rational';
import { escapeHtml } from '../html/escapeHtml';
import { position, svgNumber } from './chartGeometry';
import { colour } from './palette';
import { shortLabel, svgFrame } from './svgFrame';
import type { Bar } from './barChart';

const CX = 150;
const CY = 160;
const R = 120;
const LEGEND_X = 310;

function point(fraction: number): [number, number] {
  const angle = 2 * Math.PI * fraction - Math.PI / 2;
  return [CX + R * Math.cos(angle), CY + R * Math.sin(angle)];
}

function slice(from: number, to: number, fill: string, tip: string): string {
  const title = `<title>${escapeHtml(tip)}</title>`;
  if (to - from >= 0.999999)
    return `<circle class="slice" cx="${CX}" cy="${CY}" r="${R}" fill="${fill}">${title}</circle>`;
  const [x1, y1] = point(from);
  const [x2, y2] = point(to);
  const large = to - from > 0.5 ? 1 : 0;
  return `<path class="slice" d="M${CX},${CY} L${svgNumber(x1)},${svgNumber(y1)} A${R},${R} 0 ${large} 1 ${svgNumber(x2)},${svgNumber(y2)} Z" fill="${fill}" stroke="#fff" stroke-width="1">${title}</path>`;
}

/** The SVG of a pie chart of the positive values of `parts`. */
export function pieChartSvg(title: string, parts: readonly Bar[], id: string): string {
  const shown = parts.filter((p) => sign(p.value) > 0);
  const total = shown.reduce((acc, p) => add(acc, p.value), ZERO);
  let cumulative: Q = ZERO;
  const slices: string[] = [];
  const legend: string[] = [];
  shown.forEach((p, k) => {
    const from = position(cumulative, ZERO, total);
    cumulative = add(cumulative, p.value);
    const to = position(cumulative, ZERO, total);
    slices.push(slice(from, to, colour(k), `${p.label} : ${p.text}`));
    const y = 44 + k * 22;
    legend.push(
      `<rect x="${LEGEND_X}" y="${y - 11}" width="14" height="14" fill="${colour(k)}"/>` +
        `<text x="${LEGEND_X + 20}" y="${y}">${escapeHtml(shortLabel(p.label, 48))} — ${escapeHtml(p.text)}</text>`,
    );
  });
  const height = Math.max(CY + R + 12, 44 + shown.length * 22);
  return svgFrame(title, height, slices.join('') + legend.join(''), id);
}
