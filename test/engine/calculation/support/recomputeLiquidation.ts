/**
 * Redoes a base de liquidation from its own printed figures, as a debtor with a
 * calculator would: the key's terms give the share, base × share the exact product, the
 * stated rounding (and the largest-remainder cent, when stated) the quote-part, then the
 * fee, the settlement and the installment split down to the line's amount. Returns the
 * list of what did not recompute (empty when the text is right) and the amount found.
 */
import {
  type Q,
  ZERO,
  ONE,
  add,
  sub,
  mul,
  div,
  abs,
  cmp,
  eq,
  q,
} from '../../../../src/engine/numbers/rational';
import { parseDecimal } from '../../../../src/engine/numbers/decimalText';
import { roundToUnit } from '../../../../src/engine/numbers/round';

const N = '-?[\\d\\u202f]+(?:,\\d+)?';
const EUR = `(${N})\\u202f€`;

/** A French number of the text (`1 234,56`, narrow no-break spaces) as an exact Q. */
export function frNum(text: string): Q {
  const v = parseDecimal(text.replace(/\u202f/g, '').replace(',', '.'));
  if (!v) throw new Error(`not a number: ${text}`);
  return v;
}

/** Tolerance of a product computed from figures shown with 6 decimals. */
const SHOWN = q(1n, 1_000_000n);

function close(a: Q, b: Q, tolerance: Q): boolean {
  return cmp(abs(sub(a, b)), tolerance) <= 0;
}

interface Recompute {
  readonly errors: string[];
  /** Amount of each settled figure met: `billed`, `quotePart`, `fee`. */
  readonly figures: Map<string, Q>;
  /** Σ of the installment pieces: the line's amount. */
  amount: Q | null;
}

/** `= 1 234,5 €` / `≈ 1 234,567891 €, arrondi à 0,01 € : 1 234,57 €[ ± 0,01 € d’arrondi … = 1 234,56 €]` after `computed`. */
function checkRounding(
  r: Recompute,
  what: string,
  computed: Q,
  approximate: boolean,
  rest: string,
): Q | null {
  const m = new RegExp(
    `^(=|≈)[ \\u202f](${N})\\u202f€(?:, arrondi à ${EUR}(?: \\(ligne à ligne\\))? : ${EUR}(?: (\\+|−) ${EUR} d\u2019arrondi au plus fort reste, règle de la convention = ${EUR})?)?$`,
  ).exec(rest);
  if (!m) {
    // `= 9 216,00 €`: an exact product that needs no rounding.
    const exact = new RegExp(`^= ${EUR}$`).exec(rest);
    if (exact && eq(computed, frNum(exact[1]!))) return frNum(exact[1]!);
    r.errors.push(`${what}: unreadable rounding « ${rest} »`);
    return null;
  }
  const printed = frNum(m[2]!);
  const tolerance = approximate || m[1] === '≈' ? SHOWN : ZERO;
  if (!close(computed, printed, tolerance))
    r.errors.push(`${what}: computed ${computed.n}/${computed.d}, printed ${m[2]}`);
  if (m[3] === undefined) return printed;
  const unit = frNum(m[3]);
  const nearest = roundToUnit(printed, unit);
  if (!eq(nearest, frNum(m[4]!)))
    r.errors.push(`${what}: ${m[2]} rounds to ${nearest.n}/${nearest.d}, not ${m[4]}`);
  if (m[5] === undefined) return nearest;
  const gap = frNum(m[6]!);
  if (!eq(gap, unit)) r.errors.push(`${what}: the largest remainder moves one unit, not ${m[6]}`);
  const result = m[5] === '+' ? add(nearest, gap) : sub(nearest, gap);
  if (!eq(result, frNum(m[7]!))) r.errors.push(`${what}: ${m[4]} ${m[5]} ${m[6]} ≠ ${m[7]}`);
  return result;
}

