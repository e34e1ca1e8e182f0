/**
 * Titres de recettes of §4.2: one titre per debtor and period, lines in Services order
 * (a groupement fee right after its service); titres below `Seuil minimal de titre` are
 * not issued and their lines are carried into the debtor's next titre (CGCT D1611-1);
 * issued titres are numbered by period (first day, then last day), then member order —
 * one sequence for the year, or one per period with `Numérotation` = `Par période` —
 * and dated by `issueDateOf`.
 */
import { type Q, ZERO, add, cmp, sign } from '../numbers/rational';
import type { InputModel } from '../domain/inputModel';
import type { LineItem, LineKind } from './lineItems';
import { comparePeriods, type Period } from './periods';
import type { Installment } from './installments';
import { issueDateOf } from './issueDates';

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
  /** ISO date the titre bears (`issueDateOf`). */
  readonly issueDate: string;
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

function byServiceThenKind(a: TitreLine, b: TitreLine): number {
  return a.service - b.service || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

function lineOf(p: LinePiece): TitreLine {
  return { service: p.item.service, kind: p.item.kind, amount: p.installment.amount, pieces: [p] };
}

/** Lines of a titre: its own pieces plus lines carried from earlier titres (same service and kind add up). */
function mergeLines(carried: readonly TitreLine[], pieces: readonly LinePiece[]): TitreLine[] {
  if (carried.length === 0) return pieces.map(lineOf).sort(byServiceThenKind);
  const byKey = new Map<string, TitreLine>();
  for (const l of carried) byKey.set(`${l.service}/${l.kind}`, l);
  for (const p of pieces) {
    const key = `${p.item.service}/${p.item.kind}`;
    const line = byKey.get(key);
    byKey.set(
      key,
      line
        ? { ...line, amount: add(line.amount, p.installment.amount), pieces: [...line.pieces, p] }
        : lineOf(p),
    );
  }
  return [...byKey.values()].sort(byServiceThenKind);
}

/** One debtor's pieces grouped by period, periods in titre order. */
function periodSlots(pieces: readonly LinePiece[]): { period: Period; pieces: LinePiece[] }[] {
  const slots = new Map<string, { period: Period; pieces: LinePiece[] }>();
  for (const p of pieces) {
    const label = p.installment.period.label;
    const slot = slots.get(label);
    if (slot) slot.pieces.push(p);
    else slots.set(label, { period: p.installment.period, pieces: [p] });
  }
  return [...slots.values()].sort((a, b) => comparePeriods(a.period, b.period));
}

/** Groups pieces into titres, applies the floor with carry-over, numbers the issued titres. */
export function buildTitres(
  pieces: readonly LinePiece[],
  input: InputModel,
): { titres: Titre[]; unissued: Unissued[] } {
  const byDebtor: LinePiece[][] = [];
  for (const p of pieces) {
    if (sign(p.installment.amount) <= 0) continue;
    (byDebtor[p.item.debtor] ??= []).push(p);
  }
  const floor = input.parameters.titreFloor;
  const issued: Omit<Titre, 'number' | 'issueDate'>[] = [];
  const unissued: Unissued[] = [];
  byDebtor.forEach((debtorPieces, debtor) => {
    let carried: TitreLine[] = [];
    for (const slot of periodSlots(debtorPieces)) {
      const lines = mergeLines(carried, slot.pieces);
      let total = ZERO;
      for (const l of lines) total = add(total, l.amount);
      if (cmp(total, floor) < 0) carried = lines;
      else {
        issued.push({ debtor, period: slot.period, lines, total });
        carried = [];
      }
    }
    if (carried.length > 0)
      unissued.push({
        debtor,
        amount: carried.reduce((acc, l) => add(acc, l.amount), ZERO),
        lines: carried,
      });
  });
  issued.sort((a, b) => comparePeriods(a.period, b.period) || a.debtor - b.debtor);
  // `Continue`: one sequence for the year; `Par période`: each period restarts at the first number.
  const first = input.parameters.firstTitreNumber;
  const perPeriod = input.parameters.numbering === 'par-periode';
  let next = first;
  let period = '';
  const titres = issued.map((t) => {
    if (perPeriod && t.period.label !== period) next = first;
    period = t.period.label;
    return { ...t, number: next++, issueDate: issueDateOf(input, t.period) };
  });
  return { titres, unissued };
}
