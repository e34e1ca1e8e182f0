/**
 * Mise à disposition de service (CGCT L5211-4-1, D5211-16), contract §3.3: unit cost ×
 * units of the beneficiary. The unit cost is the convention's, or C / U rounded to
 * `Arrondi coût unitaire`; each quote-part is rounded on its own, so Σ q_i may differ
 * from C by the rounding: the difference is shown in the checks, never hidden.
 */
import { type Q, ZERO, add, div, sign } from '../numbers/rational';
import { roundProductUnits, roundToUnit } from '../numbers/round';
import { normalizeName } from '../text/normalizeName';
import type { FundingModel, ParticipantLine, Settlement } from './serviceResult';
import { costBase } from './costBase';
import { M } from '../problems/messages';

/** Computes a Mise à disposition service. */
/**
 * A participant line of a Mise à disposition, kept small like `KeyedLine`: the quote-part
 * is kept as its numerator over the rounding unit's denominator, and its share n_i / U
 * is computed when asked (a division that may need a gcd): the quote-parts do not need
 * it, only the outputs.
 */
class UnitLine implements ParticipantLine {
  constructor(
    readonly member: number,
    readonly units: Q,
    private readonly totalUnits: Q,
    /** quotePart = quotePartN / unitD. */
    private readonly quotePartN: bigint,
    private readonly unitD: bigint,
    readonly settlement: Settlement,
  ) {}

  get direct(): Q {
    return ZERO;
  }

  get fee(): Q {
    return ZERO;
  }

  get quotePart(): Q {
    return { n: this.quotePartN, d: this.unitD };
  }

  /** The porteur's own use is not billed. */
  get billed(): Q {
    return this.settlement === 'own-use' ? ZERO : this.quotePart;
  }

  get allocated(): Q {
    return this.quotePart;
  }

  get share(): Q {
    return sign(this.totalUnits) === 0 ? ZERO : div(this.units, this.totalUnits);
  }
}

export const miseADisposition: FundingModel = ({ input, service, participants, problems }) => {
  const { rounding, unitCostRounding } = input.parameters;
  const base = costBase(input, service.index).shared;
  const usage = input.usages.get(service.index)?.get(normalizeName(service.unit ?? ''));
  const units = participants.map((i) => usage?.get(i) ?? ZERO);
  const totalUnits = units.reduce((a, b) => add(a, b), ZERO);
  let unitCost: Q;
  if (service.fixedUnitCost) unitCost = service.fixedUnitCost;
  else if (sign(totalUnits) === 0) {
    problems.error(
      'UNITES_NULLES',
      service.place,
      M.noUnitsForMad(service.name, service.unit ?? ''),
    );
    return undefined;
  } else unitCost = roundToUnit(div(base, totalUnits), unitCostRounding);
  // q_i = round(c · n_i, u) = k_i · u: the counts k_i are summed, the amounts kept as numerators over u.d.
  let totalUnitsRounded = 0n;
  const lines: ParticipantLine[] = participants.map((member, j) => {
    const n = units[j] as Q;
    const k = roundProductUnits(unitCost, n, rounding);
    totalUnitsRounded += k;
    const own = input.members[member]?.porteur === true;
    return new UnitLine(
      member,
      n,
      totalUnits,
      rounding.n === 1n ? k : k * rounding.n,
      rounding.d,
      own ? 'own-use' : 'titre',
    );
  });
  const total: Q = { n: totalUnitsRounded * rounding.n, d: rounding.d };
  return {
    service,
    model: 'mise-a-disposition',
    eligibleBase: base,
    sharedBase: null,
    checkBase: base,
    total,
    key: null,
    unitCost,
    unitCostFixed: service.fixedUnitCost !== null,
    totalUnits,
    lines,
  };
};
