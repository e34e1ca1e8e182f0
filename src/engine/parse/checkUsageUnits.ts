/**
 * The units of `Usages` against the units the services use (contract §6.1): a unit is
 * used by a service when it is its `Unité` or a usage criterion of one of its keys (in
 * `Services` or any `Scenarios` row; a Mise à disposition uses its `Unité` only). A row
 * whose unit no service uses is an error — a typo such as `heures` for `heure` must never
 * silently bill a member 0 — and one whose unit only another service uses is a warning,
 * the row set aside (it counts for nothing).
 */
import type { Criterion, Scenario, Service } from '../domain/inputModel';
import type { ProblemList } from '../problems/problemList';
import type { ParsedUsages } from './parseUsages';
import { FUNDING_MODELS } from '../models/registry';
import { parseKeyExpression } from '../keys/parseKeyExpression';
import { normalizeName } from '../text/normalizeName';
import { M } from '../problems/messages';

/** Criteria of a key that are not usage units: `Égalitaire` and its spellings. */
const NOT_UNITS = new Set(['egalitaire', 'partsegales']);

/** Units (key → as written) that a key expression uses: its terms that are neither `Égalitaire` nor a `Membres` column. */
function keyUnits(
  expression: string,
  memberColumns: ReadonlySet<string>,
  into: Map<string, string>,
) {
  const parsed = parseKeyExpression(expression);
  if (!parsed.ok) return;
  for (const t of parsed.terms) {
    const key = normalizeName(t.criterion);
    if (!NOT_UNITS.has(key) && !memberColumns.has(key) && !into.has(key))
      into.set(key, t.criterion);
  }
}

/** The units each service uses, by service index (unit key → unit as written). */
export function unitsUsedByServices(
  services: readonly Service[],
  scenarios: readonly Scenario[],
  criteria: readonly Criterion[],
): Map<number, Map<string, string>> {
  const memberColumns = new Set(criteria.map((c) => normalizeName(c.name)));
  const used = new Map<number, Map<string, string>>();
  for (const s of services) {
    const units = new Map<string, string>();
    if (s.unit) units.set(normalizeName(s.unit), s.unit);
    if (FUNDING_MODELS[s.model].sharing === 'key') {
      if (s.key) keyUnits(s.key, memberColumns, units);
      for (const scenario of scenarios) {
        const override = scenario.keys.get(s.index);
        if (override) keyUnits(override.key, memberColumns, units);
      }
    }
    used.set(s.index, units);
  }
  return used;
}

/**
 * Checks every `Usages` row's unit; removes from `usages.quantities` the units set aside.
 * Rows of services that take no usage (support services) are left to their own error.
 */
export function checkUsageUnits(
  usages: ParsedUsages,
  services: readonly Service[],
  scenarios: readonly Scenario[],
  criteria: readonly Criterion[],
  problems: ProblemList,
): void {
  if (usages.rows.length === 0) return;
  const used = unitsUsedByServices(services, scenarios, criteria);
  const anyService = new Set<string>();
  for (const units of used.values()) for (const k of units.keys()) anyService.add(k);
  for (const row of usages.rows) {
    if (used.get(row.service)?.has(row.unitKey)) continue;
    const service = services[row.service];
    if (!service || FUNDING_MODELS[service.model].forbiddenIn.some((f) => f.table === 'Usages'))
      continue;
    const own = used.get(row.service) ?? new Map<string, string>();
    const place = usages.unitPlace(row.row);
    const unit = place.value ?? row.unitKey;
    const list = [...own.values()].map((u) => `« ${u} »`).join(', ');
    if (anyService.has(row.unitKey)) {
      problems.warning(
        'USAGE_UNITE_AUTRE_SERVICE',
        place,
        M.usageUnitOfOtherService(unit, service.name, list),
      );
      usages.quantities.get(row.service)?.delete(row.unitKey);
    } else
      problems.error('USAGE_UNITE_INCONNUE', place, M.usageUnitUnused(unit, service.name, list));
  }
}
