/** `QP Quote-parts` (§4.1): one row per scenario × service × participant. */
import type { PlanSheet } from '../../plan/writePlan';
import type { ComputationResult } from '../../compute/runComputation';
import type { QuotePartJson } from '../../api/resultJson';
import { FUNDING_MODELS } from '../../models/registry';
import { frenchExact } from '../formatMoney';
import { col, singleTableSheet, SETTLEMENT_LABELS } from './planHelpers';
import { formatExact } from '../../numbers/decimalText';

/** Builds the quote-parts sheet from the computation and its JSON rows (same order). */
export function quotePartsSheet(result: ComputationResult, rows: readonly QuotePartJson[]): PlanSheet {
  const details: (string | null)[] = [];
  const units: (string | null)[] = [];
  for (const s of result.scenarios) {
    for (const r of s.services) {
      r.lines.forEach((l, j) => {
        units.push(l.units ? formatExact(l.units) : null);
        details.push(
          r.key
            ? r.key.terms.map((t) => (t.kind === 'egalitaire' ? 'Égalitaire : 1 part' : `${t.label} : ${frenchExact(t.values[j] ?? { n: 0n, d: 1n })}`)).join(' ; ')
            : `${r.service.unit ?? ''} : ${frenchExact(l.units ?? { n: 0n, d: 1n })}`,
        );
      });
    }
  }
  const columns = [
    col('Scénario', 'text', 18),
    col('Service', 'text', 28),
    col('Modèle', 'text', 22),
    col('Membre', 'text', 28),
    col('Critères ou unités', 'text', 40),
    col('Unités', 'number', 10),
    col('Part', 'share', 11),
    col('Coût unitaire', 'number', 13),
    col('Quote-part', 'euro', 15),
    col('Frais de gestion', 'euro', 14),
    col('Montant facturé', 'euro', 15),
    col('Règlement', 'text', 26),
  ];
  const cells = rows.map((r, k) => [
    r.scenario,
    r.service,
    FUNDING_MODELS[r.model].label,
    r.member,
    details[k] ?? null,
    units[k] ?? null,
    r.share,
    r.unitCost,
    r.quotePart,
    r.fee,
    r.billed,
    SETTLEMENT_LABELS[r.settlement] ?? r.settlement,
  ]);
  return singleTableSheet('QP Quote-parts', 'QP_QuoteParts', columns, cells);
}
