/**
 * The scenario comparison of the report (§4.5): a grouped bar chart of each member's
 * total per scenario, and the table of totals, stand-alone cost and gain (the values of
 * `QP Comparaison`).
 */
import type { RunDetails } from '../contract/runDetails';
import { col } from '../plan/planHelpers';
import { displayCell } from '../annex/frenchText';
import { parseDecimal } from '../numbers/decimalText';
import { cmp } from '../numbers/rational';
import { escapeHtml } from './html/escapeHtml';
import { renderTableHtml } from './html/renderTableHtml';
import { groupedBarChartSvg, type BarGroup } from './svg/groupedBarChart';

/** At most this many members are drawn (the largest Référence totals); the table keeps all. */
export const MAX_COMPARISON_MEMBERS = 30;

/** The comparison `<section>`. */
export function comparisonSection(details: RunDetails): string {
  const members = [...new Set(details.comparison.map((c) => c.member))];
  const byKey = new Map(details.comparison.map((c) => [`${c.member}/${c.scenario}`, c]));
  const reference = details.scenarios[0] ?? '';
  const name = (m: number) => details.members[m]?.name ?? '';
  const rows = members.map((m) => {
    const ref = byKey.get(`${m}/${reference}`);
    return [
      name(m),
      ...details.scenarios.map((s) => byKey.get(`${m}/${s}`)?.total ?? null),
      ref?.standalone ?? null,
      ref?.gain ?? null,
      ref?.gain == null ? null : ref.notGaining ? 'Non' : 'Oui',
    ];
  });
  const table = renderTableHtml(
    [
      col('Membre', 'text', 30),
      ...details.scenarios.map((s) => col(s, 'euro', 16)),
      col('Coût autonome', 'euro', 15),
      col('Gain (Référence)', 'euro', 16),
      col('Gagne à la mutualisation', 'text', 12),
    ],
    rows,
    'comparaison-scenarios',
  );
  const refTotal = (m: number) =>
    parseDecimal(byKey.get(`${m}/${reference}`)?.total ?? '0') ?? { n: 0n, d: 1n };
  const drawn = new Set(
    [...members]
      .sort((a, b) => cmp(refTotal(b), refTotal(a)) || a - b)
      .slice(0, MAX_COMPARISON_MEMBERS),
  );
  const groups: BarGroup[] = members
    .filter((m) => drawn.has(m))
    .map((m) => ({
      label: name(m),
      values: details.scenarios.map((s) => {
        const total = byKey.get(`${m}/${s}`)?.total ?? null;
        const value = total === null ? null : parseDecimal(total);
        return value && total !== null ? { value, text: displayCell(total, 'euro') } : null;
      }),
    }));
  const capped =
    members.length > MAX_COMPARISON_MEMBERS
      ? `<p class="note">${escapeHtml(`Graphique : les ${MAX_COMPARISON_MEMBERS} membres aux totaux les plus élevés sur ${members.length} ; le tableau les donne tous.`)}</p>`
      : '';
  return [
    '<section class="comparison page" id="comparaison">',
    '<h2>Comparaison des scénarios</h2>',
    `<p class="note">${escapeHtml('Total de chaque membre (Σ quote-parts et frais, usage propre compris) selon le jeu de clés de chaque scénario, sur la même base de coût ; gain = coût autonome − total en Référence.')}</p>`,
    `<figure class="chart-figure">${groupedBarChartSvg('Quote-parts par membre selon le scénario', details.scenarios, groups, 'chart-comparaison')}</figure>`,
    capped,
    table,
    '</section>',
  ].join('\n');
}
