/**
 * The data of the scenario chart: for one scenario, each member's Δ € against Référence
 * (what the member pays more, or less when negative), sorted from the largest loss to the
 * largest gain, with the counts of members losing, gaining and unchanged. Read from the
 * run's `comparison` rows; decimal strings are compared exactly (as cents), never as floats.
 */
import type { ComparisonJson } from '../../../engine';

/** One member's change. */
export type MemberDelta = {
  readonly member: string;
  /** Δ € against Référence, decimal string; > 0: the member pays more (loses). */
  readonly delta: string;
};

/** What the chart and the list of losers show for one scenario. */
export type ScenarioPicture = {
  readonly scenario: string;
  /** Every member, largest loss first, largest gain last. */
  readonly sorted: readonly MemberDelta[];
  readonly losers: number;
  readonly winners: number;
  readonly unchanged: number;
};

/** A decimal string in millionths, exactly (6 decimals kept, more cut), as a bigint. */
export function decimalToMicros(value: string): bigint {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(value.trim());
  if (!match) return 0n;
  const micros = BigInt((match[2] || '0') + (match[3] ?? '').padEnd(6, '0').slice(0, 6));
  return match[1] === '-' ? -micros : micros;
}

/** The scenarios a chart can show: every one but the base case, in the run's order. */
export function comparedScenarios(comparison: readonly ComparisonJson[]): string[] {
  return [...new Set(comparison.map((row) => row.scenario))].filter((name) => name !== 'Référence');
}

/** The picture of `scenario`. */
export function scenarioPicture(
  comparison: readonly ComparisonJson[],
  scenario: string,
): ScenarioPicture {
  const rows = comparison
    .filter((row) => row.scenario === scenario)
    .map((row) => ({ member: row.member, delta: row.delta, micros: decimalToMicros(row.delta) }));
  rows.sort((a, b) =>
    a.micros === b.micros ? a.member.localeCompare(b.member, 'fr') : a.micros > b.micros ? -1 : 1,
  );
  return {
    scenario,
    sorted: rows.map(({ member, delta }) => ({ member, delta })),
    losers: rows.filter((row) => row.micros > 0n).length,
    winners: rows.filter((row) => row.micros < 0n).length,
    unchanged: rows.filter((row) => row.micros === 0n).length,
  };
}

/**
 * The bars drawn: every member up to `limit`, else the `limit / 2` largest losses and the
 * `limit / 2` largest gains (a 35,000-member chart would be unreadable), in sorted order.
 */
export function chartBars(picture: ScenarioPicture, limit = 16): readonly MemberDelta[] {
  const { sorted } = picture;
  if (sorted.length <= limit) return sorted;
  const half = Math.floor(limit / 2);
  return [...sorted.slice(0, half), ...sorted.slice(sorted.length - half)];
}
