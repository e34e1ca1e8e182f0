/**
 * The engine benchmark's peer: the same quote-parts computed the straightforward way,
 * one decimal.js `Decimal` per member value at precision 40, largest remainder with the
 * contract's tie-break (contract §3.1–3.5, Référence only, bench-workbook features:
 * presence fractions, composite keys, overhead, direct lines, unit costs). It is what a
 * developer would write first with the usual decimal library, so the engine's speed is
 * reported as a ratio to it. `preparePeerInput` (not timed) only picks cells out of the
 * tables; `computeWithDecimal` (timed) does every conversion and all the arithmetic.
 */
import Decimal from 'decimal.js';
import type { RawCell, RawTable, RawWorkbook } from '../../src/engine';
import { tableNamed } from '../support/benchWorkbooks';

/** decimal.js at precision 40, half away from zero (contract rounding). */
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;

/** One service as the peer needs it: raw cells only, nothing converted yet. */
export interface PeerService {
  readonly name: string;
  readonly model: 'mise-a-disposition' | 'service-commun' | 'groupement';
  /** `[weight %, criterion]` of the key (empty for Mise à disposition). */
  readonly key: readonly (readonly [number, string])[];
  readonly fee: RawCell;
  readonly unitCost: RawCell;
  /** Eligible charge amounts with no member. */
  readonly shared: readonly RawCell[];
  /** Eligible charge amounts charged to one member: `[member index, amount]`. */
  readonly direct: readonly (readonly [number, RawCell])[];
  /** Usage quantity per member (Mise à disposition), blank = 0. */
  readonly units: readonly RawCell[] | null;
}

/** Everything the peer computes from. */
export interface PeerInput {
  readonly exercice: number;
  readonly members: readonly string[];
  /** Criterion columns of `Membres`, raw cells per member. */
  readonly criteria: ReadonlyMap<string, readonly RawCell[]>;
  readonly entree: readonly RawCell[];
  readonly sortie: readonly RawCell[];
  readonly services: readonly PeerService[];
}

/** The peer's quote-part of one member for one service, as a 2-decimal string. */
export interface PeerQuotePart {
  readonly service: string;
  readonly member: string;
  readonly quotePart: string;
}

const column = (table: RawTable, header: string): number => {
  const index = table.headers.findIndex((h) => h === header);
  if (index < 0) throw new Error(`colonne ${header} absente de ${table.name}`);
  return index;
};
const cellOf = (row: readonly RawCell[], index: number): RawCell => row[index] ?? null;
const MODELS: Record<string, PeerService['model']> = {
  'Mise à disposition': 'mise-a-disposition',
  'Service commun': 'service-commun',
  'Groupement de commandes': 'groupement',
};

function parseKey(text: RawCell): [number, string][] {
  if (typeof text !== 'string') return [];
  return text.split('+').map((term): [number, string] => {
    const m = /^\s*(?:(\d+(?:[.,]\d+)?)\s*%\s*)?(.+?)\s*$/.exec(term);
    if (!m) throw new Error(`clé illisible : ${text}`);
    return [
      m[1] ? Number(m[1].replace(',', '.')) : 100,
      m[2] === 'Égalitaire' ? '=' : (m[2] as string),
    ];
  });
}

/** Picks the cells of the bench workbook the peer reads (not timed). */
export function preparePeerInput(workbook: RawWorkbook): PeerInput {
  const parametres = tableNamed(workbook, 'Parametres');
  const exercice = Number(parametres.rows.find((r) => r[0] === 'Exercice')?.[1]);
  const membres = tableNamed(workbook, 'Membres');
  const members = membres.rows.map((r) => String(r[0]));
  const memberIndex = new Map(members.map((m, i) => [m, i]));
  const criteria = new Map<string, RawCell[]>();
  for (const name of ['Population', 'Agents', 'Postes'])
    criteria.set(
      name,
      membres.rows.map((r) => cellOf(r, column(membres, name))),
    );
  const servicesTable = tableNamed(workbook, 'Services');
  const charges = tableNamed(workbook, 'Charges');
  const usages = tableNamed(workbook, 'Usages');
  const [cService, cAmount, cEligible, cMember] = ['Service', 'Montant', 'Éligible', 'Membre'].map(
    (h) => column(charges, h),
  ) as [number, number, number, number];
  const services = servicesTable.rows.map((row): PeerService => {
    const name = String(row[0]);
    const model = MODELS[String(row[1])];
    if (!model) throw new Error(`modèle inconnu ${String(row[1])}`);
    const lines = charges.rows.filter((r) => r[cService] === name && r[cEligible] !== 'Non');
    const unit = cellOf(row, column(servicesTable, 'Unité'));
    let units: RawCell[] | null = null;
    if (model === 'mise-a-disposition') {
      units = members.map(() => null);
      for (const u of usages.rows)
        if (u[0] === name && u[2] === unit)
          units[memberIndex.get(String(u[1])) ?? -1] = cellOf(u, 3);
    }
    return {
      name,
      model,
      key: parseKey(cellOf(row, column(servicesTable, 'Clé'))),
      fee: cellOf(row, column(servicesTable, 'Frais de gestion')),
      unitCost: cellOf(row, column(servicesTable, 'Coût unitaire')),
      shared: lines.filter((r) => cellOf(r, cMember) === null).map((r) => cellOf(r, cAmount)),
      direct: lines
        .filter((r) => cellOf(r, cMember) !== null)
        .map((r) => [memberIndex.get(String(r[cMember])) ?? -1, cellOf(r, cAmount)] as const),
      units,
    };
  });
  return {
    exercice,
    members,
    criteria,
    entree: membres.rows.map((r) => cellOf(r, column(membres, 'Entrée'))),
    sortie: membres.rows.map((r) => cellOf(r, column(membres, 'Sortie'))),
    services,
  };
}

