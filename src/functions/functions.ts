/**
 * The Excel custom functions of QuotePart (namespace QUOTEPART, set in manifest.xml): a
 * shell over the engine's spreadsheet functions. The JSDoc below is the source of
 * functions.json (custom-functions-metadata, run by its webpack plugin, which also appends
 * the `CustomFunctions.associate` calls to this file in the build). Ranges arrive as 2-D
 * arrays of cells; the engine reads them exactly (the shortest decimal of each double) and
 * every bad input becomes `#VALEUR!` or `#NOMBRE!` with a French message. See docs/fonctions.md.
 */
import * as engine from '../engine';
import { customFunctionsApi, type CustomFunctionsApi } from './customFunctionsApi';
import { toCellResult } from './toCellResult';

/**
 * What the `CustomFunctions.associate(…)` calls appended by the webpack plugin use: Excel's
 * object (office.js, loaded before this file), the preview's stand-in, or, where neither
 * exists (taskpane.html opened without office.js), a no-op so that the page still starts.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- used by the appended associate calls
const CustomFunctions: Pick<CustomFunctionsApi, 'associate'> = customFunctionsApi() ?? {
  associate: () => undefined,
};

/**
 * Répartit un montant entre des poids, au centime près : plus forts restes, égalité au premier listé ; la somme est le montant arrondi.
 * @customfunction REPARTIR REPARTIR
 * @param montant Montant à répartir, en euros.
 * @param poids Les poids, un par membre (une colonne ou une ligne, positifs ou nuls).
 * @param [arrondi] Unité d’arrondi : 0,01 (centime, par défaut) ou 1 (euro).
 * @returns Un montant par poids, disposé comme les poids.
 */
export function repartir(montant: unknown, poids: unknown[][], arrondi?: unknown): number[][] {
  return toCellResult(engine.repartir(montant, poids, arrondi));
}

/**
 * Répartit un montant selon une clé composée (par exemple 60 % population + 40 % agents), au centime près.
 * @customfunction REPARTIR.CLE REPARTIR.CLE
 * @param montant Montant à répartir, en euros.
 * @param criteres Une ligne par membre, une colonne par critère (vide = 0).
 * @param ponderations La pondération de chaque critère, en % (total 100 %).
 * @param [presence] Fraction de l’année de chaque membre (vide = 1).
 * @param [arrondi] Unité d’arrondi : 0,01 (centime, par défaut) ou 1 (euro).
 * @returns Un montant par membre, en colonne.
 */
export function repartirCle(
  montant: unknown,
  criteres: unknown[][],
  ponderations: unknown[][],
  presence?: unknown[][],
  arrondi?: unknown,
): number[][] {
  return toCellResult(engine.repartirCle(montant, criteres, ponderations, presence, arrondi));
}

/**
 * Part exacte de chaque poids dans le total, à 10 décimales (pour l’affichage).
 * @customfunction PART PART
 * @param poids Les poids, un par membre (une colonne ou une ligne, positifs ou nuls).
 * @returns Une part par poids, disposée comme les poids.
 */
export function part(poids: unknown[][]): number[][] {
  return toCellResult(engine.part(poids));
}

/**
 * Partage un coût par paliers (valeur de Shapley) : chaque surcoût d’un palier est partagé à parts égales par ceux qui en ont besoin.
 * @customfunction PALIERS PALIERS
 * @param couts_niveaux Coût cumulé de chaque palier (une colonne), ou deux colonnes : nom du palier, coût.
 * @param niveau_de_chaque_membre Le palier de chaque membre : son numéro (1, 2…) ou son nom.
 * @param [arrondi] Unité d’arrondi : 0,01 (centime, par défaut) ou 1 (euro).
 * @returns Un montant par membre, disposé comme les paliers des membres.
 */
export function paliers(
  couts_niveaux: unknown[][],
  niveau_de_chaque_membre: unknown[][],
  arrondi?: unknown,
): number[][] {
  return toCellResult(engine.paliers(couts_niveaux, niveau_de_chaque_membre, arrondi));
}
