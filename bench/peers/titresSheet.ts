/**
 * The `Titres` sheet of the same-work formula template: what a finance officer would add
 * to the quote-parts template to issue the titres de recettes from it, one line per
 * member and service (one titre per member, annual period, as the bench workbook bills),
 * every line's debtor, service, object, amount and base de liquidation built by formulas
 * from `Repartition` and `Couts` — so the spreadsheet does the same work as the CLI's
 * `QP Titres` sheet. Simplifications, on the spreadsheet's side: no porteur or AC
 * exclusion and no groupement fee line (35,000 × 10 = 350,000 lines, where the CLI writes
 * 384,587), no installments.
 */
import { columnLetters, serviceColumn, type FormulaTemplate } from './formulaTemplate';
import type { SheetArrays } from './writeTemplateXlsx';

/** Headers of the sheet (as the CLI's `QP Titres`, without SIRET and date). */
export const TITRES_HEADERS = [
  'N° titre',
  'Ligne',
  'Exercice',
  'Période',
  'Débiteur',
  'Service',
  'Objet',
  'Compte',
  'Montant',
  'Base de liquidation',
] as const;

/** Column of the amount (1-based), for the reader of the recalculated output. */
export const TITRES_AMOUNT_COLUMN = 9;

/** The `Titres` sheet as arrays (row 1 = headers; strings starting with `=` are formulas). */
export function titresArrays(template: FormulaTemplate, exercice = 2026): SheetArrays {
  const rows: SheetArrays = [[...TITRES_HEADERS]];
  const period = String(exercice);
  template.members.forEach((_, i) => {
    const memberRow = i + 2;
    template.services.forEach((service, s) => {
      const row = rows.length + 1;
      const col = columnLetters(serviceColumn(template, s));
      rows.push([
        i + 1,
        s + 1,
        exercice,
        period,
        `=Repartition!$A$${memberRow}`,
        `=Couts!$A$${service.costRow}`,
        `="Participation « "&F${row}&" » – "&D${row}`,
        '7087',
        `=Repartition!${col}${memberRow}`,
        `=${service.liquidation(memberRow, `I${row}`, `D${row}`)}`,
      ]);
    });
  });
  return rows;
}
