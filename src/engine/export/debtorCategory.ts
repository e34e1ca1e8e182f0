/**
 * The PES V2 coding of a debtor (DGFiP, Protocole d'échange standard v2, bloc Tiers):
 * `CatTiers` (type TCatTiers: 21 Région, 22 Département, 23 Commune, 24 Groupement de
 * collectivités, 25 Caisse des écoles, 26 CCAS) and `NatJur` (type TNatJur: 09
 * Collectivité territoriale / établissement public local), derived from the member's
 * `Type` when the workbook gives no `Catégorie de tiers` / `Nature juridique` column.
 * A type this table does not know gives nothing (the finance officer fills it in).
 */
import { normalizeName } from '../text/normalizeName';

/** The PES V2 codes of a debtor, '' when unknown. */
export interface DebtorCategory {
  readonly categorieTiers: string;
  readonly natureJuridique: string;
}

/** Normalised `Type` (`normalizeName`: no case, accent or space) → CatTiers (every one is a collectivité or local EP: NatJur 09). */
const CATEGORIES: readonly [RegExp, string][] = [
  [/^(commune|ville|mairie)/, '23'],
  [/^(ccas|cias|centre(inter)?communald'actionsociale)/, '26'],
  [/^caissedesecoles/, '25'],
  [/^(departement|conseildepartemental)/, '22'],
  [/^(region|conseilregional)/, '21'],
  [
    /^(epci|communaute|metropole|syndicat|sivu|sivom|smo|petr|polemetropolitain|groupement|etablissementpublicterritorial)/,
    '24',
  ],
];

/** The PES V2 codes given by a member's `Type` (`Commune` → 23 / 09). */
export function debtorCategory(type: string | null | undefined): DebtorCategory {
  const name = normalizeName(type ?? '');
  const found = CATEGORIES.find(([pattern]) => pattern.test(name));
  return found
    ? { categorieTiers: found[1], natureJuridique: '09' }
    : { categorieTiers: '', natureJuridique: '' };
}
