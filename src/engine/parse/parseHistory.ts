/**
 * `Historique` (contract §6.5, §6.6): `Membre`, `Service`, `Montant` — what the member paid
 * for the service the year before. Each amount is rounded to `Arrondi` (half away from
 * zero), then rows of the same pair add up. An unknown member or a blank amount is an
 * error; a service that is not in `Services` is accepted as text (a service that ended).
 */
import type { TableView } from '../input/tableView';
import { CellReader } from '../input/cellReaders';
import type { ProblemList } from '../problems/problemList';
import { type Q, add } from '../numbers/rational';
import { roundToUnit } from '../numbers/round';
import { normalizeName } from '../text/normalizeName';
import type { HistoryInput } from '../domain/history';
import type { NameIndex } from './nameIndex';
import { M } from '../problems/messages';

/** Parses `Historique`; null when the workbook has no such table. */
export function parseHistory(
  view: TableView | undefined,
  memberIndex: NameIndex,
  serviceNames: readonly string[],
  rounding: Q,
  problems: ProblemList,
): HistoryInput | null {
  if (!view) return null;
  const known = new Set(serviceNames.map(normalizeName));
  const amounts = new Map<number, Map<string, Q>>();
  const endedServices: { key: string; name: string }[] = [];
  const r = new CellReader(view, problems);
  const c = { member: r.col('Membre'), service: r.col('Service'), amount: r.col('Montant') };
  for (const row of view.rows) {
    const m = r.text(row, c.member);
    const s = r.text(row, c.service);
    const amount = r.amount(row, c.amount);
    const memberPlace = view.place(row, c.member.index, 'Membre');
    if (m === null)
      problems.error('MEMBRE_MANQUANT', memberPlace, M.missingMemberName('Historique'));
    if (s === null)
      problems.error(
        'SERVICE_MANQUANT',
        view.place(row, c.service.index, 'Service'),
        M.missingServiceName('Historique'),
      );
    if (amount === null)
      problems.error(
        'MONTANT_MANQUANT',
        view.place(row, c.amount.index, 'Montant'),
        M.blankAmount('Historique'),
      );
    if (!m || !s || !amount) continue;
    const member = memberIndex.find(m, memberPlace, problems);
    if (member === null || member === undefined) continue;
    const key = normalizeName(s);
    if (!known.has(key) && !endedServices.some((e) => e.key === key))
      endedServices.push({ key, name: s });
    let byService = amounts.get(member);
    if (!byService) amounts.set(member, (byService = new Map()));
    const rounded = roundToUnit(amount, rounding);
    const previous = byService.get(key);
    byService.set(key, previous ? add(previous, rounded) : rounded);
  }
  return { amounts, endedServices };
}
