/**
 * Section « Répartition par membre » of a service annex: per participant, the criteria
 * values or units, the share, the exact amount before rounding, the part of the base,
 * direct costs, quote-part, fee, billed amount, settlement and the calculation in words;
 * then a chart of the split (pie for a few members, bars otherwise).
 */
import type { AnnexChart, AnnexItem, AnnexSection } from '../annexDocument';
import { note, tableOrNote, withLinesBelow } from '../annexDocument';
import type { LineDetail, RunDetails, ServiceDetail } from '../../contract/runDetails';
import type { PlanCell, PlanColumn } from '../../plan/writePlan';
import { col } from '../../plan/planHelpers';
import { SETTLEMENT_TEXT } from '../annexLabels';
import { isZeroDecimal } from '../isZeroDecimal';
import { lineCalculation } from './lineCalculation';
import { FUNDING_MODELS } from '../../models/registry';

/** Above this many participants a chart is unreadable: it is left out (the table stays). */
export const MAX_CHART_MEMBERS = 50;
/** Up to this many participants the split is a pie; beyond, bars. */
export const MAX_PIE_SLICES = 8;

interface Column {
  readonly column: PlanColumn;
  readonly cell: (l: LineDetail) => PlanCell;
}

function columns(details: RunDetails, s: ServiceDetail): Column[] {
  const name = (l: LineDetail) => details.members[l.member]?.name ?? '';
  const list: Column[] = [{ column: col('Membre', 'text', 30), cell: name }];
  if (FUNDING_MODELS[s.model].sharing === 'units') {
    list.push(
      { column: col(`Unités (${s.unit ?? 'unité'})`, 'number', 14), cell: (l) => l.units },
      { column: col('Part des unités', 'share', 12), cell: (l) => l.share },
      { column: col('Coût unitaire × unités', 'number', 18), cell: (l) => l.exactAmount },
    );
  } else {
    const partial = s.lines.some(
      (l) => (details.members[l.member]?.presenceDays ?? details.yearDays) !== details.yearDays,
    );
    if (partial)
      list.push({
        column: col('Présence (jours)', 'integer', 10),
        cell: (l) => String(details.members[l.member]?.presenceDays ?? details.yearDays),
      });
    s.terms.forEach((t, k) =>
      list.push({
        column: col(t.kind === 'egalitaire' ? 'Parts égales' : t.label, 'number', 13),
        cell: (l) => l.values[k] ?? null,
      }),
    );
    list.push(
      { column: col('Part', 'share', 11), cell: (l) => l.share },
      { column: col('Base × part (exact)', 'number', 18), cell: (l) => l.exactAmount },
      { column: col('Part de la base', 'euro', 15), cell: (l) => l.allocated },
    );
    if (s.lines.some((l) => !isZeroDecimal(l.direct)))
      list.push({ column: col('Coûts propres', 'euro', 14), cell: (l) => l.direct });
  }
  list.push({ column: col('Quote-part', 'euro', 15), cell: (l) => l.quotePart });
  if (s.lines.some((l) => !isZeroDecimal(l.fee)))
    list.push({ column: col('Frais de gestion', 'euro', 14), cell: (l) => l.fee });
  list.push(
    { column: col('Montant facturé', 'euro', 15), cell: (l) => l.billed },
    {
      column: col('Règlement', 'text', 24),
      cell: (l) => SETTLEMENT_TEXT[l.settlement] ?? l.settlement,
    },
    { column: col('Calcul', 'text', 90), cell: (l) => lineCalculation(l) },
  );
  return list;
}

/** The split chart of a service, or null when there are too many participants. */
function splitChart(s: ServiceDetail): AnnexChart | null {
  if (s.lines.length === 0 || s.lines.length > MAX_CHART_MEMBERS) return null;
  const pie =
    s.lines.length <= MAX_PIE_SLICES && s.lines.every((l) => !l.quotePart.startsWith('-'));
  return {
    kind: 'chart',
    title: `Répartition des quote-parts — ${s.name}`,
    type: pie ? 'pie' : 'bar',
    table: 'Repartition',
    categoryColumn: 'Membre',
    valueColumn: 'Quote-part',
  };
}

/** The per-member section. */
export function membersSection(details: RunDetails, s: ServiceDetail): AnnexSection {
  const cols = columns(details, s);
  const items: AnnexItem[] = [
    withLinesBelow(
      tableOrNote(
        'Repartition',
        cols.map((c) => c.column),
        s.lines.map((l) => cols.map((c) => c.cell(l))),
        'Aucun participant.',
      ),
      'Calcul',
    ),
  ];
  const chart = splitChart(s);
  if (chart) items.push(chart);
  else if (s.lines.length > MAX_CHART_MEMBERS)
    items.push(
      note(
        `Graphique omis : ${s.lines.length} participants (au-delà de ${MAX_CHART_MEMBERS}, il serait illisible).`,
      ),
    );
  return { heading: '3. Répartition par membre', items };
}