/** `part = 50 % × Population 24 870 / ≈ 49 011,161644 + …` → Σ terms; approximate when a total is. */
function shareOf(r: Recompute, text: string): { share: Q; approximate: boolean } | null {
  let share = ZERO;
  let approximate = false;
  for (const term of text.split(' + ')) {
    const m = new RegExp(
      `^(?:(${N})\\u202f% × )?.+? (≈\\u202f)?(${N})(?: × (\\d+)(?:/(\\d+)|\\u202fj))? / (≈\\u202f)?(${N})$`,
    ).exec(term);
    if (!m) {
      r.errors.push(`unreadable term « ${term} »`);
      return null;
    }
    const weight = m[1] === undefined ? ONE : div(frNum(m[1]), q(100n));
    const presence = m[4] === undefined ? ONE : q(BigInt(m[4]), BigInt(m[5] ?? '1'));
    if (m[2] !== undefined || m[6] !== undefined) approximate = true;
    share = add(share, div(mul(mul(weight, frNum(m[3]!)), presence), frNum(m[7]!)));
  }
  return { share, approximate };
}

function step(r: Recompute, text: string): void {
  let m: RegExpExecArray | null;
  if ((m = /^part = (.+) (=|≈)[ \u202f](-?[\d\u202f]+(?:,\d+)?)\u202f%$/.exec(text))) {
    const found = shareOf(r, m[1]!);
    if (found) {
      r.figures.set('share', found.share);
      r.figures.set('shareApproximate', found.approximate ? ONE : ZERO);
      const printed = div(frNum(m[3]!), q(100n));
      if (!close(found.share, printed, q(1n, 1_000_000n)))
        r.errors.push(`share ${m[3]} % ≠ Σ terms`);
    }
  } else if ((m = new RegExp(`^${EUR} × part (.+)$`).exec(text))) {
    const share = r.figures.get('share');
    if (!share) return void r.errors.push('base × part without a share');
    const approximate = eq(r.figures.get('shareApproximate') ?? ZERO, ONE);
    const base = r.figures.get('base');
    if (base && !eq(base, frNum(m[1]!))) r.errors.push(`base ${m[1]} ≠ heading's base`);
    const allocated = checkRounding(r, 'base × part', mul(frNum(m[1]!), share), approximate, m[2]!);
    if (allocated) r.figures.set('quotePart', allocated);
  } else if (
    (m = new RegExp(
      `^coût unitaire (${N})\\u202f€/[^(×]+?(?: \\((?:fixé par la convention|${EUR} ÷ (${N}) [^=≈]+? (=|≈)[ \\u202f](${N})\\u202f€, arrondi à (${N})\\u202f€)\\))? × (${N}) [^=≈]+? ((?:=|≈).*)$`,
    ).exec(text))
  ) {
    const unitCost = frNum(m[1]!);
    if (m[2] !== undefined) {
      const quotient = div(frNum(m[2]), frNum(m[3]!));
      if (!close(quotient, frNum(m[5]!), m[4] === '≈' ? SHOWN : ZERO))
        r.errors.push(`unit cost: ${m[2]} ÷ ${m[3]} ≠ ${m[5]}`);
      if (!eq(roundToUnit(frNum(m[5]!), frNum(m[6]!)), unitCost))
        r.errors.push(`unit cost: ${m[5]} does not round to ${m[1]}`);
    }
    const amount = checkRounding(r, 'unit cost × units', mul(unitCost, frNum(m[7]!)), false, m[8]!);
    if (amount) r.figures.set('quotePart', amount);
  } else if ((m = new RegExp(`^quote-part ${EUR} \\+ coûts propres ${EUR} = ${EUR}$`).exec(text))) {
    const allocated = r.figures.get('quotePart');
    if (!allocated || !eq(allocated, frNum(m[1]!)))
      r.errors.push(`direct: quote-part ${m[1]} ≠ allocated`);
    if (!eq(add(frNum(m[1]!), frNum(m[2]!)), frNum(m[3]!))) r.errors.push(`direct: ${text}`);
    r.figures.set('quotePart', frNum(m[3]!));
  } else if ((m = new RegExp(`^frais de gestion (${N})\\u202f% × ${EUR} (.+)$`).exec(text))) {
    const of = frNum(m[2]!);
    if (!eq(of, r.figures.get('quotePart') ?? ZERO)) r.errors.push(`fee: of ${m[2]} ≠ quote-part`);
    const fee = checkRounding(r, 'fee', mul(of, div(frNum(m[1]!), q(100n))), false, m[3]!);
    if (fee) r.figures.set('fee', fee);
  } else if ((m = new RegExp(`^facturé ${EUR}$`).exec(text))) {
    if (!eq(frNum(m[1]!), r.figures.get('quotePart') ?? ZERO))
      r.errors.push(`billed ${m[1]} ≠ quote-part`);
    r.figures.set('billed', frNum(m[1]!));
  } else if (
    (m = new RegExp(`^facturé : quote-part ${EUR} \\+ frais ${EUR} = ${EUR}$`).exec(text))
  ) {
    if (!eq(frNum(m[1]!), r.figures.get('quotePart') ?? ZERO)) r.errors.push('billed quote-part');
    if (!eq(frNum(m[2]!), r.figures.get('fee') ?? ZERO)) r.errors.push('billed fee');
    if (!eq(add(frNum(m[1]!), frNum(m[2]!)), frNum(m[3]!))) r.errors.push(`billed: ${text}`);
    r.figures.set('billed', frNum(m[3]!));
  } else if ((m = new RegExp(`^facturé : frais ${EUR}$`).exec(text))) {
    if (!eq(frNum(m[1]!), r.figures.get('fee') ?? ZERO)) r.errors.push('billed fee');
    r.figures.set('billed', frNum(m[1]!));
  } else if (
    (m = new RegExp(`^régularisation : montant dû ${EUR} − acomptes émis ${EUR} = ${EUR}$`).exec(
      text,
    ))
  ) {
    if (!eq(sub(frNum(m[1]!), frNum(m[2]!)), frNum(m[3]!))) r.errors.push(`solde: ${text}`);
    r.figures.set('solde', frNum(m[3]!));
  } else if (/^(échéance|exercice) /.test(text)) {
    installments(r, text);
  } else if ((m = new RegExp(`^total de la ligne ${EUR}$`).exec(text))) {
    if (r.amount === null || !eq(r.amount, frNum(m[1]!))) r.errors.push(`line total ${m[1]}`);
  }
}

