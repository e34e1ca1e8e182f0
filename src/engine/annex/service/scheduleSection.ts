/**
 * Section « Échéancier et titres » of a service annex: each billed amount split into
 * equal installments over the service's periods, with the titre that carries each one
 * (an installment below the titre floor is carried into the debtor's next titre, CGCT
 * D1611-1), and in a régularisation the soldes and reductions.
 */
import type { AnnexItem, AnnexSection } from '../annexDocument';
import { note, tableOrNote } from '../annexDocument';
import type { InstallmentDetail, RunDetails, ServiceDetail } from '../details/runDetails';
import { col } from '../../output/sheets/planHelpers';
import { LINE_KIND_TEXT, installmentsText } from '../annexLabels';
import { frMoney } from '../frenchText';

const KIND_ORDER: Readonly<Record<string, number>> = { 'quote-part': 0, fee: 1, solde: 0 };

function observation(i: InstallmentDetail, floor: string): string | null {
  if (i.titre === null) return `Non émise : reste sous le seuil de ${floor} après le dernier titre du débiteur`;
  if (i.titrePeriod !== i.period) return `Reportée sur le titre de la période ${i.titrePeriod} (sous le seuil de ${floor})`;
  return null;
}

function scheduleItems(details: RunDetails, s: ServiceDetail): AnnexItem[] {
  const rows = details.installments
    .filter((i) => i.service === s.index)
    .sort((a, b) => a.member - b.member || (KIND_ORDER[a.kind] ?? 0) - (KIND_ORDER[b.kind] ?? 0) || a.rank - b.rank);
  const floor = frMoney(details.titreFloor);
  const intro = details.regularisation
    ? `Régularisation : solde = montant dû − acomptes déjà émis, sur un titre de l\u2019exercice ${details.exercice} ; un solde négatif donne une réduction (tableau suivant).`
    : `Échéances : ${installmentsText(s.installments)}. Chaque montant annuel est divisé en échéances égales au centime (les premières reçoivent les centimes restants), sur les seules périodes de présence du membre.`;
  return [
    note(`${intro} Un titre de moins de ${floor} n\u2019est pas émis : ses lignes sont reportées sur le titre suivant du même débiteur (CGCT D1611-1).`),
    tableOrNote(
      'Echeancier',
      [col('Membre', 'text', 30), col('Ligne', 'text', 18), col('Échéance', 'text', 9), col('Période', 'text', 10), col('Montant', 'euro', 14), col('Titre n°', 'integer', 9), col('Période du titre', 'text', 12), col('Observation', 'text', 60)],
      rows.map((i) => [details.members[i.member]?.name ?? '', LINE_KIND_TEXT[i.kind] ?? i.kind, `${i.rank}/${i.count}`, i.period, i.amount, i.titre === null ? null : String(i.titre), i.titrePeriod, observation(i, floor)]),
      'Aucun titre pour ce service.',
    ),
  ];
}

function reductionItems(details: RunDetails, s: ServiceDetail): AnnexItem[] {
  const rows = details.reductions.filter((r) => r.service === s.index);
  if (rows.length === 0) return [];
  return [
    tableOrNote(
      'Reductions',
      [col('Membre', 'text', 30), col('Montant dû', 'euro', 14), col('Acomptes émis', 'euro', 14), col('Réduction à émettre', 'euro', 16)],
      rows.map((r) => [details.members[r.debtor]?.name ?? '', r.billed, r.acompte, r.amount]),
      '',
    ),
  ];
}

/** The schedule section; null when nothing of the service is billed (AC, own use only). */
export function scheduleSection(details: RunDetails, s: ServiceDetail): AnnexSection {
  const billed = s.lines.some((l) => l.settlement === 'titre' || l.settlement === 'direct');
  if (!billed) {
    const why = s.settlement === 'ac' && s.model === 'service-commun' ? 'les quote-parts sont imputées sur les attributions de compensation (section 5)' : 'seul le porteur y participe (usage propre)';
    return { heading: '4. Échéancier et titres', items: [note(`Aucun titre pour ce service : ${why}.`)] };
  }
  return { heading: '4. Échéancier et titres', items: [...scheduleItems(details, s), ...reductionItems(details, s)] };
}
