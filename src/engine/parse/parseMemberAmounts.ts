/**
 * `Acomptes` (amounts already billed per member and service), §1. Amounts are never
 * blank. (`CoutsAutonomes` is read by `parseStandalone`.)
 */
import type { TableView } from '../input/tableView';
import { CellReader } from '../input/cellReaders';
import type { ProblemList } from '../problems/problemList';
import { add, reduce } from '../numbers/rational';
import type { Acompte } from '../domain/inputModel';
import type { NameIndex } from './nameIndex';
import { M } from '../problems/messages';

/** Parses `Acomptes`: one entry per member and service (rows of the same pair add up). */
export function parseAcomptes(
  view: TableView,
  memberIndex: NameIndex,
  serviceIndex: NameIndex,
  problems: ProblemList,
): Acompte[] {
  const r = new CellReader(view, problems);
  const c = { member: r.col('Membre'), service: r.col('Service'), amount: r.col('Montant') };
  const byPair = new Map<string, Acompte>();
  const rowsSeen = new Set<string>();
  for (const row of view.rows) {
    const m = r.text(row, c.member);
    const s = r.text(row, c.service);
    const amount = r.amount(row, c.amount);
    if (m === null)
      problems.error(
        'MEMBRE_MANQUANT',
        view.place(row, c.member.index, 'Membre'),
        M.missingMemberName('Acomptes'),
      );
    if (s === null)
      problems.error(
        'SERVICE_MANQUANT',
        view.place(row, c.service.index, 'Service'),
        M.missingServiceName('Acomptes'),
      );
    if (amount === null)
      problems.error(
        'MONTANT_MANQUANT',
        view.place(row, c.amount.index, 'Montant'),
        M.blankAmount('Acomptes'),
      );
    if (!m || !s || !amount) continue;
    const member = memberIndex.find(m, view.place(row, c.member.index, 'Membre'), problems);
    const service = serviceIndex.find(s, view.place(row, c.service.index, 'Service'), problems);
    if (member === null || member === undefined || service === null || service === undefined)
      continue;
    const key = `${member}/${service}`;
    const exact = reduce(amount);
    const rowKey = `${key}/${exact.n}/${exact.d}`;
    if (rowsSeen.has(rowKey))
      problems.warning(
        'ACOMPTE_EN_DOUBLE',
        view.place(row, c.amount.index, 'Montant'),
        M.duplicateAcompte(m, s, view.place(row, c.amount.index, 'Montant').value ?? ''),
      );
    rowsSeen.add(rowKey);
    const prev = byPair.get(key);
    byPair.set(key, {
      member,
      service,
      amount: prev ? add(prev.amount, amount) : amount,
      place: prev?.place ?? view.place(row, c.amount.index, 'Montant'),
    });
  }
  return [...byPair.values()];
}