/** The annual amount of the line being split: what the line's kind bills. */
function annualOf(r: Recompute, kind: string): Q | undefined {
  if (kind === 'fee') return r.figures.get('fee');
  if (kind === 'solde') return r.figures.get('solde');
  return r.figures.has('fee') ? r.figures.get('quotePart') : r.figures.get('billed');
}

let currentKind = 'quote-part';

function installments(r: Recompute, text: string): void {
  let total = ZERO;
  for (const piece of text.split(' + échéance ').map((p, k) => (k === 0 ? p : `échéance ${p}`))) {
    let m: RegExpExecArray | null;
    let amount: Q;
    if (
      (m = new RegExp(`^exercice \\S+(?: reportée \\(sous le seuil de ${EUR}\\))? : ${EUR}$`).exec(
        piece,
      ))
    ) {
      amount = frNum(m[2]!);
      const annual = annualOf(r, currentKind);
      if (!annual || !eq(annual, amount)) r.errors.push(`annual ${m[2]} ≠ billed`);
    } else if (
      (m = new RegExp(
        `^échéance (\\d+)/(\\d+) \\(\\S+\\)(?: reportée \\(sous le seuil de ${EUR}\\))? : ${EUR} ÷ (\\d+) (.+)$`,
      ).exec(piece))
    ) {
      const rank = BigInt(m[1]!);
      const count = BigInt(m[2]!);
      const annual = frNum(m[4]!);
      const expected = annualOf(r, currentKind);
      if (!expected || !eq(expected, annual)) r.errors.push(`installment of ${m[4]} ≠ billed`);
      if (BigInt(m[5]!) !== count) r.errors.push('divisor ≠ count');
      const rest = m[6]!;
      const exact = new RegExp(`^= ${EUR}$`).exec(rest);
      const split = new RegExp(
        `^(=|≈)[ \\u202f](${N})\\u202f€, soit ${EUR}(?: \\+ ${EUR})? \\(le reste de ${EUR} va (?:à la première échéance|aux (\\d+) premières échéances, ${EUR} chacune)\\)(?: = ${EUR})?$`,
      ).exec(rest);
      const quotient = div(annual, q(count));
      if (exact) {
        amount = frNum(exact[1]!);
        if (!eq(amount, quotient)) r.errors.push(`${m[4]} ÷ ${count} ≠ ${exact[1]}`);
      } else if (split) {
        if (!close(quotient, frNum(split[2]!), split[1] === '≈' ? SHOWN : ZERO))
          r.errors.push(`quotient ${split[2]}`);
        const floor = frNum(split[3]!);
        const unit = split[4] === undefined ? (split[7] ? frNum(split[7]) : null) : frNum(split[4]);
        const left = split[6] === undefined ? 1n : BigInt(split[6]);
        const rest = frNum(split[5]!);
        // The split: `count` equal floors, and the rest spread over the first installments.
        if (!eq(add(mul(floor, q(count)), rest), annual))
          r.errors.push('floor × count + rest ≠ annual');
        const getsOne = rank <= left;
        if (getsOne !== (split[4] !== undefined))
          r.errors.push(`rank ${rank}: extra unit misplaced`);
        amount = getsOne && unit ? add(floor, unit) : floor;
        if (split[8] !== undefined && !eq(amount, frNum(split[8])))
          r.errors.push(`installment = ${split[8]}`);
        if (unit && !eq(mul(unit, q(left)), rest)) r.errors.push('rest ≠ left × unit');
      } else {
        r.errors.push(`unreadable split « ${rest} »`);
        continue;
      }
    } else {
      r.errors.push(`unreadable installment « ${piece} »`);
      continue;
    }
    total = add(total, amount);
  }
  r.amount = add(r.amount ?? ZERO, total);
}

