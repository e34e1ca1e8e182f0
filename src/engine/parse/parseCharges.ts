/**
 * `Charges` (§1): cost lines per service, eligible or not, optionally charged 100 % to
 * one member (a "projet spécifique", or a member's own order in a groupement).
 */
import type { TableView } from '../input/tableView';
import { CellReader } from '../input/cellReaders';
import type { ProblemList } from '../problems/problemList';
import type { Charge, Service } from '../domain/inputModel';
import type { NameIndex } from './nameIndex';
import { M } from '../problems/messages';
import { FUNDING_MODELS } from '../models/registry';

/** Parses `Charges`; lines with a problem are left out (the run is then invalid anyway). */
export function parseCharges(
  view: TableView,
  services: readonly Service[],
  serviceIndex: NameIndex,
  memberIndex: NameIndex,
  problems: ProblemList,
): Charge[] {
  const r = new CellReader(view, problems);
  const c = {
    service: r.col('Service'),
    label: r.col('Libellé'),
    nature: r.col('Nature'),
    section: r.col('Section'),
    amount: r.col('Montant'),
    eligible: r.col('Éligible'),
    member: r.col('Membre'),
  };
  const charges: Charge[] = [];
  for (const row of view.rows) {
    const serviceName = r.text(row, c.service);
    const label = r.text(row, c.label, true) ?? null;
    const nature = r.text(row, c.nature, true) ?? null;
    const section = r.text(row, c.section, true) || 'Fonctionnement';
    const amount = r.amount(row, c.amount);
    if (amount === null)
      problems.error(
        'MONTANT_MANQUANT',
        view.place(row, c.amount.index, 'Montant'),
        M.blankAmount('Charges'),
      );
    const eligible = r.bool(row, c.eligible, true);
    const memberName = r.text(row, c.member);
    if (serviceName === null) {
      problems.error(
        'SERVICE_MANQUANT',
        view.place(row, c.service.index, 'Service'),
        M.missingServiceName('Charges'),
      );
      continue;
    }
    if (serviceName === undefined) continue;
    const service = serviceIndex.find(
      serviceName,
      view.place(row, c.service.index, 'Service'),
      problems,
    );
    let member: number | null = null;
    if (memberName) {
      const m = memberIndex.find(memberName, view.place(row, c.member.index, 'Membre'), problems);
      if (m === undefined || m === null) continue;
      member = m;
      const svc = service === null || service === undefined ? undefined : services[service];
      if (svc && FUNDING_MODELS[svc.model].sharing === 'units') {
        problems.error(
          'CHARGE_MEMBRE_INTERDITE',
          view.place(row, c.member.index, 'Membre'),
          M.directChargeOnMad(svc.name),
        );
        continue;
      }
    } else if (memberName === undefined) continue;
    if (
      service === null ||
      service === undefined ||
      amount === null ||
      amount === undefined ||
      eligible === undefined
    )
      continue;
    charges.push({
      service,
      label,
      nature,
      section,
      amount,
      eligible,
      member,
      excelRow: row.excelRow,
      memberPlace: view.place(row, c.member.index, 'Membre'),
    });
  }
  return charges;
}
