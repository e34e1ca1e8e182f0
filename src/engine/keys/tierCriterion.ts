/**
 * The `Paliers` key criterion (contract §6.3): each participant's Shapley share φ_i of
 * its service's tiered cost, from the levels of `Paliers` and the level each member
 * takes in `Adhesions`. Locates every problem that stops the shares being computed:
 * no levels, no `Adhesions` rows, a participant without a level or with an unknown one.
 */
import type { Q } from '../numbers/rational';
import { normalizeName } from '../text/normalizeName';
import { frenchList } from '../text/closestNames';
import type { InputModel, Service } from '../domain/inputModel';
import type { TierLevel } from '../domain/tiers';
import type { ProblemList, ProblemPlace } from '../problems/problemList';
import { tierShapley, type TierIncrement } from './tierShapley';
import { M } from '../problems/messages';

/** How a service's tiered cost was shared: what the base de liquidation explains. */
export interface TierExplanation {
  /** The service's levels, in cost order. */
  readonly levels: readonly TierLevel[];
  /** One increment per level: its cost, how many share it, the part of each. */
  readonly increments: readonly TierIncrement[];
  /** Level index of each participant, by position among the participants. */
  readonly levelOf: readonly number[];
}

/** φ of each participant (by position) and the explanation; undefined after recording problems. */
export interface TierValues {
  readonly values: readonly Q[];
  readonly explanation: TierExplanation;
}

/** Resolves the `Paliers` criterion of `service` for its participants. */
export function tierCriterion(
  service: Service,
  participants: readonly number[],
  input: InputModel,
  place: ProblemPlace,
  problems: ProblemList,
): TierValues | undefined {
  const levels = input.tiers.levels.get(service.index);
  if (!levels || levels.length === 0) {
    problems.error('PALIERS_ABSENTS', place, M.tiersWithoutLevels(service.name));
    return undefined;
  }
  const rows = input.tiers.adhesions.get(service.index);
  if (!rows) {
    problems.error('PALIER_MANQUANT', place, M.noAdhesionsForTiers(service.name));
    return undefined;
  }
  const byName = new Map(levels.map((l, k) => [normalizeName(l.name), k]));
  // The same few level names are typed on every row: each text is normalized once.
  const byText = new Map<string, number | undefined>();
  const levelNamed = (text: string): number | undefined => {
    if (byText.has(text)) return byText.get(text);
    const found = byName.get(normalizeName(text));
    byText.set(text, found);
    return found;
  };
  const known = frenchList(levels.map((l) => l.name));
  const levelOf: number[] = [];
  let ok = true;
  for (const i of participants) {
    const row = rows.get(i);
    const level = row?.level ? levelNamed(row.level) : undefined;
    if (level !== undefined) {
      levelOf.push(level);
      continue;
    }
    ok = false;
    const member = input.members[i]?.name ?? '';
    if (row?.level)
      problems.error(
        'PALIER_INCONNU',
        row.place,
        M.unknownMemberTier(row.level, service.name, known),
      );
    else
      problems.error(
        'PALIER_MANQUANT',
        row?.place ?? place,
        M.missingMemberTier(member, service.name, known),
      );
  }
  if (!ok) return undefined;
  const { shares, increments } = tierShapley(
    levels.map((l) => l.cost),
    levelOf,
  );
  return { values: shares, explanation: { levels, increments, levelOf } };
}
