/**
 * `CoutsAutonomes` (§1, §6.4): the stand-alone cost of a member (rows of one member add
 * up) or of a group of members written `Ville A + Ville B`. The text is first matched as
 * one member name; only if none matches is it split on `+`. A group naming a member
 * twice, or whose set of members another row already gives, is an error.
 */
import type { TableView } from '../input/tableView';
import { CellReader } from '../input/cellReaders';
import { ProblemList, type ProblemPlace } from '../problems/problemList';
import { type Q, add } from '../numbers/rational';
import type { Coalition } from '../domain/coalition';
import type { NameIndex } from './nameIndex';
import { M } from '../problems/messages';

/** Stand-alone costs: per member, and per group of two or more. */
export interface ParsedStandalone {
  readonly members: Map<number, Q>;
  readonly coalitions: Coalition[];
}

/** The member indexes a `Membre` cell names (one, or a `+` group); undefined after an error. */
function groupMembers(
  text: string,
  place: ProblemPlace,
  memberIndex: NameIndex,
  memberNames: readonly string[],
  problems: ProblemList,
): number[] | undefined {
  const single = memberIndex.find(text, place, new ProblemList());
  if (typeof single === 'number') return [single];
  if (!text.includes('+')) {
    memberIndex.find(text, place, problems);
    return undefined;
  }
  const found: number[] = [];
  let ok = true;
  for (const part of text.split('+')) {
    const i = memberIndex.find(part.trim(), place, problems);
    if (typeof i !== 'number') ok = false;
    else if (found.includes(i)) {
      problems.error(
        'COALITION_MEMBRE_EN_DOUBLE',
        place,
        M.groupMemberTwice(text, memberNames[i] ?? ''),
      );
      ok = false;
    } else found.push(i);
  }
  return ok ? found.sort((a, b) => a - b) : undefined;
}

/** Parses `CoutsAutonomes`. */
export function parseStandalone(
  view: TableView | undefined,
  memberIndex: NameIndex,
  memberNames: readonly string[],
  problems: ProblemList,
): ParsedStandalone {
  const members = new Map<number, Q>();
  const coalitions: Coalition[] = [];
  if (!view) return { members, coalitions };
  const r = new CellReader(view, problems);
  const c = { member: r.col('Membre'), amount: r.col('Montant') };
  const sets = new Map<string, Coalition>();
  for (const row of view.rows) {
    const m = r.text(row, c.member);
    const amount = r.amount(row, c.amount);
    const place = view.place(row, c.member.index, 'Membre');
    if (m === null) problems.error('MEMBRE_MANQUANT', place, M.missingMemberName('CoutsAutonomes'));
    if (amount === null)
      problems.error(
        'MONTANT_MANQUANT',
        view.place(row, c.amount.index, 'Montant'),
        M.blankAmount('CoutsAutonomes'),
      );
    if (!m || !amount) continue;
    const group = groupMembers(m, place, memberIndex, memberNames, problems);
    if (!group) continue;
    if (group.length === 1) {
      const i = group[0] as number;
      const prev = members.get(i);
      members.set(i, prev ? add(prev, amount) : amount);
      continue;
    }
    const key = group.join('+');
    const other = sets.get(key);
    if (other) {
      problems.error(
        'COALITION_EN_DOUBLE',
        place,
        M.duplicateGroup(m, other.name, other.place.row ?? null),
      );
      continue;
    }
    const coalition = { name: m, members: group, standalone: amount, place };
    sets.set(key, coalition);
    coalitions.push(coalition);
  }
  return { members, coalitions };
}
