/**
 * Section « Quote-parts par service » of a member's annex: for each service the member
 * takes part in, the key or unit, its own values, share, quote-part, fee, billed amount,
 * settlement and the calculation in words; then a chart of its quote-parts by service.
 */
import type { AnnexItem, AnnexSection } from '../annexDocument';
import { tableOrNote, withLinesBelow } from '../annexDocument';
import type { LineDetail, RunDetails, ServiceDetail } from '../../contract/runDetails';
import { col } from '../../plan/planHelpers';
import { SETTLEMENT_TEXT } from '../annexLabels';
import { frNumber } from '../frenchText';
import { lineCalculation } from '../service/lineCalculation';
import { FUNDING_MODELS } from '../../models/registry';

/** The member's line of each service it takes part in, in `Services` order. */
export function memberLines(
  details: RunDetails,
  member: number,
): { service: ServiceDetail; line: LineDetail }[] {
  return details.services.flatMap((service) => {
    const line = service.lines.find((l) => l.member === member);
    return line ? [{ service, line }] : [];
  });
}

function valuesText(details: RunDetails, s: ServiceDetail, l: LineDetail): string {
  if (FUNDING_MODELS[s.model].sharing === 'units')
    return `${frNumber(l.units ?? '0')} ${s.unit ?? ''}`;
  const days = details.members[l.member]?.presenceDays ?? details.yearDays;
  const scaled = s.terms.some((t) => t.kind !== 'usage');
  const presence =
    scaled && days !== details.yearDays ? ` (présence ${days}/${details.yearDays} j)` : '';
  return (
    s.terms
      .map((t, k) =>
        t.kind === 'egalitaire'
          ? 'Parts égales : 1'
          : `${t.label} : ${frNumber(l.values[k] ?? '0')}`,
      )
      .join(' ; ') + presence
  );
}

/** The per-service section of a member's annex. */
export function memberServicesSection(details: RunDetails, member: number): AnnexSection {
  const rows = memberLines(details, member).map(({ service: s, line: l }) => [
    s.name,
    s.modelLabel,
    FUNDING_MODELS[s.model].sharing === 'units' ? `Unité : ${s.unit ?? ''}` : (s.key ?? ''),
    valuesText(details, s, l),
    l.share,
    l.quotePart,
    l.fee,
    l.billed,
    SETTLEMENT_TEXT[l.settlement] ?? l.settlement,
    lineCalculation(l),
  ]);
  const items: AnnexItem[] = [
    withLinesBelow(
      tableOrNote(
        'Services',
        [
          col('Service', 'text', 28),
          col('Modèle', 'text', 20),
          col('Clé ou unité', 'text', 30),
          col('Valeurs du membre', 'text', 34),
          col('Part', 'share', 11),
          col('Quote-part', 'euro', 15),
          col('Frais de gestion', 'euro', 14),
          col('Montant facturé', 'euro', 15),
          col('Règlement', 'text', 24),
          col('Calcul', 'text', 90),
        ],
        rows,
        'Ce membre ne participe à aucun service.',
      ),
      'Calcul',
    ),
  ];
  if (rows.length > 0)
    items.push({
      kind: 'chart',
      title: 'Quote-parts par service',
      type: 'bar',
      table: 'Services',
      categoryColumn: 'Service',
      valueColumn: 'Quote-part',
    });
  return { heading: 'Quote-parts par service', items };
}
