/**
 * The frame of every report chart: an inline `<svg>` with explicit size, a viewBox (so
 * it scales down to the printed page), an accessible title, and a label-shortening helper.
 */
import { escapeHtml } from '../html/escapeHtml';

/** Width of every chart, in CSS pixels. */
export const CHART_WIDTH = 760;

/** Wraps chart content in an `<svg>` element of `height` pixels. */
export function svgFrame(title: string, height: number, content: string, id: string): string {
  const h = Math.ceil(height);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-labelledby="${id}-title" width="${CHART_WIDTH}" height="${h}" viewBox="0 0 ${CHART_WIDTH} ${h}" font-family="sans-serif" font-size="11">` +
    `<title id="${id}-title">${escapeHtml(title)}</title>` +
    `<text x="0" y="16" font-size="13" font-weight="bold">${escapeHtml(title)}</text>` +
    content +
    '</svg>'
  );
}

/** A label cut to `max` characters with an ellipsis. */
export function shortLabel(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}
