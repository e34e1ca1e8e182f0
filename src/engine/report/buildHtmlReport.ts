/**
 * The self-contained HTML report of a run (CLI `--report`, task pane download): summary,
 * scenario comparison chart, one financial annex per service (and optionally one member's
 * annex), each on its own A4 page, charts as inline SVG. No script, no external URL (a
 * Content-Security-Policy forbids any fetch), so it opens offline and prints to PDF from
 * any browser. Figures are the annex documents' cells: the same as the `QP Annexe` sheets.
 */
import { frenchDateTime } from '../dates/calendar';
import { serviceAnnex } from '../annex/service/serviceAnnex';
import { memberAnnex } from '../annex/member/memberAnnex';
import { annexSource, type OutcomeForAnnexes } from '../annex/annexSource';
import { requireAnnexMember } from '../annex/memberAnnexPlan';
import { escapeHtml } from './html/escapeHtml';
import { REPORT_CSS } from './html/reportStyles';
import { renderAnnexHtml } from './html/renderAnnexHtml';
import { summarySection } from './summarySection';
import { comparisonSection } from './comparisonSection';
import { evolutionSection } from './evolutionSection';

/** Options of the report. */
export interface ReportOptions {
  /** Also include the annex of this member (matched like contract names). */
  readonly member?: string;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * The report as one HTML document (UTF-8 text). Throws `OutcomeUseError` for an invalid
 * run or an unknown member.
 */
export function buildHtmlReport(outcome: OutcomeForAnnexes, options: ReportOptions = {}): string {
  const source = annexSource(outcome);
  const { details } = source;
  const member =
    options.member !== undefined && options.member.trim() !== ''
      ? requireAnnexMember(outcome, options.member)
      : null;
  const title = `QuotePart — Annexes financières ${details.exercice}`;
  const annexes = details.services.map((s, k) =>
    renderAnnexHtml(serviceAnnex(details, s), `annexe-service-${k + 1}`),
  );
  if (member !== null) annexes.push(renderAnnexHtml(memberAnnex(source, member), 'annexe-membre'));
  const toc = details.services.map(
    (s, k) =>
      `<li><a href="#annexe-service-${k + 1}">${escapeHtml(s.name)}</a> (${escapeHtml(s.modelLabel)})</li>`,
  );
  if (member !== null)
    toc.push(
      `<li><a href="#annexe-membre">Annexe du membre ${escapeHtml(details.members[member]?.name ?? '')}</a></li>`,
    );
  return [
    '<!DOCTYPE html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<header class="cover">',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${escapeHtml([details.organisme ?? 'Organisme non renseigné', details.convention ? `Convention ${details.convention}` : 'Convention non renseignée'].join(' · '))}</p>`,
    `<nav><p>Annexes :</p><ol>${toc.join('')}</ol></nav>`,
    '</header>',
    summarySection(source),
    comparisonSection(details),
    ...(source.json.evolution.length ? [evolutionSection(source.json.evolution)] : []),
    ...annexes,
    `<footer>${escapeHtml(`Produit par QuotePart ${details.run.version} le ${frenchDateTime(details.run.generatedAt)} à partir de « ${details.run.source} ». Montants en euros ; calcul exact, arrondis selon les paramètres du classeur.`)}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
