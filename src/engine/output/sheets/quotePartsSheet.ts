/** `QP Quote-parts` (§4.1): one row per scenario × service × participant. */
import type { PlanCell, PlanSheet } from '../../plan/writePlan';
import { type ResultJsonSource, unitCostText } from '../toResultJson';
import type { QuotePartJson } from '../../contract/resultJson';
import type { ParticipantLine, ServiceResult } from '../../models/serviceResult';
import { FUNDING_MODELS } from '../../models/registry';
import { frenchExact } from '../../numbers/formatMoney';
import { col, singleTableSheet } from '../../plan/planHelpers';
import { SETTLEMENT_LABELS } from './settlementLabels';
import { formatExact } from '../../numbers/decimalText';
import { ZERO } from '../../numbers/rational';

const COLUMNS = [
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

/** The criteria (or units) a participant's quote-part was computed from, in words. */
function criteria(r: ServiceResult, l: ParticipantLine, index: number): string {
  if (!r.key) return `${r.service.unit ?? ''} : ${frenchExact(l.units ?? ZERO)}`;
  return r.key.terms
    .map((t) =>
      t.kind === 'egalitaire'
        ? 'Égalitaire : 1 part'
        : `${t.label} : ${frenchExact(t.values[index] ?? ZERO)}`,
    )
    .join(' ; ');
}

/** The sheet row of one quote-part line. */
function quotePartCells(
  result: ServiceResult,
  line: ParticipantLine,
  index: number,
  r: QuotePartJson,
): PlanCell[] {
  return [
    r.scenario,
    r.service,
    FUNDING_MODELS[r.model].label,
    r.member,
    criteria(result, line, index),
    line.units ? formatExact(line.units) : null,
    r.share,
    r.unitCost,
    r.quotePart,
    r.fee,
    r.billed,
    SETTLEMENT_LABELS[r.settlement] ?? r.settlement,
  ];
}

/** Builds the quote-parts sheet; its rows are generated from the computation when written. */
export function quotePartsSheet(source: ResultJsonSource, count: number): PlanSheet {
  return singleTableSheet('QP Quote-parts', 'QP_QuoteParts', COLUMNS, {
    count,
    *generate() {
      // The lines walked here (in `quotePartEntries` order): one generator per row, not two.
      for (const s of source.scenarios) {
        for (const r of s.services) {
          const unitCost = unitCostText(r);
          for (let index = 0; index < r.lines.length; index++) {
            const line = r.lines[index] as ParticipantLine;
            const row = source.quotePartRow(s.name, r, line, unitCost);
            source.generated('quoteParts', row);
            yield quotePartCells(r, line, index, row);
          }
        }
      }
    },
  });
}
