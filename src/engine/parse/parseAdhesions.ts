/**
 * `Adhesions` (§1) and the participants of each service: a service with at least one
 * row has exactly those members; a service with none has every member.
 */
import type { TableView } from '../input/tableView';
import { CellReader } from '../input/cellReaders';
import type { ProblemList } from '../problems/problemList';
import type { NameIndex } from './nameIndex';
import { M } from '../problems/messages';

/** Participants per service, in member order. */
export function parseParticipants(
  view: TableView | undefined,
  serviceCount: number,
  memberCount: number,
  serviceIndex: NameIndex,
  memberIndex: NameIndex,
  problems: ProblemList,
): number[][] {
  const sets: Set<number>[] = Array.from({ length: serviceCount }, () => new Set<number>());
  if (view) {
    const r = new CellReader(view, problems);
    const c = { service: r.col('Service'), member: r.col('Membre') };
    for (const row of view.rows) {
      const s = r.text(row, c.service);
      const m = r.text(row, c.member);
      if (s === null)
        problems.error(
          'SERVICE_MANQUANT',
          view.place(row, c.service.index, 'Service'),
          M.missingServiceName('Adhesions'),
        );
      if (m === null)
        problems.error(
          'MEMBRE_MANQUANT',
          view.place(row, c.member.index, 'Membre'),
          M.missingMemberName('Adhesions'),
        );
      if (!s || !m) continue;
      const service = serviceIndex.find(s, view.place(row, c.service.index, 'Service'), problems);
      const member = memberIndex.find(m, view.place(row, c.member.index, 'Membre'), problems);
      if (service === null || service === undefined || member === null || member === undefined)
        continue;
      sets[service]?.add(member);
    }
  }
  const everyone = Array.from({ length: memberCount }, (_, i) => i);
  return sets.map((set) => (set.size === 0 ? everyone : [...set].sort((a, b) => a - b)));
}
