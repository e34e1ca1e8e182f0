/**
 * The printable convention annex of a valid run (`--annexe-pdf`, the pane's PDF
 * download): a header, the scenario comparison, the annex of each service (or of one
 * service) with a total row equal to the titres to the cent, and « Vu et approuvé ».
 * Every text comes from the annex documents (`serviceAnnex`), so the PDF says what the
 * `QP Annexe …` sheets and the HTML report say.
 */
import type { AnnexTable } from '../../annex/annexDocument';
import { annexSource, OutcomeUseError, type OutcomeForAnnexes } from '../../annex/annexSource';
import { annexSubtitle } from '../../annex/annexLabels';
import { serviceAnnex } from '../../annex/service/serviceAnnex';
import { sumDecimals } from '../../annex/sumDecimals';
import { displayCell } from '../../annex/frenchText';
import { findAnnexMember } from '../../annex/findAnnexMember';
import { frenchList } from '../../text/closestNames';
import { frenchDateTime } from '../../dates/calendar';
import { parseDecimal } from '../../numbers/decimalText';
import { ZERO, cmp } from '../../numbers/rational';
import type { RunDetails, ServiceDetail } from '../../contract/runDetails';
import type { ConventionAnnexModel, PrintBlock } from './conventionAnnexModel';
import { documentBlocks, type TotalRow } from './documentBlocks';
import { comparisonBlocks } from './comparisonBlocks';
import { approvalBlock } from './approvalBlock';

/** Options of the printed annex. */
export interface ConventionAnnexOptions {
  /** Only this service (matched like contract names); all services when absent. */
  readonly service?: string;
}

/** The table of a service annex that gets a total row (the per-member split). */
const SPLIT_TABLE = 'Repartition';

/** Total row of the split: « Total » then the exact Σ of each euro column, at the rounding unit. */
function splitTotal(details: RunDetails): TotalRow {
  return (table: AnnexTable) => {
    if (table.id !== SPLIT_TABLE) return null;
    return table.columns.map((column, k) => {
      if (k === 0) return 'Total';
      if (column.format !== 'euro') return null;
      const values = table.rows.flatMap((row) => {
        const cell = row[k];
        return cell === null || cell === undefined ? [] : [cell];
      });
      return displayCell(sumDecimals(values, details.rounding), 'euro');
    });
  };
}

/** Index of the service named `name`; throws `OutcomeUseError` naming the closest services. */
export function requireAnnexService(outcome: OutcomeForAnnexes, name: string): number {
  const { details } = annexSource(outcome);
  const match = findAnnexMember(details.services, name);
  if (!match.found)
    throw new OutcomeUseError(
      `« ${name} » n\u2019est pas un service de la table Services${match.suggestions.length ? ` (vouliez-vous dire ${frenchList(match.suggestions)} ?)` : ''}.`,
    );
  return match.index;
}

/** The sentence under a service's split: Σ of its titres, compared with the total row. */
function titresSentence(
  source: ReturnType<typeof annexSource>,
  service: ServiceDetail,
): PrintBlock {
  const titres = source.json.titres.filter((t) => t.service === service.name);
  const sum = sumDecimals(
    titres.map((t) => t.amount),
    source.details.rounding,
  );
  const same = cmp(parseDecimal(sum) ?? ZERO, parseDecimal(service.billedTotal) ?? ZERO) === 0;
  const count = `${titres.length} ligne${titres.length > 1 ? 's' : ''}`;
  return {
    kind: 'paragraph',
    text:
      titres.length === 0
        ? 'Aucun titre de recettes émis pour ce service.'
        : `Titres de recettes émis pour ce service : ${count}, total ${displayCell(sum, 'euro')}${same ? ', égal au total de la colonne « Montant facturé »' : ' (une partie de l\u2019année seulement : période demandée ou régularisation)'}.`,
  };
}

/** The printable annex of a valid run; throws `OutcomeUseError` for an invalid run or an unknown service. */
export function buildConventionAnnex(
  outcome: OutcomeForAnnexes,
  options: ConventionAnnexOptions = {},
): ConventionAnnexModel {
  const source = annexSource(outcome);
  const { details } = source;
  const only =
    options.service !== undefined && options.service.trim() !== ''
      ? requireAnnexService(outcome, options.service)
      : null;
  const services = details.services.filter((s) => only === null || s.index === only);
  const members = new Set(services.flatMap((s) => s.lines.map((l) => l.member)));
  const title =
    only === null
      ? `Annexe financière à la convention — exercice ${details.exercice}`
      : `Annexe financière à la convention — ${services[0]?.name ?? ''} — exercice ${details.exercice}`;
  const blocks: PrintBlock[] = [
    { kind: 'heading', level: 1, text: title },
    { kind: 'paragraph', text: annexSubtitle(details) },
    {
      kind: 'paragraph',
      text: `Services de cette annexe : ${services.map((s) => `${s.name} (${s.modelLabel})`).join(' ; ')}.`,
    },
    ...comparisonBlocks(details, only === null ? null : members),
  ];
  const total = splitTotal(details);
  for (const s of services) {
    blocks.push({ kind: 'pageBreak' });
    const serviceBlocks = documentBlocks(serviceAnnex(details, s), total);
    blocks.push(...withTitresSentence(serviceBlocks, titresSentence(source, s)));
  }
  blocks.push({ kind: 'pageBreak' });
  blocks.push({ kind: 'approval', approval: approvalBlock(details, members) });
  return {
    title,
    header: annexSubtitle(details),
    footer: `QuotePart ${details.run.version} · ${frenchDateTime(details.run.generatedAt)} · « ${details.run.source} »`,
    blocks,
    generatedAt: details.run.generatedAt,
    author: details.organisme,
    lines: services.reduce((n, s) => n + s.lines.length, 0),
  };
}

/** The blocks with the titres sentence right after the split table (the one with a total row). */
function withTitresSentence(blocks: readonly PrintBlock[], sentence: PrintBlock): PrintBlock[] {
  const at = blocks.findIndex((b) => b.kind === 'table' && b.rows.some((r) => r.total));
  if (at < 0) return [...blocks, sentence];
  return [...blocks.slice(0, at + 1), sentence, ...blocks.slice(at + 1)];
}

/**
 * Most participant lines a printed annex holds (about 700 A4 pages): beyond, a PDF is
 * no document anyone signs or reads, and laying it out would take minutes. The workbook
 * and the HTML report carry every line; a smaller annex is one service (`service`).
 */
export const MAX_PRINTED_LINES = 3000;

/** The participant lines the printed annex would hold (to check against `MAX_PRINTED_LINES` first). */
export function conventionAnnexLines(
  outcome: OutcomeForAnnexes,
  options: ConventionAnnexOptions = {},
): number {
  const { details } = annexSource(outcome);
  const only =
    options.service !== undefined && options.service.trim() !== ''
      ? requireAnnexService(outcome, options.service)
      : null;
  return details.services
    .filter((s) => only === null || s.index === only)
    .reduce((n, s) => n + s.lines.length, 0);
}