/** Recomputes a titre line's base de liquidation (its kind read from the text). */
export function recomputeLiquidation(text: string): { errors: string[]; amount: Q | null } {
  const r: Recompute = { errors: [], figures: new Map(), amount: null };
  currentKind = text.includes(' ; ligne des frais de gestion du coordonnateur ; ')
    ? 'fee'
    : text.includes(' ; régularisation : ')
      ? 'solde'
      : 'quote-part';
  const start = /: (part = |coût unitaire )/.exec(text);
  const heading = start ? text.slice(0, start.index) : '';
  const body = start ? text.slice(start.index + 2) : text;
  const base = new RegExp(
    `, base ${EUR} × \\(1 \\+ (${N})\\u202f% de frais de gestion\\) (=|≈)[ \\u202f](${N})\\u202f€, arrondi à ${EUR} : ${EUR} $`,
  ).exec(heading);
  if (base) {
    const raised = mul(frNum(base[1]!), add(ONE, div(frNum(base[2]!), q(100n))));
    if (!close(raised, frNum(base[4]!), base[3] === '≈' ? SHOWN : ZERO))
      r.errors.push('base × (1 + fee)');
    if (!eq(roundToUnit(frNum(base[4]!), frNum(base[5]!)), frNum(base[6]!)))
      r.errors.push('base rounding');
    r.figures.set('base', frNum(base[6]!));
  }
  // `; ` separates steps; installments pieces are joined by ` + ` inside one step.
  for (const part of body.replace(/\.$/, '').split(' ; ')) step(r, part);
  if (r.amount === null) r.errors.push('no installment');
  return { errors: r.errors, amount: r.amount };
}
