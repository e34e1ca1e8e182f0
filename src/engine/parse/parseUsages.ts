/**
 * `Usages` (§1): quantities per service, member and unit; several rows of the same
 * triple add up; a quantity is ≥ 0 and never blank.
 */
import type { RowView, TableView } from '../input/tableView';
import { CellReader } from '../input/cellReaders';
import type { ProblemList, ProblemPlace } from '../problems/problemList';
import { type Q, add, sign } from '../numbers/rational';
import { normalizeName } from '../text/normalizeName';
import type { NameIndex } from './nameIndex';
import { M } from '../problems/messages';

/** Usage quantities and, for the participation check, where each positive quantity was typed. */
export interface ParsedUsages {
  /** service → unit key → member → quantity. */
  readonly quantities: Map<number, Map<string, Map<number, Q>>>;
  /** Unit names as first written, by unit key. */
  readonly unitNames: Map<string, string>;
  /** Rows with a positive quantity: service, member, place (checked against participation later). */
  readonly positive: { service: number; member: number; place: ProblemPlace }[];
  /**
   * Every row read, by service and unit key (for the §6.1 unit check); `unitPlace` says
   * where a row's `Unité` is, built only for the rows reported.
   */
  readonly rows: { service: number; unitKey: string; row: RowView }[];
  readonly unitPlace: (row: RowView) => ProblemPlace;
}

/** Parses `Usages`. */
export function parseUsages(
  view: TableView,
  serviceIndex: NameIndex,
  memberIndex: NameIndex,
  problems: ProblemList,
): ParsedUsages {
  const r = new CellReader(view, problems);
  const c = {
    service: r.col('Service'),
    member: r.col('Membre'),
    unit: r.col('Unité'),
    qty: r.col('Quantité'),
  };
  const quantities = new Map<number, Map<string, Map<number, Q>>>();
  const unitNames = new Map<string, string>();
  const positive: ParsedUsages['positive'] = [];
  const rows: ParsedUsages['rows'] = [];
  for (const row of view.rows) {
    const s = r.text(row, c.service);
    const m = r.text(row, c.member);
    const u = r.text(row, c.unit);
    const qty = r.number(row, c.qty);
    if (s === null)
      problems.error(
        'SERVICE_MANQUANT',
        view.place(row, c.service.index, 'Service'),
        M.missingServiceName('Usages'),
      );
    if (m === null)
      problems.error(
        'MEMBRE_MANQUANT',
        view.place(row, c.member.index, 'Membre'),
        M.missingMemberName('Usages'),
      );
    if (u === null)
      problems.error(
        'UNITE_MANQUANTE',
        view.place(row, c.unit.index, 'Unité'),
        M.missingUsageUnit(),
      );
    if (qty === null)
      problems.error(
        'QUANTITE_MANQUANTE',
        view.place(row, c.qty.index, 'Quantité'),
        M.blankQuantity(),
      );
    if (qty && sign(qty) < 0)
      problems.error(
        'QUANTITE_NEGATIVE',
        view.place(row, c.qty.index, 'Quantité'),
        M.negativeQuantity(),
      );
    if (!s || !m || !u || !qty) continue;
    const service = serviceIndex.find(s, view.place(row, c.service.index, 'Service'), problems);
    const member = memberIndex.find(m, view.place(row, c.member.index, 'Membre'), problems);
    if (
      service === null ||
      service === undefined ||
      member === null ||
      member === undefined ||
      sign(qty) < 0
    )
      continue;
    const unitKey = normalizeName(u);
    rows.push({ service, unitKey, row });
    if (!unitNames.has(unitKey)) unitNames.set(unitKey, u);
    let byUnit = quantities.get(service);
    if (!byUnit) quantities.set(service, (byUnit = new Map()));
    let byMember = byUnit.get(unitKey);
    if (!byMember) byUnit.set(unitKey, (byMember = new Map()));
    const prev = byMember.get(member);
    byMember.set(member, prev ? add(prev, qty) : qty);
    if (sign(qty) > 0)
      positive.push({ service, member, place: view.place(row, c.qty.index, 'Quantité') });
  }
  return {
    quantities,
    unitNames,
    positive,
    rows,
    unitPlace: (row) => view.place(row, c.unit.index, 'Unité'),
  };
}
