/**
 * « Vu et approuvé » of the printed annex: the place and date lines and a signature box
 * for each party — the organisme, then each member that takes part in the services
 * printed, in `Membres` order. The organisme is not listed twice when it is also a
 * member (the porteur). Neither place nor signing date is in the workbook: both are
 * lines to fill in by hand.
 */
import type { RunDetails } from '../../contract/runDetails';
import { normalizeName } from '../../text/normalizeName';
import type { ApprovalBlock, SigningParty } from './conventionAnnexModel';

/** A dotted line to fill in by hand. */
export const FILL_IN = '……………………………………';

/** The approval block for the members `members` (indexes in `details.members`). */
export function approvalBlock(details: RunDetails, members: ReadonlySet<number>): ApprovalBlock {
  const organisme = details.organisme ?? 'l\u2019organisme';
  const parties: SigningParty[] = [{ name: organisme, role: 'Pour l\u2019organisme' }];
  details.members.forEach((m, k) => {
    if (!members.has(k)) return;
    if (normalizeName(m.name) === normalizeName(organisme)) return;
    parties.push({ name: m.name, role: 'Pour le membre' });
  });
  return {
    title: 'Vu et approuvé',
    place: `Fait à ${FILL_IN}`,
    date: `le ${FILL_IN}`,
    parties,
  };
}
