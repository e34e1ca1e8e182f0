/**
 * Name matching of contract §1: tables, headers, parameters, fixed values, criteria,
 * units, members and services match ignoring case, accents, spaces, underscores, and
 * with ’ = '. Two names with the same normal form are the same name.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const IGNORED = /[\s_\u00a0\u202f]+/g;

/** The matching key of a name: `Paramètres` → `parametres`, `Coût unitaire` → `coutunitaire`. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[’‘`´]/g, "'")
    .replace(IGNORED, '')
    .toLowerCase();
}

/** Trims ordinary, non-breaking and narrow non-breaking spaces at both ends. */
export function trimText(text: string): string {
  return text.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');
}
