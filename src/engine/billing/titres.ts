/**
 * Titres de recettes of §4.2: one titre per debtor and period, lines in Services order
 * (a groupement fee right after its service); titres below `Seuil minimal de titre` are
 * not issued and their lines are carried into the debtor's next titre (CGCT D1611-1);
 * issued titres are numbered consecutively by period (first day, then last day), then
 * member order.
 */
import { type Q, ZERO, add, cmp, sign } from '../numbers/rational';
import type { InputModel } from '../model/inputModel';
import type { LineItem, LineKind } from './lineItems';
import { comparePeriods, type Period } from './periods';
import type { Installment } from './installments';

/** A piece of a titre line: one installment of one item (possibly carried from an earlier titre). */
export interface LinePiece {
  readonly item: LineItem;
  readonly installment: Installment;
}

/** A titre line: one service and kind; its amount is the sum of its pieces. */
export interface TitreLine {
  readonly service: number;
  readonly kind: LineKind;
  readonly amount: Q;
  readonly pieces: readonly LinePiece[];
}

/** A titre to issue (or not). */
export interface Titre {
  readonly number: number;
  readonly debtor: number;
  readonly period: Period;
  readonly lines: readonly TitreLine[];
  readonly total: Q;
}

/** What remains unissued for a debtor after its last titre (below the floor). */
export interface Unissued {
  readonly debtor: number;
  readonly amount: Q;
  readonly lines: readonly TitreLine[];
}

const KIND_ORDER: Record<LineKind, number> = { 'quote-part': 0, fee: 1, solde: 0 };

function mergeLines(lines: readonly TitreLine[], pieces: readonly LinePiece[]): TitreLine[] {
  const byKey = new Map<string, { service: number; kind: LineKind; amount: Q; pieces: LinePiece[] }>();
  for (const l of lines) byKey.set(`${l.service}/${l.kind}`, { service: l.service, kind: l.kind, amount: l.amount, pieces: [...l.pieces] });
  for (const p of pieces) {
    const key = `${p.item.service}/${p.item.kind}`;
    const line = byKey.get(key);
    if (line) {
      line.amount = add(line.amount, p.installment.amount);
      line.pieces.push(p);
    } else byKey.set(key, { service: p.item.service, kind: p.item.kind, amount: p.installment.amount, pieces: [p] });
  }
  return [...byKey.values()].sort((a, b) => a.service - b.service || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/** Groups pieces into titres, applies the floor with carry-over, numbers the issued titres. */
export function buildTitres(pieces: readonly LinePiece[], input: InputModel): { titres: Titre[]; unissued: Unissued[] } {
  const byDebtor = new Map<number, Map<string, { period: Period; pieces: LinePiece[] }>>();
  for (const p of pieces) {
    if (sign(p.installment.amount) <= 0) continue;
    let periods = byDebtor.get(p.item.debtor);
    if (!periods) byDebtor.set(p.item.debtor, (periods = new Map()));
    let slot = periods.get(p.installment.period.label);
    if (!slot) periods.set(p.installment.period.label, (slot = { period: p.installment.period, pieces: [] }));
    slot.pieces.push(p);
  }
  const issued: Omit<Titre, 'number'>[] = [];
  const unissued: Unissued[] = [];
  for (const [debtor, periods] of [...byDebtor.entries()].sort((a, b) => a[0] - b[0])) {
    let carried: TitreLine[] = [];
    for (const slot of [...periods.values()].sort((a, b) => comparePeriods(a.period, b.period))) {
      const lines = mergeLines(carried, slot.pieces);
      const total = lines.reduce((acc, l) => add(acc, l.amount), ZERO);
      if (cmp(total, input.parameters.titreFloor) < 0) carried = lines;
      else {
        issued.push({ debtor, period: slot.period, lines, total });
        carried = [];
      }
    }
    if (carried.length > 0) unissued.push({ debtor, amount: carried.reduce((acc, l) => add(acc, l.amount), ZERO), lines: carried });
  }
  issued.sort((a, b) => comparePeriods(a.period, b.period) || a.debtor - b.debtor);
  const first = input.parameters.firstTitreNumber;
  return { titres: issued.map((t, k) => ({ ...t, number: first + k })), unissued };
}
