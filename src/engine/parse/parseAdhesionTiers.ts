/**
 * The `Palier` column of `Adhesions` (contract §6.3): the level a member takes for a
 * service. Two different levels for the same member and service are an error; the
 * names are matched against `Paliers` later, where a key uses them.
 */
import type { TableView } from '../input/tableView';
import { CellReader } from '../input/cellReaders';
import { ProblemList } from '../problems/problemList';
import { normalizeName } from '../text/normalizeName';
import type { AdhesionTier } from '../domain/tiers';
import type { NameIndex } from './nameIndex';
import { M } from '../problems/messages';

/**
 * Per service index, each member's `Adhesions` row with its `Palier` (a blank one is
 * replaced by a later row that gives a level); rows are kept even without the column,
 * so that a missing level can be located.
 */
export function parseAdhesionTiers(
  view: TableView | undefined,
  serviceIndex: NameIndex,
  memberIndex: NameIndex,
  names: { readonly members: readonly string[]; readonly services: readonly string[] },
  problems: ProblemList,
): Map<number, Map<number, AdhesionTier>> {
  const result = new Map<number, Map<number, AdhesionTier>>();
  if (!view) return result;
  const r = new CellReader(view, problems);
  const c = { service: r.col('Service'), member: r.col('Membre'), level: r.col('Palier') };
  // Unknown names were reported by parseParticipants: look them up again without reporting.
  const silent = new ProblemList();
  for (const row of view.rows) {
    const s = r.text(row, c.service);
    const m = r.text(row, c.member);
    const level = r.text(row, c.level);
    if (!s || !m || level === undefined) continue;
    const service = serviceIndex.find(s, view.place(row, c.service.index, 'Service'), silent);
    const member = memberIndex.find(m, view.place(row, c.member.index, 'Membre'), silent);
    if (service === null || service === undefined || member === null || member === undefined)
      continue;
    let byMember = result.get(service);
    if (!byMember) result.set(service, (byMember = new Map()));
    const place = view.place(row, c.level.index, 'Palier');
    const previous = byMember.get(member);
    if (previous?.level && level && normalizeName(previous.level) !== normalizeName(level)) {
      problems.error(
        'PALIER_CONTRADICTOIRE',
        place,
        M.conflictingTiers(
          names.members[member] ?? '',
          names.services[service] ?? '',
          previous.level,
          level,
        ),
      );
      continue;
    }
    if (!previous || (!previous.level && level)) byMember.set(member, { level, place });
  }
  return result;
}
