/**
 * The values a key term takes for the participants of a service: `Égalitaire`, a member
 * criterion (checked numeric and non-negative), the `Paliers` tier shares, or a usage
 * unit of the service; an unknown name is a problem naming the closest candidates.
 */
import { type Q, q, sign } from '../numbers/rational';
import { normalizeName } from '../text/normalizeName';
import { closestNames, frenchList } from '../text/closestNames';
import type { InputModel, Service } from '../domain/inputModel';
import type { ProblemList, ProblemPlace } from '../problems/problemList';
import { M } from '../problems/messages';
import { tierCriterion, type TierExplanation } from './tierCriterion';
import { type MemberInts, memberInts, memberValues } from './memberInts';

/** How a criterion's values are taken. */
export type CriterionKind = 'egalitaire' | 'membre' | 'usage' | 'palier';

const EQUAL = new Set(['egalitaire', 'partsegales']);
/** The tier criterion (§6.3); it wins over a `Membres` column of the same name (§6.6). */
const TIERS = 'paliers';

/** One term's values for the participants, and how the presence fraction applies. */
export interface TermValues {
  label: string;
  kind: CriterionKind;
  values: readonly Q[];
  presence: boolean;
  /** For member criteria and Égalitaire: scaled integer × presence days of every member (cached per workbook). */
  memberInts?: MemberInts;
  tiers?: TierExplanation;
}

/** The values of the term named `name` for `participants`; undefined after recording a problem. */
export function termValues(
  name: string,
  service: Service,
  participants: readonly number[],
  input: InputModel,
  place: ProblemPlace,
  problems: ProblemList,
): TermValues | undefined {
  const key = normalizeName(name);
  if (EQUAL.has(key)) {
    const one = q(1n);
    return {
      label: 'Égalitaire',
      kind: 'egalitaire',
      values: participants.map(() => one),
      presence: true,
      memberInts: memberInts(input, '=', () => one),
    };
  }
  if (key === TIERS) return tierTermValues(service, participants, input, place, problems);
  const criterion = input.criteria.find((c) => normalizeName(c.name) === key);
  if (criterion) {
    if (!criterion.numeric) {
      problems.error(
        'CRITERE_NON_NUMERIQUE',
        criterion.firstBad ?? place,
        M.criterionNotNumeric(criterion.name, service.name),
      );
      return undefined;
    }
    const all = memberValues(input, criterion);
    let ok = true;
    if (all.negative) {
      for (const i of participants) {
        const v = all.values[i];
        if (v && sign(v) < 0) {
          problems.error(
            'CRITERE_NEGATIF',
            criterion.places[i] ?? place,
            M.negativeCriterion(criterion.name, input.members[i]?.name ?? ''),
          );
          ok = false;
        }
      }
    }
    // Participants are member indexes in order: when every member takes part, the column is the members' one.
    const values =
      participants.length === input.members.length
        ? all.values
        : participants.map((i) => all.values[i] as Q);
    return ok
      ? {
          label: criterion.name,
          kind: 'membre',
          values,
          presence: true,
          memberInts: memberInts(input, `c:${criterion.name}`, (i) => criterion.values[i] ?? null),
        }
      : undefined;
  }
  const usage = input.usages.get(service.index)?.get(key);
  if (usage)
    return {
      label: input.unitNames.get(key) ?? name,
      kind: 'usage',
      values: participants.map((i) => usage.get(i) ?? q(0n)),
      presence: false,
    };
  const candidates = [
    'Égalitaire',
    ...input.criteria.filter((c) => c.numeric).map((c) => c.name),
    ...[...(input.usages.get(service.index)?.keys() ?? [])].map((u) => input.unitNames.get(u) ?? u),
  ];
  problems.error(
    'CRITERE_INCONNU',
    place,
    M.unknownCriterion(name, service.name, frenchList(closestNames(name, candidates, 4))),
  );
  return undefined;
}

/** The `Paliers` term: φ_i per participant, times the presence fraction like a member criterion. */
function tierTermValues(
  service: Service,
  participants: readonly number[],
  input: InputModel,
  place: ProblemPlace,
  problems: ProblemList,
): TermValues | undefined {
  const tiers = tierCriterion(service, participants, input, place, problems);
  if (!tiers) return undefined;
  const byMember = new Array<Q | null>(input.members.length).fill(null);
  participants.forEach((i, j) => (byMember[i] = tiers.values[j] ?? null));
  return {
    label: 'Paliers',
    kind: 'palier',
    values: tiers.values,
    presence: true,
    memberInts: memberInts(input, `p:${service.index}`, (i) => byMember[i] ?? null),
    tiers: tiers.explanation,
  };
}
