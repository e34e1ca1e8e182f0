/**
 * The scenario comparison of the printed annex: the same figures as the HTML report's
 * comparison (`QP Comparaison`): a grouped bar chart of each member's total per
 * scenario (the members with the largest Référence totals, as many as the report draws)
 * and the table of totals, stand-alone cost and gain.
 */
import type { RunDetails } from '../../contract/runDetails';
import { col } from '../../plan/planHelpers';
import { displayCell } from '../../annex/frenchText';
import { parseDecimal } from '../../numbers/decimalText';
import { cmp, type Q } from '../../numbers/rational';
import { axisBounds, position } from '../svg/chartGeometry';
import { MAX_COMPARISON_MEMBERS } from '../comparisonSection';
import type { PrintBlock } from './conventionAnnexModel';
import { tableBlock } from './documentBlocks';

/** The comparison heading, note, chart and table; `members` restricts them (null: all). */
export function comparisonBlocks(
  details: RunDetails,
  members: ReadonlySet<number> | null,
): PrintBlock[] {
  const shown = [...new Set(details.comparison.map((c) => c.member))].filter(
    (m) => members === null || members.has(m),
  );
  if (shown.length === 0) return [];
  const byKey = new Map(details.comparison.map((c) => [`${c.member}/${c.scenario}`, c]));
  const reference = details.scenarios[0] ?? '';
  const name = (m: number) => details.members[m]?.name ?? '';
  const value = (m: number, s: string): Q | null => {
    const total = byKey.get(`${m}/${s}`)?.total;
    return total === undefined ? null : parseDecimal(total);
  };
  const drawn = [...shown]
    .sort(
      (a, b) =>
        cmp(value(b, reference) ?? { n: 0n, d: 1n }, value(a, reference) ?? { n: 0n, d: 1n }) ||
        a - b,
    )
    .slice(0, MAX_COMPARISON_MEMBERS);
  const drawnSet = new Set(drawn);
  const ordered = shown.filter((m) => drawnSet.has(m));
  const { min, max } = axisBounds(
    ordered.flatMap((m) => details.scenarios.flatMap((s) => value(m, s) ?? [])),
  );
  const blocks: PrintBlock[] = [
    { kind: 'heading', level: 1, text: 'Comparaison des scénarios' },
    {
      kind: 'paragraph',
      text: 'Total de chaque membre (Σ quote-parts et frais, usage propre compris) selon le jeu de clés de chaque scénario, sur la même base de coût ; gain = coût autonome − total en Référence.',
    },
    {
      kind: 'bars',
      title: 'Quote-parts par membre selon le scénario',
      series: details.scenarios,
      groups: ordered.map((m) => ({
        label: name(m),
        bars: details.scenarios.map((s) => {
          const v = value(m, s);
          const total = byKey.get(`${m}/${s}`)?.total ?? null;
          return v === null || total === null
            ? null
            : { end: position(v, min, max), text: displayCell(total, 'euro') };
        }),
      })),
      zero: position({ n: 0n, d: 1n }, min, max),
    },
  ];
  if (shown.length > ordered.length)
    blocks.push({
      kind: 'paragraph',
      text: `Graphique : les ${ordered.length} membres aux totaux les plus élevés sur ${shown.length} ; le tableau les donne tous.`,
    });
  blocks.push(
    tableBlock({
      kind: 'table',
      id: 'Comparaison',
      columns: [
        col('Membre', 'text', 30),
        ...details.scenarios.map((s) => col(s, 'euro', 16)),
        col('Coût autonome', 'euro', 15),
        col('Gain (Référence)', 'euro', 16),
        col('Gagne à la mutualisation', 'text', 12),
      ],
      rows: shown.map((m) => {
        const ref = byKey.get(`${m}/${reference}`);
        return [
          name(m),
          ...details.scenarios.map((s) => byKey.get(`${m}/${s}`)?.total ?? null),
          ref?.standalone ?? null,
          ref?.gain ?? null,
          ref?.gain == null ? null : ref.notGaining ? 'Non' : 'Oui',
        ];
      }),
    }),
  );
  return blocks;
}
