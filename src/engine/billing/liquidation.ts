/**
 * The base de liquidation of each titre line (décret 2012-1246 art. 24): the service
 * and its legal basis, the member's calculation (`describeLine` written by
 * `calculationText`, the very words of the annex's `Calcul` column), how it is settled,
 * then the installment split, the carry-over, the convention and the period, every
 * figure stated so that the debtor recomputes the amount with a calculator.
 */
import { type Q, ZERO, sub, timesUnit } from '../numbers/rational';
import { roundUnits } from '../numbers/round';
import { formatExact } from '../numbers/decimalText';
import { exactOrRounded } from '../numbers/exactOrRounded';
import type { InputModel } from '../domain/inputModel';
import type { ServiceResult } from '../models/serviceResult';
import type { TitreLine, Titre, LinePiece } from './titres';
import { formatMoney } from '../numbers/formatMoney';
import { ServiceLineTexts } from './serviceLineTexts';
import { euros, ratePercent, NNBSP } from '../calculation/calculationText';
import { settlementText } from '../calculation/settlementText';
import { FUNDING_MODELS } from '../models/registry';
import { supportCostsReceived } from '../models/costBase';
import { frenchNumber } from '../numbers/formatMoney';

/** Builds liquidation texts; caches the per-service and per-member parts. */
export class LiquidationWriter {
  private readonly serviceText = new Map<number, string>();
  /** Calculation text per service, by member: shared by every installment and kind of the line. */
  private readonly calculationText = new Map<number, (string | undefined)[]>();
  /** The text's end, per period label then convention reference ('' when none). */
  private readonly tail = new Map<string, Map<string, string>>();
  /** Per service, each member's position among its participants (-1: not one), built when first needed. */
  private readonly positions = new Map<number, Int32Array>();
  private readonly resultByService: Map<number, ServiceResult>;
  /** Per service, the writer of its participants' calculation texts. */
  private readonly lineTexts = new Map<number, ServiceLineTexts>();

  constructor(
    private readonly input: InputModel,
    reference: readonly ServiceResult[],
    private readonly acomptes: ReadonlyMap<string, Q>,
  ) {
    this.resultByService = new Map(reference.map((r) => [r.service.index, r]));
  }

  /** The position of `member` among the participants of `r`, -1 when not one. */
  private positionOf(r: ServiceResult, member: number): number {
    let positions = this.positions.get(r.service.index);
    if (positions === undefined) {
      positions = new Int32Array(this.input.members.length).fill(-1);
      r.lines.forEach((line, j) => {
        if (line.member >= 0 && line.member < (positions as Int32Array).length)
          (positions as Int32Array)[line.member] = j;
      });
      this.positions.set(r.service.index, positions);
    }
    return member >= 0 && member < positions.length ? (positions[member] as number) : -1;
  }

  private money(v: Q): string {
    return euros(formatMoney(v, this.input.parameters.rounding));
  }

  /** `Service commun « X » (CGCT L5211-4-2), base … = charges … × (1 + 3 %)…`: the service and its legal basis. */
  private serviceIntro(r: ServiceResult): string {
    const cached = this.serviceText.get(r.service.index);
    if (cached) return cached;
    const s = r.service;
    const row = FUNDING_MODELS[r.model];
    let text = `${row.label} « ${s.name} » (${row.legalBasis})${row.billedAs ? `, ${row.billedAs}` : ''}`;
    if (row.fee === 'overhead' && s.feeRate && r.sharedBase) {
      const raised = exactOrRounded(
        { n: r.eligibleBase.n * (s.feeRate.d + s.feeRate.n), d: r.eligibleBase.d * s.feeRate.d },
        6,
      );
      text += `, base ${this.money(r.eligibleBase)} × (1 + ${ratePercent(formatExact(s.feeRate))} de frais de gestion) ${raised.exact ? '= ' : `≈${NNBSP}`}${frenchNumber(raised.text)}${NNBSP}€, arrondi à ${euros(formatExact(this.input.parameters.rounding))} : ${this.money(r.sharedBase)}`;
    }
    // The support costs ventilated to the service are inside its base (§6.2): say so.
    const received = supportCostsReceived(this.input, s.index);
    if (received.n !== 0n)
      text += ` (dont ${this.money(received)} de services supports ventilés dans la base)`;
    this.serviceText.set(r.service.index, text);
    return text;
  }

  private lineTextsOf(r: ServiceResult): ServiceLineTexts {
    let texts = this.lineTexts.get(r.service.index);
    if (texts === undefined)
      this.lineTexts.set(r.service.index, (texts = new ServiceLineTexts(this.input, r)));
    return texts;
  }

