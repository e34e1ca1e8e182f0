/** `QP Quote-parts` (§4.1): one row per scenario × service × participant. */
import type { JsonRowProjection, PlanCell, PlanSheet } from '../../plan/writePlan';
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

/** The code of each label of `labels` (code → label); null when two codes share a label. */
function codesOfLabels(labels: Readonly<Record<string, string>>): Record<string, string> | null {
  const codes: Record<string, string> = {};
  for (const [code, label] of Object.entries(labels)) {
    if (Object.prototype.hasOwnProperty.call(codes, label)) return null;
    codes[label] = code;
  }
  return codes;
}

function quotePartsJsonRows(): JsonRowProjection | undefined {
  const models = codesOfLabels(
    Object.fromEntries(Object.entries(FUNDING_MODELS).map(([id, row]) => [id, row.label])),
  );
  const settlements = codesOfLabels(SETTLEMENT_LABELS);
  if (models === null || settlements === null) return undefined;
  return {
    key: 'quoteParts',
    fields: [
      { name: 'scenario', column: 0, number: false },
      { name: 'service', column: 1, number: false },
      { name: 'model', column: 2, number: false, codes: models },
      { name: 'member', column: 3, number: false },
      { name: 'share', column: 6, number: false },
      { name: 'unitCost', column: 7, number: false },
      { name: 'quotePart', column: 8, number: false },
      { name: 'fee', column: 9, number: false },
      { name: 'billed', column: 10, number: false },
      { name: 'settlement', column: 11, number: false, codes: settlements },
    ],
  };
}

/**
 * The `quoteParts` row of the JSON document as the sheet's row gives it (same order as
 * `QuotePartJson`; the model and the settlement from their labels, which are distinct).
 */
export const QUOTE_PARTS_JSON_ROWS: JsonRowProjection | undefined = quotePartsJsonRows();

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
  return singleTableSheet(
    'QP Quote-parts',
    'QP_QuoteParts',
    COLUMNS,
    {
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
    },
    QUOTE_PARTS_JSON_ROWS,
  );
}
