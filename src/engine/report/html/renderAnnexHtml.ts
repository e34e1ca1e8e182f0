/**
 * An annex document as an HTML section of the report: the same title, notes, tables and
 * figures as its `QP Annexe …` sheet, with its chart drawn as inline SVG from the very
 * cells of the table it reads.
 */
import type { AnnexChart, AnnexDocument, AnnexTable } from '../../annex/annexDocument';
import { displayCell } from '../../annex/frenchText';
import { parseDecimal } from '../../numbers/decimalText';
import { escapeHtml } from './escapeHtml';
import { renderTableHtml } from './renderTableHtml';
import { barChartSvg, type Bar } from '../svg/barChart';
import { pieChartSvg } from '../svg/pieChart';

function chartHtml(chart: AnnexChart, table: AnnexTable | undefined, id: string): string {
  if (!table) return '';
  const category = table.columns.findIndex((c) => c.header === chart.categoryColumn);
  const value = table.columns.findIndex((c) => c.header === chart.valueColumn);
  const format = table.columns[value]?.format ?? 'euro';
  const bars: Bar[] = table.rows.flatMap((row) => {
    const cell = row[value] ?? null;
    const v = cell === null ? null : parseDecimal(cell);
    return v ? [{ label: row[category] ?? '', value: v, text: displayCell(cell, format) }] : [];
  });
  const svg =
    chart.type === 'pie' ? pieChartSvg(chart.title, bars, id) : barChartSvg(chart.title, bars, id);
  return `<figure class="chart-figure">${svg}</figure>`;
}

/** The `<section>` of one annex; `id` prefixes its element ids. */
export function renderAnnexHtml(doc: AnnexDocument, id: string): string {
  const tables = new Map<string, AnnexTable>();
  const parts: string[] = [
    `<section class="annex page" id="${id}">`,
    `<h2>${escapeHtml(doc.title)}</h2>`,
    `<p class="subtitle">${escapeHtml(doc.subtitle)}</p>`,
  ];
  doc.sections.forEach((section, s) => {
    parts.push(`<h3>${escapeHtml(section.heading)}</h3>`);
    section.items.forEach((item, k) => {
      if (item.kind === 'note') parts.push(`<p class="note">${escapeHtml(item.text)}</p>`);
      else if (item.kind === 'table') {
        tables.set(item.id, item);
        parts.push(renderTableHtml(item.columns, item.rows, `${id}-${item.id}`));
      } else parts.push(chartHtml(item, tables.get(item.table), `${id}-chart-${s}-${k}`));
    });
  });
  parts.push('</section>');
  return parts.join('\n');
}
