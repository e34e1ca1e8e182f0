/**
 * Contract §6.3: a `Palier` on an `Adhesions` row of a service whose keys (scenarios
 * included, §6.6) do not use `Paliers` is a warning — the level is ignored, and a finance
 * officer who typed it expects it to count.
 */
import type { Member, Scenario, Service } from '../domain/inputModel';
import type { TierInput } from '../domain/tiers';
import type { ProblemList } from '../problems/problemList';
import { parseKeyExpression } from '../keys/parseKeyExpression';
import { normalizeName } from '../text/normalizeName';
import { M } from '../problems/messages';

/** Whether a key expression has a `Paliers` term (an invalid key has none). */
export function keyUsesTiers(expression: string | null): boolean {
  if (!expression) return false;
  const parsed = parseKeyExpression(expression);
  return parsed.ok && parsed.terms.some((t) => normalizeName(t.criterion) === 'paliers');
}

/** Indexes of the services whose key, or a scenario's key, uses `Paliers`. */
export function servicesUsingTiers(
  services: readonly Service[],
  scenarios: readonly Scenario[],
): Set<number> {
  const using = new Set<number>();
  for (const s of services) {
    if (s.model === 'mise-a-disposition') continue;
    if (
      keyUsesTiers(s.key) ||
      scenarios.some((sc) => keyUsesTiers(sc.keys.get(s.index)?.key ?? null))
    )
      using.add(s.index);
  }
  return using;
}

/** Records a warning for each level given for a service that does not use it. */
export function warnUnusedTiers(
  tiers: TierInput,
  services: readonly Service[],
  scenarios: readonly Scenario[],
  members: readonly Member[],
  problems: ProblemList,
): void {
  const using = servicesUsingTiers(services, scenarios);
  for (const [service, rows] of tiers.adhesions) {
    if (using.has(service)) continue;
    for (const [member, row] of rows)
      if (row.level)
        problems.warning(
          'PALIER_IGNORE',
          row.place,
          M.tierIgnored(members[member]?.name ?? '', services[service]?.name ?? ''),
        );
  }
}
