/** `QP Titres` (§4.2, §4.3): one row per titre line, with its base de liquidation. */
import type { JsonRowProjection, PlanSheet } from '../../plan/writePlan';
import type { ComputationResult } from '../../compute/runComputation';
import type { ResultJsonSource } from '../toResultJson';
import { col, singleTableSheet } from '../../plan/planHelpers';
import { titreObject } from '../../billing/titreObject';
import type { TitreLine } from '../../billing/titres';

const COLUMNS = [
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

/**
 * The `titres` row of the JSON document as the sheet's row gives it (same order as
 * `TitreJson`): number, line, period, debtor, service, account, amount, base de liquidation.
 */
export const TITRES_JSON_ROWS: JsonRowProjection = {
  key: 'titres',
  fields: [
    { name: 'number', column: 0, number: true },
    { name: 'line', column: 1, number: true },
    { name: 'period', column: 3, number: false },
    { name: 'debtor', column: 4, number: false },
    { name: 'service', column: 6, number: false },
    { name: 'account', column: 8, number: false },
    { name: 'amount', column: 9, number: false },
    { name: 'liquidation', column: 11, number: false },
  ],
};

/** Builds the titres sheet; its rows are generated from the computed titres when written. */
export function titresSheet(
  result: ComputationResult,
  source: ResultJsonSource,
  count: number,
): PlanSheet {
  const { input } = result;
  const exercice = String(input.parameters.exercice);
  return singleTableSheet(
    'QP Titres',
    'QP_Titres',
    COLUMNS,
    {
      count,
      *generate() {
        // The object depends on the service, the kind and the period only: built once per
        // combination, found by nested lookups (no key string built per row).
        const objects = new Map<number, Map<string, Map<string, string>>>();
        // The titres walked here (not through `titreEntries`): one generator per row, not two.
        let k = 0;
        for (const titre of result.billing.titres) {
          const siret = input.members[titre.debtor]?.siret ?? null;
          for (let i = 0; i < titre.lines.length; i++) {
            const line = titre.lines[i] as TitreLine;
            const r = source.titreRow(titre, i, k++);
            source.generated('titres', r);
            let byKind = objects.get(line.service);
            if (byKind === undefined) objects.set(line.service, (byKind = new Map()));
            let byPeriod = byKind.get(line.kind);
            if (byPeriod === undefined) byKind.set(line.kind, (byPeriod = new Map()));
            let object = byPeriod.get(r.period);
            if (object === undefined)
              byPeriod.set(
                r.period,
                (object = titreObject(
                  r.service,
                  line.kind,
                  r.period,
                  input.services[line.service]?.model,
                )),
              );
            yield [
              String(r.number),
              String(r.line),
              exercice,
              r.period,
              r.debtor,
              siret,
              r.service,
              object,
              r.account,
              r.amount,
              titre.issueDate,
              r.liquidation,
            ];
          }
        }
      },
    },
    TITRES_JSON_ROWS,
  );
}
