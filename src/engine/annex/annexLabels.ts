/**
 * French wording shared by the annexes: settlement,
 * installments and line kinds, so that the sheet and the HTML report say the same thing.
 */
import type { ResultJson } from '../contract/resultJson';
import type { RunDetails, ServiceDetail } from '../contract/runDetails';
import { FUNDING_MODELS } from '../models/registry';
import type { PlanPageHeader } from '../plan/writePlan';

/** What an annex is built from: the run's JSON (result tables) and its details. */
export interface AnnexSource {
  readonly details: RunDetails;
  readonly json: ResultJson;
}

/** Settlement of a participant's line, in words. */
export const SETTLEMENT_TEXT: Readonly<Record<string, string>> = {
  titre: 'Titre de recettes',
  ac: 'Imputation sur l\u2019AC',
  direct: 'Paiement direct au fournisseur',
  'own-use': 'Usage propre (porteur)',
};

/** Kind of a titre line, in words. */
export const LINE_KIND_TEXT: Readonly<Record<string, string>> = {
  'quote-part': 'Quote-part',
  fee: 'Frais de gestion',
  solde: 'Solde de régularisation',
};

/** `4 par an (trimestrielles)`. */
export function installmentsText(n: 1 | 2 | 4 | 12): string {
  return n === 1
    ? '1 par an (annuelle)'
    : n === 2
      ? '2 par an (semestrielles)'
      : n === 4
        ? '4 par an (trimestrielles)'
        : '12 par an (mensuelles)';
}

/** How the service's amounts are settled, in one sentence. */
export function settlementText(s: ServiceDetail): string {
  if (FUNDING_MODELS[s.model].execution) {
    return s.execution === 'conjointe'
      ? 'Exécution conjointe : le coordonnateur paie le fournisseur et émet un titre pour la quote-part (et les frais) de chaque membre.'
      : 'Exécution séparée : chaque membre paie lui-même le fournisseur ; seuls les frais de gestion du coordonnateur sont facturés.';
  }
  if (s.settlement === 'ac')
    return 'Imputation sur l\u2019attribution de compensation (aucun titre émis).';
  return 'Titre de recettes émis par le porteur.';
}

/** Name of the porteur, or null. */
export function porteurName(details: RunDetails): string | null {
  return details.members.find((m) => m.porteur)?.name ?? null;
}

/** Organisme, convention and exercice, as an annex names them. */
function annexParts(details: RunDetails): [string, string, string] {
  return [
    details.organisme ?? 'Organisme non renseigné',
    details.convention ?? 'Convention non renseignée',
    `Exercice ${details.exercice}`,
  ];
}

/** `Organisme · Convention` line under an annex title. */
export function annexSubtitle(details: RunDetails): string {
  return annexParts(details).join(' · ');
}

/** Header of every printed page of an annex: organisme left, convention centre, exercice right. */
export function annexPageHeader(details: RunDetails): PlanPageHeader {
  const [left, center, right] = annexParts(details);
  return { left, center, right };
}
