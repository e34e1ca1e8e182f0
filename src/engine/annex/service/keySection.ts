/**
 * Section « Clé de répartition » (models sharing by a key) or « Coût unitaire » (by
 * units: Mise à disposition) of a service annex: the key's terms with their weights and
 * totals, or how the unit cost is set (fixed by the convention, or C ÷ U rounded).
 */
import type { AnnexSection } from '../annexDocument';
import { note, tableOrNote } from '../annexDocument';
import type { RunDetails, ServiceDetail, TermDetail } from '../../contract/runDetails';
import { col } from '../../plan/planHelpers';
import { frEquals, frMoney, frNumber } from '../frenchText';
import { parseDecimal, formatExact } from '../../numbers/decimalText';
import { FUNDING_MODELS } from '../../models/registry';

const ORIGIN: Readonly<Record<TermDetail['kind'], string>> = {
  egalitaire: 'Parts égales (1 par participant)',
  membre: 'Colonne de la table Membres',
  usage: 'Unité relevée dans Usages',
  palier: 'Paliers : part de Shapley du coût par palier (table Paliers)',
};

/** `"50"` (%) → `"0.5"`: the weight as a fraction, for a percent-formatted cell. */
function weightFraction(percent: string): string {
  const v = parseDecimal(percent);
  return v ? formatExact({ n: v.n, d: v.d * 100n }) : percent;
}

function hasPartialPresence(details: RunDetails, s: ServiceDetail): boolean {
  return s.lines.some(
    (l) => (details.members[l.member]?.presenceDays ?? details.yearDays) !== details.yearDays,
  );
}

function unitCostSection(details: RunDetails, s: ServiceDetail): AnnexSection {
  const how = s.unitCostFixed
    ? 'Fixé par la convention'
    : `Calculé : C ÷ U = ${frMoney(s.eligibleBase)} ÷ ${frNumber(s.totalUnits ?? '0')} ${frEquals(s.unitCostBeforeRounding ?? '', s.unitCostBeforeRoundingExact)} €, arrondi à ${frNumber(details.unitCostRounding)} €`;
  return {
    heading: '2. Coût unitaire',
    items: [
      note(
        'Remboursement = coût unitaire de fonctionnement × unités constatées pour chaque bénéficiaire (CGCT D5211-16). Le coût unitaire couvre les charges de fonctionnement du service ; les unités totales U incluent celles du porteur.',
      ),
      tableOrNote(
        'CoutUnitaire',
        [
          col('Unité', 'text', 14),
          col('Unités totales (U)', 'number', 16),
          col('Coût du service (C)', 'euro', 18),
          col('Coût unitaire', 'number', 14),
          col('Mode de fixation', 'text', 80),
        ],
        [[s.unit ?? '', s.totalUnits, s.eligibleBase, s.unitCost, how]],
        '',
      ),
    ],
  };
}

/** The key (or unit cost) section. */
export function keySection(details: RunDetails, s: ServiceDetail): AnnexSection {
  if (FUNDING_MODELS[s.model].sharing === 'units') return unitCostSection(details, s);
  const presence = hasPartialPresence(details, s)
    ? `Les critères de la table Membres et les parts égales sont multipliés par la fraction de présence du membre (jours de présence ÷ ${details.yearDays}) ; les unités d\u2019usage sont prises telles quelles.`
    : 'Tous les participants sont présents toute l\u2019année : les valeurs sont prises telles quelles.';
  return {
    heading: '2. Clé de répartition',
    items: [
      note(
        `Clé « ${s.key ?? ''} ». Part d\u2019un membre = Σ pondération × valeur du membre ÷ total des participants pour ce critère. ${presence}`,
      ),
      tableOrNote(
        'Cle',
        [
          col('Critère', 'text', 24),
          col('Origine', 'text', 34),
          col('Pondération', 'percent', 13),
          col('Total des participants', 'number', 20),
          col('Remarque', 'text', 40),
        ],
        s.terms.map((t) => [
          t.label,
          ORIGIN[t.kind],
          weightFraction(t.percent),
          t.total,
          t.totalExact ? null : `Arrondi à 6 décimales pour l\u2019affichage (calcul exact)`,
        ]),
        'Clé sans critère.',
      ),
    ],
  };
}
