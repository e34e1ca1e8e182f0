/**
 * The year-over-year section of the report (contract §6.5): a bar chart of the members
 * whose total changed most since last year, and the table of each member's total (the
 * values of `QP Évolution`). Nothing without `Historique`.
 */
import type { EvolutionJson } from '../contract/resultJson';
import { col } from '../plan/planHelpers';
import { displayCell } from '../annex/frenchText';
import { formatFixed, parseDecimal } from '../numbers/decimalText';
import { type Q, ZERO, abs, add, cmp, div, mul, q, sign, sub } from '../numbers/rational';
import { roundToUnit } from '../numbers/round';
import { escapeHtml } from './html/escapeHtml';
import { renderTableHtml } from './html/renderTableHtml';
import { barChartSvg } from './svg/barChart';
import { MAX_EVOLUTION_MEMBERS } from '../output/sheets/evolutionSheet';

interface MemberTotal {
  readonly member: string;
  readonly order: number;
  previous: Q | null;
  current: Q | null;
}

const value = (text: string | null): Q | null => (text === null ? null : parseDecimal(text));
const money = (v: Q | null): string | null => (v === null ? null : formatFixed(v, 2));

/** Each member's totals, in the order of the rows. */
function memberTotals(rows: readonly EvolutionJson[]): MemberTotal[] {
  const byMember = new Map<string, MemberTotal>();
  for (const r of rows) {
    let t = byMember.get(r.member);
    if (!t)
      byMember.set(
        r.member,
        (t = { member: r.member, order: byMember.size, previous: null, current: null }),
      );
    const previous = value(r.previous);
    const current = value(r.current);
    if (previous) t.previous = add(t.previous ?? ZERO, previous);
    if (current) t.current = add(t.current ?? ZERO, current);
  }
  return [...byMember.values()];
}

/** The evolution `<section>`, '' without rows. */
export function evolutionSection(rows: readonly EvolutionJson[]): string {
  if (rows.length === 0) return '';
  const totals = memberTotals(rows).map((t) => {
    const delta = sub(t.current ?? ZERO, t.previous ?? ZERO);
    const percent =
      t.previous && sign(t.previous) !== 0
        ? roundToUnit(mul(div(delta, t.previous), q(100n)), q(1n, 100n))
        : null;
    return { ...t, delta, percent };
  });
  const largest = totals
    .filter((t) => t.delta.n !== 0n)
    .sort((a, b) => cmp(abs(b.delta), abs(a.delta)) || a.order - b.order)
    .slice(0, MAX_EVOLUTION_MEMBERS);
  const bars = largest.map((t) => ({
    label: t.member,
    value: t.delta,
    text: `${displayCell(formatFixed(t.delta, 2), 'euro')}${t.percent ? ` (${displayCell(formatFixed(t.percent, 2), 'number')} %)` : ''}`,
  }));
  const table = renderTableHtml(
    [
      col('Membre', 'text', 30),
      col('Montant précédent', 'euro', 16),
      col("Montant de l'exercice", 'euro', 16),
      col('Écart', 'euro', 14),
      col('Écart (%)', 'number', 10),
    ],
    totals.map((t) => [
      t.member,
      money(t.previous),
      money(t.current),
      formatFixed(t.delta, 2),
      t.percent ? formatFixed(t.percent, 2) : null,
    ]),
    'evolution-membres',
  );
  return [
    '<section class="comparison page" id="evolution">',
    '<h2>Évolution par rapport à l’exercice précédent</h2>',
    `<p class="note">${escapeHtml('Total de chaque membre (Σ quote-parts et frais en Référence) comparé à ce qu’il a payé l’an dernier (table Historique) ; le détail par service est dans la feuille QP Évolution.')}</p>`,
    bars.length
      ? `<figure class="chart-figure">${barChartSvg(`Plus fortes évolutions par membre (${MAX_EVOLUTION_MEMBERS} au plus)`, bars, 'chart-evolution')}</figure>`
      : '<p class="note">Aucun membre ne change de montant.</p>',
    table,
    '</section>',
  ].join('\n');
}
