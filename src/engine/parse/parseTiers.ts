/**
 * `Paliers` (contract §6.3): per service, named levels with the cumulative cost of each
 * (≥ 0, never blank), a name unique within its service. Levels are put in cost order,
 * then table order, which is the order the Shapley shares need.
 */
import type { TableView } from '../input/tableView';
import { CellReader } from '../input/cellReaders';
import type { ProblemList } from '../problems/problemList';
import { cmp, sign } from '../numbers/rational';
import { normalizeName } from '../text/normalizeName';
import type { TierLevel } from '../domain/tiers';
import type { NameIndex } from './nameIndex';
import { M } from '../problems/messages';

/** Parses `Paliers`: levels per service index, sorted by cost (stable). */
export function parseTiers(
  view: TableView | undefined,
  serviceIndex: NameIndex,
  serviceNames: readonly string[],
  problems: ProblemList,
): Map<number, TierLevel[]> {
  const levels = new Map<number, TierLevel[]>();
  if (!view) return levels;
  const r = new CellReader(view, problems);
  const c = { service: r.col('Service'), level: r.col('Palier'), cost: r.col('Coût') };
  for (const row of view.rows) {
    const s = r.text(row, c.service);
    const name = r.text(row, c.level);
    const cost = r.amount(row, c.cost);
    const costPlace = view.place(row, c.cost.index, 'Coût');
    if (s === null)
      problems.error(
        'SERVICE_MANQUANT',
        view.place(row, c.service.index, 'Service'),
        M.missingServiceName('Paliers'),
      );
    if (name === null)
      problems.error(
        'PALIER_SANS_NOM',
        view.place(row, c.level.index, 'Palier'),
        M.tierWithoutName(),
      );
    if (cost === null) problems.error('MONTANT_MANQUANT', costPlace, M.blankTierCost());
    if (cost && sign(cost) < 0)
      problems.error('PALIER_COUT_NEGATIF', costPlace, M.negativeTierCost(name ?? ''));
    if (!s || !name || !cost || sign(cost) < 0) continue;
    const service = serviceIndex.find(s, view.place(row, c.service.index, 'Service'), problems);
    if (service === null || service === undefined) continue;
    let list = levels.get(service);
    if (!list) levels.set(service, (list = []));
    const place = view.place(row, c.level.index, 'Palier');
    if (list.some((l) => normalizeName(l.name) === normalizeName(name))) {
      problems.error('PALIER_EN_DOUBLE', place, M.duplicateTier(name, serviceNames[service] ?? ''));
      continue;
    }
    list.push({ name, cost, place });
  }
  // Array.prototype.sort is stable: equal costs keep table order.
  for (const list of levels.values()) list.sort((a, b) => cmp(a.cost, b.cost));
  return levels;
}
