/**
 * Rows of other tables that name a support service where a support has nothing to do
 * (§6.2): `Adhesions`, `Usages`, `Scenarios`, `Acomptes`, and `Charges` rows with a
 * `Membre`. Each one is an error on its `Service` cell. The models say which tables
 * they forbid (`forbiddenIn` in the registry).
 */
import type { LocatedTables } from '../input/locateTables';
import type { Service } from '../domain/inputModel';
import type { ProblemList } from '../problems/problemList';
import { FUNDING_MODELS } from '../models/registry';
import { isBlankCell } from '../input/cellText';
import type { NameIndex } from './nameIndex';
import { M } from '../problems/messages';

/** Records an error for each row that names a service of a model forbidding that table. */
export function checkSupportReferences(
  tables: LocatedTables,
  services: readonly Service[],
  serviceIndex: NameIndex,
  problems: ProblemList,
): void {
  const forbidding = services.filter((s) => FUNDING_MODELS[s.model].forbiddenIn.length > 0);
  if (forbidding.length === 0) return;
  // Cells repeat (35,000 usage rows name 10 services): each text is looked up once.
  const lookedUp = new Map<string, Service | undefined>();
  const serviceOf = (text: string): Service | undefined => {
    if (lookedUp.has(text)) return lookedUp.get(text);
    const i = serviceIndex.indexOf(text);
    const found = i === undefined ? undefined : services[i];
    lookedUp.set(text, found);
    return found;
  };
  for (const view of tables.values()) {
    const col = view.column('Service');
    if (col === undefined) continue;
    const memberCol = view.column('Membre');
    for (const row of view.rows) {
      const cell = view.cell(row, col);
      if (typeof cell !== 'string') continue;
      const service = serviceOf(cell);
      if (!service) continue;
      const rule = FUNDING_MODELS[service.model].forbiddenIn.find(
        (f) => f.table === view.contractName,
      );
      if (!rule || (rule.onlyWithMember && isBlankCell(view.cell(row, memberCol)))) continue;
      problems.error(
        'SERVICE_SUPPORT_INTERDIT',
        view.place(row, col, 'Service'),
        M.supportNamedIn(service.name, view.contractName),
      );
    }
  }
}
