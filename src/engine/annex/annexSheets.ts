/**
 * The annex sheets of a run: one `QP Annexe <service>` per service (Référence), and
 * `QP Annexe membre` when a member is chosen. Appended to the write plan.
 */
import type { PlanSheet } from '../plan/writePlan';
import type { AnnexSource } from './annexLabels';
import { serviceAnnex } from './service/serviceAnnex';
import { memberAnnex } from './member/memberAnnex';
import { annexToPlanSheet } from './annexToPlanSheet';
import { MEMBER_ANNEX_SHEET, annexSheetNames } from './annexSheetNames';

/** Every annex document of the run, services first (the report prints the same list). */
export function annexSheets(source: AnnexSource, member: number | null): PlanSheet[] {
  const { details } = source;
  const names = annexSheetNames(details.services.map((s) => s.name));
  const sheets = details.services.map((s, k) =>
    annexToPlanSheet(
      serviceAnnex(details, s),
      names[k] ?? `QP Annexe ${k + 1}`,
      `QP_Annexe${k + 1}`,
    ),
  );
  if (member !== null)
    sheets.push(
      annexToPlanSheet(memberAnnex(source, member), MEMBER_ANNEX_SHEET, 'QP_AnnexeMembre'),
    );
  return sheets;
}
