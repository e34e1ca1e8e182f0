/**
 * A horizontal bar chart drawn as PDF vector graphics (rectangles and lines, no image):
 * one row of bars per category, one colour per series with a legend, a zero axis, the
 * category on the left and each value written after its bar. The geometry comes from the
 * model (each bar's end and the zero as fractions of the axis); this file only scales it.
 */
import { rgb, type RGB } from 'pdf-lib';
import type { PrintBlock } from '../../engine';
import { GREY, INK, type PageFlow, type TextStyle } from './pageFlow';
import { MARGIN, SIZE, TEXT_WIDTH } from './pdfPage';

type BarsBlock = Extract<PrintBlock, { kind: 'bars' }>;

/** Series colours (the report's palette). */
const PALETTE: readonly RGB[] = [
  rgb(0.12, 0.47, 0.71),
  rgb(1.0, 0.5, 0.05),
  rgb(0.17, 0.63, 0.17),
  rgb(0.84, 0.15, 0.16),
  rgb(0.58, 0.4, 0.74),
  rgb(0.55, 0.34, 0.29),
];

const LABEL_WIDTH = 150;
const VALUE_WIDTH = 62;
const BAR = 6;
const GAP = 4;
const LABEL: TextStyle = { size: SIZE.detail };
const VALUE: TextStyle = { size: 5.5, color: GREY };
const TITLE: TextStyle = { size: SIZE.subheading, bold: true };

function colour(k: number): RGB {
  return PALETTE[k % PALETTE.length] ?? INK;
}

/** Cuts a label to `width` points with an ellipsis. */
function fit(flow: PageFlow, text: string, width: number, style: TextStyle): string {
  if (flow.width(text, style) <= width) return text;
  let cut = text;
  while (cut.length > 1 && flow.width(`${cut}…`, style) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function legend(flow: PageFlow, series: readonly string[]): void {
  if (series.length < 2) return;
  const columnWidth = TEXT_WIDTH / 3;
  series.forEach((name, k) => {
    if (k % 3 === 0) {
      flow.room(12);
      if (k > 0) flow.y -= 12;
    }
    const x = MARGIN.left + (k % 3) * columnWidth;
    flow.page.drawRectangle({ x, y: flow.y - 8, width: 8, height: 8, color: colour(k) });
    flow.line(fit(flow, name, columnWidth - 14, LABEL), x + 11, flow.y - 1, LABEL);
  });
  flow.y -= 16;
}

/** Draws a bar chart block from the cursor (it may run onto the next pages, group by group). */
export function drawBars(flow: PageFlow, chart: BarsBlock): void {
  const area = TEXT_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const x0 = MARGIN.left + LABEL_WIDTH;
  const zero = x0 + chart.zero * area;
  const groupHeight = chart.series.length * BAR + GAP;
  flow.room(TITLE.size * 2 + groupHeight * Math.min(3, chart.groups.length));
  flow.line(chart.title, MARGIN.left, flow.y, TITLE);
  flow.y -= TITLE.size * 1.6;
  legend(flow, chart.series);
  let axisTop = flow.y;
  const axis = () =>
    flow.page.drawLine({
      start: { x: zero, y: axisTop + 2 },
      end: { x: zero, y: flow.y },
      thickness: 0.6,
      color: INK,
    });
  for (const group of chart.groups) {
    if (flow.room(groupHeight)) {
      axisTop = flow.y;
    }
    const middle = flow.y - (chart.series.length * BAR) / 2 + LABEL.size / 2;
    const label = fit(flow, group.label, LABEL_WIDTH - 6, LABEL);
    flow.line(label, x0 - 6 - flow.width(label, LABEL), middle, LABEL);
    group.bars.forEach((bar, k) => {
      if (!bar) return;
      const top = flow.y - k * BAR;
      const end = x0 + bar.end * area;
      const width = Math.max(Math.abs(end - zero), 0.5);
      flow.page.drawRectangle({
        x: Math.min(zero, end),
        y: top - (BAR - 1),
        width,
        height: BAR - 1,
        color: colour(k),
      });
      flow.line(bar.text, Math.max(zero, end) + 3, top, VALUE);
    });
    flow.y -= groupHeight;
    // Close the axis on this page before a page break.
    if (flow.y - groupHeight < MARGIN.bottom) axis();
  }
  axis();
  flow.y -= SIZE.paragraph;
}
