/**
 * Section « Caractéristiques » of a service annex: model and legal basis, key or unit,
 * overhead or fee, settlement, account, installments, porteur and rounding rule — what
 * the convention sets and the figures below apply.
 */
import type { AnnexSection } from '../annexDocument';
import { tableOrNote } from '../annexDocument';
import type { RunDetails, ServiceDetail } from '../../contract/runDetails';
import { col } from '../../plan/planHelpers';
import { installmentsText, porteurName, settlementText } from '../annexLabels';
import { frMoney, frRate } from '../frenchText';
import { FUNDING_MODELS } from '../../models/registry';

function feeText(s: ServiceDetail): string {
  return s.feeRate ? FUNDING_MODELS[s.model].feeText(frRate(s.feeRate)) : 'Aucuns';
}

function roundingText(details: RunDetails, s: ServiceDetail): string {
  const unit = frMoney(details.rounding);
  if (FUNDING_MODELS[s.model].sharing === 'units')
    return `Chaque quote-part = coût unitaire × unités, arrondie à ${unit} (demi-unité supérieure)`;
  return details.method === 'ligne-a-ligne'
    ? `Ligne à ligne : chaque part arrondie séparément à ${unit} (le total peut différer de quelques centimes)`
    : `Plus forts restes : parts arrondies à ${unit} dont la somme égale exactement la base`;
}

/** The overview section. */
export function overviewSection(details: RunDetails, s: ServiceDetail): AnnexSection {
  const porteur = porteurName(details);
  const model = FUNDING_MODELS[s.model];
  const rows: [string, string][] = [
    ['Service', s.name],
    ['Modèle', `${s.modelLabel} (${model.legalBasis})`],
    model.sharing === 'units'
      ? ['Unité de fonctionnement', s.unit ?? '']
      : ['Clé de répartition', s.key ?? ''],
    ['Frais de gestion', feeText(s)],
    ['Règlement', settlementText(s)],
    ['Compte de recette (nature)', s.account],
    ['Échéances', installmentsText(s.installments)],
    [
      model.porteurTitle,
      porteur ? `${porteur} (sa propre part est un usage propre, non facturé)` : 'Aucun',
    ],
    ['Participants', String(s.lines.length)],
    ['Arrondi', roundingText(details, s)],
  ];
  return {
    heading: 'Caractéristiques du service',
    items: [
      tableOrNote(
        'Caracteristiques',
        [col('Rubrique', 'text', 30), col('Valeur', 'text', 90)],
        rows,
        '',
      ),
    ],
  };
}