const toDec = (cell: RawCell): Dec =>
  typeof cell === 'number' || typeof cell === 'string' ? new D(cell) : new D(0);
const dayNumber = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
  86_400_000;
const isoOf = (cell: RawCell): string | null =>
  cell !== null && typeof cell === 'object' && cell.kind === 'date' ? cell.iso : null;

function presenceFractions(input: PeerInput): Dec[] {
  const first = dayNumber(`${input.exercice}-01-01`);
  const last = dayNumber(`${input.exercice}-12-31`);
  const days = new D(last - first + 1);
  return input.members.map((_, i) => {
    const e = isoOf(input.entree[i] ?? null);
    const s = isoOf(input.sortie[i] ?? null);
    if (!e && !s) return new D(1);
    const from = Math.max(first, e ? dayNumber(e) : first);
    const to = Math.min(last, s ? dayNumber(s) : last);
    return new D(Math.max(0, to - from + 1)).div(days);
  });
}

/** allocate(A, s, u) by largest remainder, ties to the member listed first (contract §3.1). */
function largestRemainder(amount: Dec, shares: readonly Dec[], unit: Dec): Dec[] {
  const negative = amount.isNegative();
  const units = amount.abs().div(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const exact = shares.map((s) => units.times(s));
  const floors = exact.map((e) => e.floor());
  let left = floors.reduce((a, b) => a.minus(b), units).toNumber();
  const order = exact
    .map((e, i) => [e.minus(floors[i] as Dec), i] as const)
    .sort((a, b) => b[0].comparedTo(a[0]) || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] as Dec).plus(1);
    left -= 1;
  }
  return floors.map((f) => (negative ? f.neg() : f).times(unit));
}

function keyShares(service: PeerService, input: PeerInput, presence: readonly Dec[]): Dec[] {
  const n = input.members.length;
  const shares: Dec[] = Array.from({ length: n }, () => new D(0));
  for (const [weight, criterion] of service.key) {
    const raw = criterion === '=' ? null : input.criteria.get(criterion);
    if (criterion !== '=' && !raw) throw new Error(`critère inconnu ${criterion}`);
    const values = presence.map((f, i) => (raw ? toDec(raw[i] ?? null) : new D(1)).times(f));
    const total = values.reduce((a, b) => a.plus(b), new D(0));
    const w = new D(weight).div(100);
    for (let i = 0; i < n; i += 1)
      shares[i] = (shares[i] as Dec).plus(w.times(values[i] as Dec).div(total));
  }
  return shares;
}

/** Computes every Référence quote-part of the bench workbook with decimal.js (the timed part). */
export function computeWithDecimal(input: PeerInput): PeerQuotePart[] {
  const cent = new D('0.01');
  const presence = presenceFractions(input);
  const out: PeerQuotePart[] = [];
  for (const service of input.services) {
    const base = service.shared.reduce<Dec>((a, c) => a.plus(toDec(c)), new D(0));
    let quoteParts: Dec[];
    if (service.model === 'mise-a-disposition') {
      const units = (service.units ?? []).map(toDec);
      const total = units.reduce((a, b) => a.plus(b), new D(0));
      const unitCost =
        service.unitCost !== null
          ? toDec(service.unitCost)
          : base.div(total).toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
      quoteParts = units.map((n) => unitCost.times(n).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
    } else {
      const factor =
        service.model === 'service-commun' && service.fee !== null
          ? toDec(service.fee).plus(1)
          : new D(1);
      const sharedBase = base.times(factor).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      quoteParts = largestRemainder(sharedBase, keyShares(service, input, presence), cent);
      for (const [member, amount] of service.direct) {
        quoteParts[member] = (quoteParts[member] as Dec).plus(
          toDec(amount).times(factor).toDecimalPlaces(2, Decimal.ROUND_HALF_UP),
        );
      }
    }
    quoteParts.forEach((q, i) =>
      out.push({
        service: service.name,
        member: input.members[i] as string,
        quotePart: q.toFixed(2),
      }),
    );
  }
  return out;
}
