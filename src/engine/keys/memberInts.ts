/**
 * Per workbook, every member's value of a criterion: as typed (0 when blank), and as exact
 * integers x_i · scale · presence days over a common scale, computed once and shared by
 * every key that uses the criterion.
 */
import { type Q, q, sign } from '../numbers/rational';
import type { InputModel } from '../domain/inputModel';
import { lcm } from './lcm';

/** x_i · scale · presence days, for every member, with the common scale. */
export interface MemberInts {
  readonly scale: bigint;
  readonly ints: readonly bigint[];
  /** The same integers as doubles (for the share estimates only). */
  readonly floats: Float64Array;
  /** Σ over every member (the total when every member takes part). */
  readonly total: bigint;
}

/** A criterion's value for every member (0 when blank), and whether one is negative. */
export interface MemberValues {
  readonly values: readonly Q[];
  readonly negative: boolean;
}

const MEMBER_INTS = new WeakMap<InputModel, Map<string, MemberInts>>();

const MEMBER_VALUES = new WeakMap<InputModel, Map<string, MemberValues>>();

/** Every member's value of `criterion` (0 when blank), computed once per workbook. */
export function memberValues(
  input: InputModel,
  criterion: InputModel['criteria'][number],
): MemberValues {
  let byName = MEMBER_VALUES.get(input);
  if (!byName) MEMBER_VALUES.set(input, (byName = new Map()));
  let cached = byName.get(criterion.name);
  if (!cached) {
    const zero = q(0n);
    const values = input.members.map((_, i) => criterion.values[i] ?? zero);
    byName.set(criterion.name, (cached = { values, negative: values.some((v) => sign(v) < 0) }));
  }
  return cached;
}

/** Scaled integer values of a member criterion (or Égalitaire), computed once per workbook under `key`. */
export function memberInts(
  input: InputModel,
  key: string,
  values: (i: number) => Q | null,
): MemberInts {
  let byKey = MEMBER_INTS.get(input);
  if (!byKey) MEMBER_INTS.set(input, (byKey = new Map()));
  const cached = byKey.get(key);
  if (cached) return cached;
  let scale = 1n;
  for (let i = 0; i < input.members.length; i++) {
    const d = values(i)?.d ?? 1n;
    if (d !== 1n && scale % d !== 0n) scale = lcm(scale, d);
  }
  // One pass, no callbacks: the integers, their doubles and their total (the first run of
  // the models pays for it; the presence days, nearly always the year's, converted once).
  const count = input.members.length;
  const ints = new Array<bigint>(count);
  const floats = new Float64Array(count);
  let total = 0n;
  let lastDays = -1;
  let days = 0n;
  for (let i = 0; i < count; i++) {
    const v = values(i);
    const presence = (input.members[i] as InputModel['members'][number]).presenceDays;
    if (presence !== lastDays) days = BigInt((lastDays = presence));
    const base = v ? (v.d === 1n ? v.n * scale : (v.n * scale) / v.d) : 0n;
    const int = base * days;
    ints[i] = int;
    floats[i] = Number(int);
    total += int;
  }
  const result = { scale, ints, floats, total };
  byKey.set(key, result);
  return result;
}
