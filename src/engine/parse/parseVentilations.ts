/**
 * `Ventilations` (contract §6.2): which services each support service serves, with a
 * weight (hours, workstations, shares…). Rows of the same pair add up; a row from a
 * service to itself is ignored with a warning; a weight of 0 is no link (§6.6).
 */
import type { TableView } from '../input/tableView';
import { CellReader } from '../input/cellReaders';
import type { ProblemList } from '../problems/problemList';
import { type Q, add, sign } from '../numbers/rational';
import type { Service, VentilationLink } from '../domain/inputModel';
import type { NameIndex } from './nameIndex';
import { FUNDING_MODELS, isSupportModel } from '../models/registry';
import { M } from '../problems/messages';

/** The links of `Ventilations` (weight > 0), one per pair in first-row order. */
export function parseVentilations(
  view: TableView,
  services: readonly Service[],
  serviceIndex: NameIndex,
  problems: ProblemList,
): VentilationLink[] {
  const r = new CellReader(view, problems);
  const c = {
    support: r.col('Service support'),
    service: r.col('Service'),
    weight: r.col('Poids'),
  };
  const byPair = new Map<string, { link: VentilationLink; weight: Q }>();
  for (const row of view.rows) {
    const supportName = r.text(row, c.support);
    const serviceName = r.text(row, c.service);
    const supportPlace = view.place(row, c.support.index, 'Service support');
    const servicePlace = view.place(row, c.service.index, 'Service');
    const weightPlace = view.place(row, c.weight.index, 'Poids');
    if (supportName === null)
      problems.error('SERVICE_MANQUANT', supportPlace, M.missingServiceName('Ventilations'));
    if (serviceName === null)
      problems.error('SERVICE_MANQUANT', servicePlace, M.missingServiceName('Ventilations'));
    const support = supportName ? serviceIndex.find(supportName, supportPlace, problems) : null;
    const receiver = serviceName ? serviceIndex.find(serviceName, servicePlace, problems) : null;
    const supportService =
      support === null || support === undefined ? undefined : services[support];
    if (supportService && !isSupportModel(supportService.model))
      problems.error(
        'VENTILATION_PAS_SUPPORT',
        supportPlace,
        M.notASupport(supportService.name, FUNDING_MODELS[supportService.model].label),
      );
    // A self row is ignored whatever its weight (§6.2).
    if (supportService && receiver === support) {
      problems.warning('VENTILATION_SUR_SOI', supportPlace, M.selfVentilation(supportService.name));
      continue;
    }
    const weight = r.number(row, c.weight, true);
    if (weight === null) problems.error('POIDS_MANQUANT', weightPlace, M.blankWeight());
    else if (weight && sign(weight) < 0)
      problems.error('POIDS_NEGATIF', weightPlace, M.negativeWeight());
    if (
      !supportService ||
      !isSupportModel(supportService.model) ||
      receiver === null ||
      receiver === undefined ||
      !weight ||
      sign(weight) <= 0
    )
      continue;
    const key = `${support}/${receiver}`;
    const prev = byPair.get(key);
    if (prev) prev.weight = add(prev.weight, weight);
    else
      byPair.set(key, {
        link: { support: supportService.index, receiver, weight, place: supportPlace },
        weight,
      });
  }
  return [...byPair.values()].map(({ link, weight }) => ({ ...link, weight }));
}
