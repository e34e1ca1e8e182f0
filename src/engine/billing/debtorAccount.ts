/**
 * The nature account of a titre line. A service's `Compte` always wins; without it the
 * account is 7087 (« remboursement de frais »), or, with `Comptes par type de débiteur` =
 * Oui, the sub-account of 7087 that the M57 and M14 nomenclatures open by debtor: 70875
 * when an EPCI (the GFP) bills one of its member communes, 70876 when a commune bills the
 * GFP it belongs to, 70878 for every other debtor. The sub-account labels are those the
 * issue cites; they were not checked against the nomenclature text (docs/format-classeur.md).
 */
import type { InputModel } from '../domain/inputModel';
import { normalizeName } from '../text/normalizeName';

/** Sub-accounts of 7087 by debtor. */
export const DEBTOR_ACCOUNTS = {
  communeMembre: '70875',
  gfpDeRattachement: '70876',
  autres: '70878',
} as const;

function typeIs(type: string | null | undefined, expected: string): boolean {
  return type !== null && type !== undefined && normalizeName(type) === normalizeName(expected);
}

/** Account of the lines of `service` billed to member `debtor`. */
export function debtorAccount(input: InputModel, service: number, debtor: number): string {
  const s = input.services[service];
  if (s === undefined) return '';
  if (s.accountGiven || !input.parameters.accountsByDebtorType) return s.account;
  const porteur = input.members.find((m) => m.porteur)?.type;
  const type = input.members[debtor]?.type;
  if (typeIs(type, 'Commune') && typeIs(porteur, 'EPCI')) return DEBTOR_ACCOUNTS.communeMembre;
  if (typeIs(type, 'EPCI') && typeIs(porteur, 'Commune')) return DEBTOR_ACCOUNTS.gfpDeRattachement;
  return DEBTOR_ACCOUNTS.autres;
}
