/**
 * The calculation text of a Mise à disposition participant (unit cost × units), fast:
 * the unit cost and how it was set are written once per service; per line only the
 * member's units and the exact product's rounding (`productRoundingText`). Word for
 * word the `unit-cost` step of `calculationText(describeLine(…))`; null when a figure
 * is outside the exact double path.
 */
import { ZERO } from '../numbers/rational';
import { formatExact } from '../numbers/decimalText';
import { formatMoney, frenchNumber } from '../numbers/formatMoney';
import type { InputModel } from '../domain/inputModel';
import type { ParticipantLine, ServiceResult } from '../models/serviceResult';
import { NNBSP, equals, euros } from '../calculation/calculationText';
import { frenchUnits, pluralUnit } from '../calculation/frenchUnits';
import {
  type DecimalUnit,
  type ScaledDecimal,
  productRoundingText,
  scaledDecimal,
} from '../calculation/decimalProductText';
import { exactOrRounded } from '../numbers/exactOrRounded';
import { exactDecimal } from './describeLine';

/** Writes the `coût unitaire … × N heures = …` text of each participant of one service. */
export class UnitCostLineText {
  private readonly head: string;
  private readonly unitCost: ScaledDecimal | null;
  private readonly singular: string;
  private readonly plural: string;

  constructor(
    private readonly input: InputModel,
    r: ServiceResult,
    private readonly unit: DecimalUnit,
  ) {
    const p = input.parameters;
    const unitCost = r.unitCost ?? ZERO;
    const totalUnits = r.totalUnits ?? ZERO;
    const name = r.service.unit ?? '';
    const how =
      r.unitCostFixed || totalUnits.n === 0n
        ? ' (fixé par la convention)'
        : ` (${euros(formatMoney(r.eligibleBase, p.rounding))} ÷ ${frenchUnits(formatExact(totalUnits), name)} ${equals(
            exactOrRounded(
              { n: r.eligibleBase.n * totalUnits.d, d: r.eligibleBase.d * totalUnits.n },
              6,
            ),
          )}${NNBSP}€, arrondi à ${frenchNumber(formatExact(p.unitCostRounding))}${NNBSP}€)`;
    this.head = `coût unitaire ${frenchNumber(formatExact(unitCost))}${NNBSP}€/${name}${how} × `;
    this.unitCost = scaledDecimal(unitCost);
    this.singular = name === '' ? '' : ` ${name}`;
    this.plural = name === '' ? '' : ` ${pluralUnit(name)}`;
  }

  /** The text of `line`, or null when it takes the reference path. */
  text(line: ParticipantLine): string | null {
    const units = scaledDecimal(line.units ?? ZERO);
    if (this.unitCost === null || units === null || units.scaled < 0) return null;
    const amount = productRoundingText(
      this.unitCost,
      units,
      formatMoney(line.quotePart, this.input.parameters.rounding),
      this.unit,
    );
    if (amount === null) return null;
    const written = exactDecimal(line.units ?? ZERO);
    const many = units.scaled >= 2 * 10 ** units.places;
    return `${this.head}${frenchNumber(written)}${many ? this.plural : this.singular} ${amount}`;
  }
}
