/** `QP Journal`: what the run was — date, version, parameters, input sizes, totals. */
import { frenchDate, frenchDateTime } from '../../dates/calendar';
import type { PlanSheet } from '../../plan/writePlan';
import type { ComputationResult } from '../../compute/runComputation';
import type { RunOptions } from '../../contract/runTypes';
import type { Problem } from '../../problems/problem';
import { type Q, ZERO, add } from '../../numbers/rational';
import { formatExact } from '../../numbers/decimalText';
import { frenchMoney } from '../../numbers/formatMoney';
import { col, singleTableSheet } from '../../plan/planHelpers';
import { ANNEX_MEMBER_LIMIT } from '../../contract/tables';

/** Builds the journal sheet. */
export function journalSheet(
  result: ComputationResult,
  options: RunOptions,
  problems: readonly Problem[],
): PlanSheet {
  const { input, billing } = result;
  const p = input.parameters;
  const money = (v: Q) => frenchMoney(v, p.rounding);
  const titresTotal = billing.titres.reduce((acc, t) => add(acc, t.total), ZERO);
  const reductionsTotal = billing.reductions.reduce((acc, r) => add(acc, r.amount), ZERO);
  const usageRows = [...input.usages.values()].reduce(
    (n, byUnit) => n + [...byUnit.values()].reduce((k, m) => k + m.size, 0),
    0,
  );
  const porteur = input.porteur === null ? null : (input.members[input.porteur]?.name ?? null);
  const entries: [string, string | null][] = [
    ['Date du calcul', frenchDateTime(options.generatedAt)],
    ['Version de QuotePart', options.version],
    ['Classeur', options.source],
    [
      'Exécuté depuis',
      options.host === 'cli'
        ? 'Ligne de commande'
        : options.host === 'excel'
          ? 'Complément Excel'
          : 'Aperçu navigateur',
    ],
    ['Exercice', String(p.exercice)],
    ['Organisme émetteur', p.organisme ?? porteur],
    ['Convention', p.convention],
    ['Date d\u2019émission', p.issueDate === null ? null : frenchDate(p.issueDate)],
    [
      'Méthode d\u2019arrondi',
      p.method === 'ligne-a-ligne' ? 'Ligne à ligne' : 'Plus forts restes',
    ],
    ['Arrondi', formatExact(p.rounding)],
    ['Arrondi du coût unitaire', formatExact(p.unitCostRounding)],
    ['Premier numéro de titre', String(p.firstTitreNumber)],
    ['Seuil minimal de titre', money(p.titreFloor)],
    ['Membres', String(input.members.length)],
    ['Services', String(input.services.length)],
    ['Lignes de charges', String(input.charges.length)],
    ['Usages (membre × service × unité)', String(usageRows)],
    ['Scénarios (hors Référence)', String(input.scenarios.length)],
    [
      'Type de calcul',
      billing.regularisation ? 'Régularisation (acomptes déduits)' : 'Émission des échéances',
    ],
    [
      'Quote-parts calculées',
      String(
        result.scenarios.reduce(
          (n, s) => n + s.services.reduce((k, r) => k + r.lines.length, 0),
          0,
        ),
      ),
    ],
    ['Titres émis', String(billing.titres.length)],
    ['Lignes de titres', String(billing.titres.reduce((n, t) => n + t.lines.length, 0))],
    ['Total des titres', money(titresTotal)],
    ['Réductions', `${billing.reductions.length} pour ${money(reductionsTotal)}`],
    [
      'Restes non émis (sous le seuil)',
      `${billing.unissued.length} pour ${money(billing.unissued.reduce((acc, x) => add(acc, x.amount), ZERO))}`,
    ],
    ['Avertissements', String(problems.filter((x) => x.severity === 'warning').length)],
    [
      'Annexes financières',
      p.annexes === false
        ? 'Non (paramètre « Annexes »)'
        : p.annexes === true || input.members.length <= ANNEX_MEMBER_LIMIT
          ? 'Oui'
          : `Non : ${input.members.length} membres (au-delà de ${ANNEX_MEMBER_LIMIT}, paramètre « Annexes » = Oui pour les produire)`,
    ],
  ];
  return singleTableSheet(
    'QP Journal',
    'QP_Journal',
    [col('Rubrique', 'text', 36), col('Valeur', 'text', 60)],
    entries.map(([k, v]) => [k, v]),
  );
}
