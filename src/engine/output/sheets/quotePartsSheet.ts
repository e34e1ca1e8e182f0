/** `QP Quote-parts` (§4.1): one row per scenario × service × participant. */
import type { PlanCell, PlanSheet } from '../../plan/writePlan';
import type { ResultJsonSource, QuotePartEntry } from '../toResultJson';
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
function criteria({ result: r, line: l, index }: QuotePartEntry): string {
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
function quotePartCells(entry: QuotePartEntry): PlanCell[] {
  const r = entry.row;
  return [
    r.scenario,
    r.service,
    FUNDING_MODELS[r.model].label,
    r.member,
    criteria(entry),
    entry.line.units ? formatExact(entry.line.units) : null,
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
      for (const entry of source.quotePartEntries()) {
        source.generated('quoteParts', entry.row);
        yield quotePartCells(entry);
      }
    },
  });
}
