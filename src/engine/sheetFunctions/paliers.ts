/**
 * `QUOTEPART.PALIERS(couts_niveaux; niveau_de_chaque_membre; [arrondi])`: the tiered cost of
 * contract §6.3 shared by the Shapley value (each increment of cost shared equally by the
 * members who need that level or a higher one), as amounts: the cost of the highest level
 * taken, allocated over the exact shares φ_i by the largest remainder (§3.1), so that the
 * amounts add up exactly. Levels are given by their cumulative cost (one column or row,
 * a member naming its level by number 1, 2…), or as a two-column range name | cost (a member
 * naming its level by name or number). Levels are ordered by cost, then as listed.
 */
import { type Q, cmp, sign } from '../numbers/rational';
import { tierShapley } from '../keys/tierShapley';
import { normalizeName, trimText } from '../text/normalizeName';
import { allocateOverWeights } from './exactShares';
import { amountToCell } from './cellNumberOut';
import { cellNumber, requiredNumber, roundingUnit } from './sheetNumbers';
import { layOut, readVector } from './sheetVectors';
import {
  isBlank,
  numberError,
  rangeRows,
  sheetResult,
  valueError,
  type SheetCell,
  type SheetRange,
  type SheetResult,
} from './sheetValues';

/** The levels as listed: name (or null) and cumulative cost. */
interface Level {
  readonly name: string | null;
  readonly cost: Q;
}

/** Whether a cell is text that does not read as a number (a level's name). */
function isNameText(cell: SheetCell): boolean {
  if (typeof cell !== 'string' || isBlank(cell)) return false;
  try {
    cellNumber(cell, { argument: '' });
    return false;
  } catch {
    return true;
  }
}

/** The levels of `couts_niveaux`, as listed. */
function readLevels(range: SheetRange): Level[] {
  const rows = rangeRows(range);
  const named =
    rows.length > 0 &&
    rows.every((r) => r.length === 2) &&
    (rows.length > 1 || isNameText(rows[0]?.[0]));
  const argument = 'couts_niveaux';
  const levels: Level[] = named
    ? rows.map((row, i) => {
        const label = row[0];
        if (isBlank(label))
          throw valueError(`« ${argument} » : le palier de la ligne ${i + 1} n’a pas de nom.`);
        return {
          name: trimText(String(label)),
          cost: requiredNumber(row[1], { argument, position: i + 1 }, false),
        };
      })
    : readVector(range, argument).cells.map((cell, i) => ({
        name: null,
        cost: requiredNumber(cell, { argument, position: i + 1 }, false),
      }));
  levels.forEach((level, i) => {
    if (sign(level.cost) < 0)
      throw numberError(
        `« ${argument} » : le coût du palier n° ${i + 1} est négatif ; un coût de palier est positif ou nul.`,
      );
  });
  const seen = new Set<string>();
  for (const level of levels) {
    if (level.name === null) continue;
    const key = normalizeName(level.name);
    if (seen.has(key))
      throw valueError(`« ${argument} » : le palier « ${level.name} » est nommé deux fois.`);
    seen.add(key);
  }
  return levels;
}

/** The index (as listed) of the level a member names: a number 1…m, or a level's name. */
function memberLevel(cell: SheetCell, position: number, levels: readonly Level[]): number {
  const argument = 'niveau_de_chaque_membre';
  if (isBlank(cell))
    throw valueError(`« ${argument} » : le membre n° ${position} n’a pas de palier.`);
  if (typeof cell === 'string' && isNameText(cell)) {
    const key = normalizeName(cell);
    const found = levels.findIndex((l) => l.name !== null && normalizeName(l.name) === key);
    if (found >= 0) return found;
    const known = levels.filter((l) => l.name !== null).map((l) => `« ${l.name} »`);
    throw valueError(
      `« ${argument} » : le palier « ${trimText(cell)} » du membre n° ${position} est inconnu${known.length > 0 ? ` (paliers connus : ${known.join(', ')})` : ' : donnez le numéro du palier (1, 2…)'}.`,
    );
  }
  const v = cellNumber(cell, { argument, position });
  const k = v.n / v.d;
  if (v.n % v.d !== 0n || k < 1n || k > BigInt(levels.length))
    throw numberError(
      `« ${argument} » : le membre n° ${position} demande le palier ${String(cell)}, mais les paliers vont de 1 à ${levels.length}.`,
    );
  return Number(k) - 1;
}

/** The exact Shapley shares φ_i and the amount to allocate (the highest level taken's cost). */
export function tierShares(
  levelCosts: readonly Q[],
  memberLevels: readonly number[],
): { shares: readonly Q[]; amount: Q } {
  // Order by cost, then as listed (a stable sort), as contract §6.3 orders the levels.
  const order = levelCosts
    .map((_, i) => i)
    .sort((a, b) => cmp(levelCosts[a] as Q, levelCosts[b] as Q) || a - b);
  const rank = new Array<number>(levelCosts.length);
  order.forEach((listed, r) => (rank[listed] = r));
  const sorted = order.map((i) => levelCosts[i] as Q);
  const ranks = memberLevels.map((l) => rank[l] as number);
  const top = Math.max(...ranks);
  return { shares: tierShapley(sorted, ranks).shares, amount: sorted[top] as Q };
}

/** PALIERS as exact amounts: allocate(highest cost taken, φ / Σ φ, unit); a highest cost of 0 is an error value. */
export function tierAmounts(
  levelCosts: readonly Q[],
  memberLevels: readonly number[],
  unit: Q,
): Q[] {
  const { shares, amount } = tierShares(levelCosts, memberLevels);
  // Σ φ is the highest cost taken: 0 is a key totalling 0, which the engine refuses too (§2).
  if (sign(amount) === 0)
    throw numberError(
      'Les paliers pris par les membres coûtent tous 0 : rien ne dit comment répartir (donnez un coût positif à au moins un palier pris).',
    );
  return allocateOverWeights(amount, shares, unit);
}

/** PALIERS on the cells Excel passes: amounts laid out like the members' levels, or an error value. */
export function paliers(
  coutsNiveaux: SheetRange,
  niveaux: SheetRange,
  arrondi?: SheetCell,
): SheetResult {
  return sheetResult(() => {
    const levels = readLevels(coutsNiveaux);
    const members = readVector(niveaux, 'niveau_de_chaque_membre');
    const memberLevels = members.cells.map((cell, i) => memberLevel(cell, i + 1, levels));
    const unit = roundingUnit(arrondi);
    return layOut(
      tierAmounts(
        levels.map((l) => l.cost),
        memberLevels,
        unit,
      ).map(amountToCell),
      members.orientation,
    );
  });
}
