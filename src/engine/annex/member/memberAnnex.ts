/**
 * The financial annex of one member, all its services: identity and debtor coding, its
 * quote-part in each service with the calculation, its titres with their bases de
 * liquidation, its AC, and its position in each scenario — what a member's assembly
 * needs to check what it is asked to pay.
 */
import type { AnnexDocument, AnnexSection } from '../annexDocument';
import type { AnnexSource } from '../annexLabels';
import { annexPageHeader, annexSubtitle } from '../annexLabels';
import { memberIdentity } from './memberIdentity';
import { memberServicesSection } from './memberServicesSection';
import { memberBillingSection } from './memberBillingSection';
import { memberCompensationSection, memberComparisonSection } from './memberPositionSection';

/** The annex document of member `member` (index in `details.members`). */
export function memberAnnex(source: AnnexSource, member: number): AnnexDocument {
  const { details } = source;
  const sections: AnnexSection[] = [
    memberIdentity(details, member),
    memberServicesSection(details, member),
    memberBillingSection(source, member),
  ];
  const ac = memberCompensationSection(details, member);
  if (ac) sections.push(ac);
  const comparison = memberComparisonSection(details, member);
  if (comparison) sections.push(comparison);
  return {
    kind: 'member',
    subject: member,
    title: `Annexe financière — ${details.members[member]?.name ?? ''} — exercice ${details.exercice}`,
    subtitle: annexSubtitle(details),
    pageHeader: annexPageHeader(details),
    sections: sections.map((s, k) => (k === 0 ? s : { ...s, heading: `${k}. ${s.heading}` })),
  };
}
