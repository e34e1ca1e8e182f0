/**
 * Sections « Attribution de compensation » and « Comparaison des scénarios » of a
 * member's annex: its AC before and after imputation, and its total in each scenario with
 * the difference from Référence and the stand-alone gain (the same rows as `QP AC` and
 * `QP Comparaison`).
 */
import type { AnnexItem, AnnexSection } from '../annexDocument';
import { note, tableOrNote } from '../annexDocument';
import type { RunDetails } from '../../contract/runDetails';
import { col } from '../../plan/planHelpers';

/** The AC section, or null when the member has no AC imputation. */
export function memberCompensationSection(
  details: RunDetails,
  member: number,
): AnnexSection | null {
  const c = details.compensation.find((x) => x.member === member);
  if (!c) return null;
  const serviceName = (i: number) => details.services.find((s) => s.index === i)?.name ?? '';
  const rows: [string, string][] = [
    ['AC avant imputation', c.before],
    ...c.services.map((s): [string, string] => [
      `Imputation « ${serviceName(s.service)} »`,
      s.amount,
    ]),
    ['Total imputé', c.imputed],
    ['AC nette', c.after],
  ];
  const items: AnnexItem[] = [
    tableOrNote('AC', [col('Rubrique', 'text', 44), col('Montant', 'euro', 18)], rows, ''),
  ];
  if (c.negative)
    items.push(note('AC nette négative : la commune verse ce montant à l\u2019EPCI.'));
  return { heading: 'Attribution de compensation', items };
}

/** The scenario comparison of the member, or null when it takes part in no service. */
export function memberComparisonSection(details: RunDetails, member: number): AnnexSection | null {
  const rows = details.comparison
    .filter((c) => c.member === member)
    .map((c) => [
      c.scenario,
      c.total,
      c.delta,
      c.deltaRatio,
      c.standalone,
      c.gain,
      c.gain === null ? null : c.notGaining ? 'Non' : 'Oui',
    ]);
  if (rows.length === 0) return null;
  return {
    heading: 'Comparaison des scénarios',
    items: [
      note(
        'Total = Σ quote-parts et frais du membre sur tous ses services (usage propre compris), pour chaque jeu de clés étudié ; gain = coût autonome − total, quand la table CoutsAutonomes le donne.',
      ),
      tableOrNote(
        'Scenarios',
        [
          col('Scénario', 'text', 24),
          col('Total quote-parts et frais', 'euro', 18),
          col('Écart avec Référence', 'euro', 16),
          col('Écart (%)', 'percent', 10),
          col('Coût autonome', 'euro', 15),
          col('Gain de la mutualisation', 'euro', 18),
          col('Gagne à la mutualisation', 'text', 14),
        ],
        rows,
        '',
      ),
      {
        kind: 'chart',
        title: 'Total du membre selon le scénario',
        type: 'bar',
        table: 'Scenarios',
        categoryColumn: 'Scénario',
        valueColumn: 'Total quote-parts et frais',
      },
    ],
  };
}
