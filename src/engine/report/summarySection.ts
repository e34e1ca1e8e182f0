/**
 * First part of the report: what was computed for the Exercice — per service (Référence)
 * the base to share, Σ quote-parts, difference and amount billed (the values of
 * `QP Contrôles`), and the titres issued.
 */
import type { AnnexSource } from '../annex/annexLabels';
import { col } from '../plan/planHelpers';
import { sumDecimals } from '../annex/sumDecimals';
import { frMoney } from '../annex/frenchText';
import { escapeHtml } from './html/escapeHtml';
import { renderTableHtml } from './html/renderTableHtml';

/** The summary `<section>`. */
export function summarySection(source: AnnexSource): string {
  const { details, json } = source;
  const table = renderTableHtml(
    [
      col('Service', 'text', 30),
      col('Modèle', 'text', 22),
      col('Participants', 'integer', 10),
      col('Base à répartir', 'euro', 16),
      col('Σ quote-parts', 'euro', 16),
      col('Écart', 'euro', 12),
      col('Montant facturé par titres', 'euro', 16),
      col('Imputé sur l\u2019AC', 'euro', 16),
    ],
    details.services.map((s) => [
      s.name,
      s.modelLabel,
      String(s.lines.length),
      s.checkBase,
      s.total,
      s.difference,
      s.billedTotal,
      s.acTotal,
    ]),
    'synthese-services',
  );
  const titres = new Set(json.titres.map((t) => t.number)).size;
  const titresTotal = sumDecimals(
    json.titres.map((t) => t.amount),
    details.rounding,
  );
  const lines = [
    `${titres} titre${titres > 1 ? 's' : ''} de recettes, ${json.titres.length} ligne${json.titres.length > 1 ? 's' : ''}, pour un total de ${frMoney(titresTotal)}${details.regularisation ? ' (régularisation : soldes après acomptes)' : ''}.`,
  ];
  if (details.regularisation)
    lines.push(
      `${json.reductions.length} réduction${json.reductions.length > 1 ? 's' : ''} à émettre pour ${frMoney(
        sumDecimals(
          json.reductions.map((r) => r.amount),
          details.rounding,
        ),
      )}.`,
    );
  return [
    '<section class="summary">',
    '<h2>Synthèse par service (scénario Référence)</h2>',
    table,
    ...lines.map((l) => `<p>${escapeHtml(l)}</p>`),
    '</section>',
  ].join('\n');
}
