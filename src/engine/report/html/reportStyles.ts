/**
 * The report's only stylesheet, inline: A4 landscape pages, one annex per page (a page
 * break before each), table headers repeated on every printed page, rows never split,
 * system fonts only (no external resource of any kind).
 */
export const REPORT_CSS = `
@page { size: A4 landscape; margin: 12mm 10mm; }
* { box-sizing: border-box; }
body { font-family: system-ui, "Segoe UI", Arial, sans-serif; font-size: 9.5pt; color: #111; margin: 0 auto; max-width: 1120px; padding: 12px; }
h1 { font-size: 18pt; margin: 0 0 4px; }
h2 { font-size: 14pt; margin: 0 0 2px; }
h3 { font-size: 11pt; margin: 14px 0 4px; border-bottom: 1px solid #999; }
p { margin: 3px 0; }
p.subtitle, p.meta { color: #444; }
p.note { font-size: 8.5pt; color: #333; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; page-break-inside: auto; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid #bbb; padding: 2px 4px; vertical-align: top; text-align: left; }
th { background: #e8eef5; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
tbody.row-group { break-inside: avoid; page-break-inside: avoid; }
tr.with-detail td { border-bottom: none; }
tr.detail td { font-size: 7.5pt; color: #333; border-top: none; padding-left: 14px; }
span.detail-label { font-weight: 600; }
.page { break-before: page; page-break-before: always; }
figure.chart-figure { margin: 6px 0 10px; break-inside: avoid; page-break-inside: avoid; }
svg.chart { max-width: 100%; height: auto; display: block; }
footer { margin-top: 16px; font-size: 8pt; color: #555; }
@media print { body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } }
`;
