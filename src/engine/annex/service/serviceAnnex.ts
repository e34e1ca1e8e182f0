/**
 * The financial annex of one service (the document attached to the convention): its
 * characteristics, cost base, key or unit cost, per-member split with the calculation
 * of each amount, installment schedule and titres, and the AC for an AC settlement.
 */
import type { AnnexDocument, AnnexSection } from '../annexDocument';
import type { RunDetails, ServiceDetail } from '../../contract/runDetails';
import { annexPageHeader, annexSubtitle } from '../annexLabels';
import { overviewSection } from './overviewSection';
import { costBaseSection } from './costBaseSection';
import { keySection } from './keySection';
import { membersSection } from './membersSection';
import { scheduleSection } from './scheduleSection';
import { compensationSection } from './compensationSection';

/** The annex document of `service`. */
export function serviceAnnex(details: RunDetails, service: ServiceDetail): AnnexDocument {
  const sections: AnnexSection[] = [
    overviewSection(details, service),
    costBaseSection(details, service),
    keySection(details, service),
    membersSection(details, service),
    scheduleSection(details, service),
  ];
  const ac = compensationSection(details, service);
  if (ac) sections.push(ac);
  return {
    kind: 'service',
    subject: service.index,
    title: `Annexe financière — ${service.name} — exercice ${details.exercice}`,
    subtitle: annexSubtitle(details),
    pageHeader: annexPageHeader(details),
    sections,
  };
}
