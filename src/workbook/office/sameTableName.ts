/**
 * Whether two sheet or table names denote the same contract table: contract §1 matches
 * names ignoring case, accents, spaces and underscores, and ’ = '. Used to refuse writing
 * input tables over ones the workbook already has (`Paramètres` blocks `Parametres`).
 */

/** Comparison key of a name. */
export function tableNameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/[\s_]/g, '')
    .toLocaleUpperCase('en');
}