  /** The member's calculation and settlement for a service (cached): the annex's `Calcul` text. */
  private calculation(r: ServiceResult, member: number): string {
    // A service billed once a year has one line per member: nothing to share, nothing to keep.
    const shared = r.service.installments !== 1 && member >= 0;
    let byMember: (string | undefined)[] | undefined;
    if (shared) {
      byMember = this.calculationText.get(r.service.index);
      if (byMember === undefined)
        this.calculationText.set(
          r.service.index,
          (byMember = new Array<string | undefined>(this.input.members.length)),
        );
    }
    let text = byMember?.[member];
    if (text === undefined) {
      const j = this.positionOf(r, member);
      const line = r.lines[j];
      const u = this.input.parameters.rounding;
      text =
        line === undefined
          ? ''
          : `${this.lineTextsOf(r).text(j)} ; ${settlementText({
              settlement: line.settlement,
              quotePart: formatMoney(line.quotePart, u),
              fee: formatMoney(line.fee, u),
              billed: formatMoney(line.billed, u),
            })}`;
      if (byMember !== undefined) byMember[member] = text;
    }
    return text;
  }

  /** `régularisation : montant dû … − acomptes émis … = …` of a solde line. */
  private settlementOfSolde(r: ServiceResult, member: number): string {
    const line = r.lines[this.positionOf(r, member)];
    if (!line) return '';
    const acompte = this.acomptes.get(`${member}/${r.service.index}`) ?? ZERO;
    return ` ; régularisation : montant dû ${this.money(line.billed)} − acomptes émis ${this.money(acompte)} = ${this.money(sub(line.billed, acompte))}`;
  }

  /** `échéance 2/4 (2026-T2) : 12 523,99 € ÷ 4 = 3 130,9975 €, soit 3 130,99 € + 0,01 € …`: one installment, recomputable. */
  private pieceText(piece: LinePiece, titre: Titre): string {
    const i = piece.installment;
    const carried =
      i.period.label !== titre.period.label
        ? ` reportée (sous le seuil de ${this.money(this.input.parameters.titreFloor)})`
        : '';
    if (i.count === 1) return `exercice ${i.period.label}${carried} : ${this.money(i.amount)}`;
    const u = this.input.parameters.rounding;
    const annual = piece.item.amount;
    const units = roundUnits(annual, u);
    const count = BigInt(i.count);
    const abs = units < 0n ? -units : units;
    const left = abs % count;
    const head = `échéance ${i.rank}/${i.count} (${i.period.label})${carried} : ${this.money(annual)} ÷ ${i.count}`;
    if (left === 0n) return `${head} = ${this.money(i.amount)}`;
    const quotient = exactOrRounded({ n: annual.n, d: annual.d * count }, 6);
    const floor = timesUnit(units < 0n ? -(abs / count) : abs / count, u);
    const rule =
      left === 1n
        ? `le reste de ${this.money(u)} va à la première échéance`
        : `le reste de ${this.money(timesUnit(left, u))} va aux ${left} premières échéances, ${this.money(u)} chacune`;
    const extra = BigInt(i.rank) <= left;
    return `${head} ${quotient.exact ? '= ' : `≈${NNBSP}`}${frenchNumber(quotient.text)}${NNBSP}€, soit ${this.money(floor)}${extra ? ` + ${this.money(u)}` : ''} (${rule})${extra ? ` = ${this.money(i.amount)}` : ''}`;
  }

  /** The full base de liquidation of one line of a titre. */
  text(titre: Titre, line: TitreLine): string {
    let installments = '';
    for (let k = 0; k < line.pieces.length; k++)
      installments += (k === 0 ? '' : ' + ') + this.pieceText(line.pieces[k] as LinePiece, titre);
    if (line.pieces.length > 1) installments += ` ; total de la ligne ${this.money(line.amount)}`;
    // `Services.Convention` replaces the parameter for that service's lines (§6.1).
    const reference =
      this.input.services[line.service]?.convention ?? this.input.parameters.convention;
    let byReference = this.tail.get(titre.period.label);
    if (byReference === undefined) this.tail.set(titre.period.label, (byReference = new Map()));
    let tail = byReference.get(reference ?? '');
    if (tail === undefined) {
      const convention = reference ? ` ; convention ${reference}` : '';
      byReference.set(
        reference ?? '',
        (tail = `${convention} ; titre de la période ${titre.period.label}.`),
      );
    }
    const r = this.resultByService.get(line.service);
    if (!r) return `${installments}${tail}`;
    const solde = line.kind === 'solde' ? this.settlementOfSolde(r, titre.debtor) : '';
    const what = line.kind === 'fee' ? ' ; ligne des frais de gestion du coordonnateur' : '';
    return `${this.serviceIntro(r)} : ${this.calculation(r, titre.debtor)}${solde}${what} ; ${installments}${tail}`;
  }
}
