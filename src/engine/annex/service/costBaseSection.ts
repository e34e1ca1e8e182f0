/**
 * Section « Base de coût » of a service annex: every `Charges` line of the service
 * (nature, section, eligible or not, member it is charged to, amount), then the steps
 * from these lines to the amount shared and the Σ of quote-parts, with the difference.
 */
import type { AnnexSection } from '../annexDocument';
import { note, tableOrNote } from '../annexDocument';
import type { RunDetails, ServiceDetail } from '../../contract/runDetails';
import { col } from '../../plan/planHelpers';
import { frMoney, frRate } from '../frenchText';
import { FUNDING_MODELS } from '../../models/registry';
import { differenceText } from '../../calculation/differenceText';

type Step = [string, string, string];

function steps(details: RunDetails, s: ServiceDetail): Step[] {
  const unit = frMoney(details.rounding);
  const excluded: Step = [
    'Charges non éligibles (exclues)',
    s.excluded,
    'Lignes « Éligible = Non » : hors base',
  ];
  const closing: Step[] = [
    ['Σ des quote-parts', s.total, 'Somme de la colonne « Quote-part » de la répartition'],
    [
      'Écart (Σ quote-parts − base)',
      s.difference,
      differenceText({
        sharing: FUNDING_MODELS[s.model].sharing,
        unitCostFixed: s.unitCostFixed,
        method: details.method,
        zero: /^-?0(\.0+)?$/.test(s.difference),
      }),
    ],
  ];
  const model = FUNDING_MODELS[s.model];
  const support: Step[] = /^-?0(\.0+)?$/.test(s.supportCosts)
    ? []
    : [
        [
          'dont services supports ventilés',
          s.supportCosts,
          'Part reçue des services supports (feuille « QP Ventilation »)',
        ],
      ];
  if (model.sharing === 'units') {
    return [
      [
        'Coût du service (C)',
        s.eligibleBase,
        support.length
          ? 'Lignes éligibles + services supports ventilés'
          : 'Somme des lignes éligibles',
      ],
      ...support,
      excluded,
      ...closing,
      [
        'Montant facturé par titres',
        s.billedTotal,
        'Quote-parts des bénéficiaires autres que le porteur',
      ],
      ['Usage propre du porteur', s.ownUseTotal, 'Non facturé'],
    ];
  }
  const rate = s.feeRate && model.fee === 'overhead' ? ` × (1 + ${frRate(s.feeRate)})` : '';
  const result: Step[] = [
    [
      'Charges éligibles partagées (B)',
      s.eligibleBase,
      support.length
        ? 'Lignes éligibles sans membre désigné + services supports ventilés'
        : 'Lignes éligibles sans membre désigné',
    ],
    ...support,
    excluded,
    [
      rate ? 'Base à répartir après frais de gestion (B\u2032)' : 'Base à répartir (B\u2032)',
      s.sharedBase ?? '0',
      `B${rate} arrondi à ${unit}`,
    ],
    [
      'Coûts propres aux membres',
      s.directTotal,
      `Lignes affectées à un seul membre${rate ? ', majorées des frais de gestion' : ''}, chacune arrondie à ${unit}`,
    ],
    ['Total à répartir (base du contrôle)', s.checkBase, 'B\u2032 + coûts propres'],
    ...closing,
  ];
  if (model.fee === 'coordinator')
    result.push([
      'Frais de gestion du coordonnateur',
      s.feeTotal,
      s.feeRate
        ? `${frRate(s.feeRate)} × quote-part de chaque membre autre que le coordonnateur, arrondi à ${unit}`
        : 'Aucuns',
    ]);
  if (s.settlement === 'ac')
    result.push([
      'Imputé sur les attributions de compensation',
      s.acTotal,
      'Quote-parts des communes, déduites de leur AC',
    ]);
  else
    result.push([
      'Montant facturé par titres',
      s.billedTotal,
      s.execution === 'separee'
        ? 'Frais de gestion seuls (exécution séparée)'
        : 'Participants autres que le porteur',
    ]);
  result.push(['Usage propre du porteur', s.ownUseTotal, 'Non facturé']);
  return result;
}

/** The cost-base section. */
export function costBaseSection(details: RunDetails, s: ServiceDetail): AnnexSection {
  const memberName = (i: number | null) => (i === null ? null : (details.members[i]?.name ?? null));
  const lines = tableOrNote(
    'Charges',
    [
      col('Ligne (Charges)', 'integer', 9),
      col('Libellé', 'text', 48),
      col('Nature', 'text', 18),
      col('Section', 'text', 15),
      col('Affectée au membre', 'text', 24),
      col('Éligible', 'text', 9),
      col('Montant', 'euro', 15),
    ],
    s.charges.map((c) => [
      String(c.row),
      c.label,
      c.nature,
      c.section,
      memberName(c.member),
      c.eligible ? 'Oui' : 'Non',
      c.amount,
    ]),
    'Aucune ligne de charges pour ce service.',
  );
  return {
    heading: '1. Base de coût',
    items: [
      note(
        'Lignes de la table Charges pour ce service. Une ligne « Éligible = Non » est exclue de la base ; une ligne affectée à un membre lui est imputée à 100 % (projet spécifique ou commande propre).',
      ),
      lines,
      tableOrNote(
        'Base',
        [col('Étape', 'text', 40), col('Montant', 'euro', 16), col('Explication', 'text', 70)],
        steps(details, s),
        '',
      ),
    ],
  };
}
