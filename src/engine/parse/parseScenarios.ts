/**
 * `Scenarios` (§1): each scenario replaces the key of the services it lists. The base
 * case `Référence` is reserved. A line on a Mise à disposition service changes nothing
 * (that model has no key) and gives a warning.
 */
import type { TableView } from '../input/tableView';
import { CellReader } from '../input/cellReaders';
import type { ProblemList, ProblemPlace } from '../problems/problemList';
import { normalizeName } from '../text/normalizeName';
import type { Scenario, Service } from '../domain/inputModel';
import type { NameIndex } from './nameIndex';
import { M } from '../problems/messages';
import { FUNDING_MODELS } from '../models/registry';

/** The reserved name of the base case. */
export const REFERENCE_SCENARIO = 'Référence';

/** Parses `Scenarios`, in order of first appearance. */
export function parseScenarios(
  view: TableView | undefined,
  services: readonly Service[],
  serviceIndex: NameIndex,
  problems: ProblemList,
): Scenario[] {
  if (!view) return [];
  const r = new CellReader(view, problems);
  const c = { name: r.col('Scénario'), service: r.col('Service'), key: r.col('Clé') };
  const byKey = new Map<
    string,
    { name: string; keys: Map<number, { key: string; place: ProblemPlace }> }
  >();
  for (const row of view.rows) {
    const name = r.text(row, c.name);
    const s = r.text(row, c.service);
    const key = r.text(row, c.key);
    if (name === null)
      problems.error(
        'SCENARIO_SANS_NOM',
        view.place(row, c.name.index, 'Scénario'),
        M.scenarioWithoutName(),
      );
    if (s === null)
      problems.error(
        'SERVICE_MANQUANT',
        view.place(row, c.service.index, 'Service'),
        M.missingServiceName('Scenarios'),
      );
    if (!name || !s || key === undefined) continue;
    if (normalizeName(name) === normalizeName(REFERENCE_SCENARIO)) {
      problems.error(
        'SCENARIO_REFERENCE_RESERVE',
        view.place(row, c.name.index, 'Scénario'),
        M.referenceIsReserved(),
      );
      continue;
    }
    const service = serviceIndex.find(s, view.place(row, c.service.index, 'Service'), problems);
    if (service === null || service === undefined) continue;
    const svc = services[service];
    if (!svc) continue;
    const scenarioKey = normalizeName(name);
    let scenario = byKey.get(scenarioKey);
    if (!scenario) byKey.set(scenarioKey, (scenario = { name, keys: new Map() }));
    if (FUNDING_MODELS[svc.model].sharing === 'units') {
      problems.warning(
        'SCENARIO_SUR_MISE_A_DISPOSITION',
        view.place(row, c.service.index, 'Service'),
        M.scenarioOnMad(name, svc.name),
      );
      continue;
    }
    if (key === null) {
      problems.error(
        'CLE_MANQUANTE',
        view.place(row, c.key.index, 'Clé'),
        M.scenarioWithoutKey(name, svc.name),
      );
      continue;
    }
    if (scenario.keys.has(service)) {
      problems.error(
        'SCENARIO_SERVICE_EN_DOUBLE',
        view.place(row, c.service.index, 'Service'),
        M.scenarioServiceTwice(name, svc.name),
      );
      continue;
    }
    scenario.keys.set(service, { key, place: view.place(row, c.key.index, 'Clé') });
  }
  return [...byKey.values()];
}
