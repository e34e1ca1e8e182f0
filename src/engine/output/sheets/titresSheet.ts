/** `QP Titres` (§4.2, §4.3): one row per titre line, with its base de liquidation. */
import type { PlanSheet } from '../../plan/writePlan';
import type { ComputationResult } from '../../compute/runComputation';
import type { TitreJson } from '../../api/resultJson';
import { col, singleTableSheet } from './planHelpers';

/** The object of a titre line (≤ 160 characters, the finance software's limit). */
export function titreObject(service: string, kind: string, period: string): string {
  const what = kind === 'fee' ? 'Frais de gestion du groupement' : kind === 'solde' ? 'Régularisation' : 'Participation';
  const text = `${what} « ${service} » – ${period}`;
  return text.length <= 160 ? text : `${text.slice(0, 159)}…`;
}

/** Builds the titres sheet from the JSON rows (same order as the computed lines). */
export function titresSheet(result: ComputationResult, rows: readonly TitreJson[]): PlanSheet {
  const { input, billing } = result;
  const kinds = billing.titres.flatMap((t) => t.lines.map((l) => l.kind));
  const siret = new Map(input.members.map((m) => [m.name, m.siret]));
  const columns = [
    col('N° titre', 'integer', 9),
    col('Ligne', 'integer', 7),
    col('Exercice', 'integer', 9),
    col('Période', 'text', 11),
    col('Débiteur', 'text', 28),
    col('SIRET', 'text', 16),
    col('Service', 'text', 28),
    col('Objet', 'text', 45),
    col('Compte', 'text', 9),
    col('Montant', 'euro', 14),
    col('Date d\u2019émission', 'date', 12),
    col('Base de liquidation', 'text', 90),
  ];
  const cells = rows.map((r, k) => [
    String(r.number),
    String(r.line),
    String(input.parameters.exercice),
    r.period,
    r.debtor,
    siret.get(r.debtor) ?? null,
    r.service,
    titreObject(r.service, kinds[k] ?? 'quote-part', r.period),
    r.account,
    r.amount,
    input.parameters.issueDate,
    r.liquidation,
  ]);
  return singleTableSheet('QP Titres', 'QP_Titres', columns, cells);
}
