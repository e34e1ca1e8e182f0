/**
 * The base de liquidation of each titre line (décret 2012-1246 art. 24): the whole
 * calculation in words and figures — unit cost × units, or base × share with the key
 * and the member's criteria, plus fee, installment, carry-over, convention and period —
 * so that the debtor can recompute the amount by hand.
 */
import { type Q, ZERO, sub } from '../numbers/rational';
import type { InputModel } from '../domain/inputModel';
import type { ServiceResult, ParticipantLine } from '../models/serviceResult';
import type { TitreLine, Titre } from './titres';
import {
  frenchExact,
  frenchMoney,
  frenchPercent,
  frenchReadable,
  frenchShare,
} from '../numbers/formatMoney';
import { daysInYear } from '../dates/calendar';
import { supportCostsReceived } from '../models/costBase';

/** Builds liquidation texts; caches the per-service parts (they are the same for every debtor). */
export class LiquidationWriter {
  private readonly serviceText = new Map<number, string>();
  /** Calculation text per `service/member/kind`: shared by every installment of the line. */
  private readonly calculationText = new Map<string, string>();
  /** Per service, the fixed text around each key term's value: `60 % Population ` … ` / ≈ 69 261 371,0301`. */
  private readonly termText = new Map<
    number,
    { before: string; after: string; presence: boolean }[]
  >();
  private readonly tail = new Map<string, string>();
  /** Per service, each member's position among its participants (-1: not one), built when first needed. */
  private readonly positions = new Map<number, Int32Array>();
  private readonly resultByService: Map<number, ServiceResult>;
  /** ` × 181/365 j` per presence in days (members present all year have none). */
  private readonly presenceText = new Map<number, string>();

  constructor(
    private readonly input: InputModel,
    reference: readonly ServiceResult[],
    private readonly acomptes: ReadonlyMap<string, Q>,
  ) {
    this.resultByService = new Map(reference.map((r) => [r.service.index, r]));
  }

  /** The participant line of `member` in the Référence result of a service, and its position. */
  private lineOf(r: ServiceResult, member: number): { line: ParticipantLine; j: number } | null {
    let positions = this.positions.get(r.service.index);
    if (positions === undefined) {
      positions = new Int32Array(this.input.members.length).fill(-1);
      r.lines.forEach((line, j) => {
        if (line.member >= 0 && line.member < (positions as Int32Array).length)
          (positions as Int32Array)[line.member] = j;
      });
      this.positions.set(r.service.index, positions);
    }
    const j = member >= 0 && member < positions.length ? (positions[member] as number) : -1;
    const line = j >= 0 ? r.lines[j] : undefined;
    return line === undefined ? null : { line, j };
  }

  private money(v: Q): string {
    return frenchMoney(v, this.input.parameters.rounding);
  }

  private serviceIntro(r: ServiceResult): string {
    const cached = this.serviceText.get(r.service.index);
    if (cached) return cached;
    const s = r.service;
    const unit = s.unit ?? 'unité';
    const received = supportCostsReceived(this.input, s.index);
    const support =
      received.n !== 0n ? `dont ${this.money(received)} de services supports ventilés` : '';
    let text: string;
    if (r.model === 'mise-a-disposition') {
      const how = r.unitCostFixed
        ? `fixé par la convention${support ? ` ; coût du service ${this.money(r.eligibleBase)}, ${support}` : ''}`
        : `${this.money(r.eligibleBase)}${support ? `, ${support},` : ''} ÷ ${frenchExact(r.totalUnits ?? ZERO)} ${unit}, arrondi à ${frenchExact(this.input.parameters.unitCostRounding)} €`;
      text = `Mise à disposition « ${s.name} » (CGCT D5211-16) : coût unitaire ${frenchExact(r.unitCost ?? ZERO)} €/${unit} (${how})`;
    } else {
      const legal =
        r.model === 'service-commun'
          ? `Service commun « ${s.name} » (CGCT L5211-4-2)`
          : `Groupement de commandes « ${s.name} » (CCP L2113-6)`;
      const overhead =
        r.model === 'service-commun' && s.feeRate
          ? ` (charges ${this.money(r.eligibleBase)}${support ? `, ${support},` : ''} + frais de gestion ${frenchPercent(s.feeRate, 2)})`
          : support
            ? ` (${support})`
            : '';
      text = `${legal} : base ${this.money(r.sharedBase ?? ZERO)}${overhead}`;
    }
    this.serviceText.set(r.service.index, text);
    return text;
  }

  /** `60 % Population 1 940 / ≈ 69 261 371,0301 + 40 % Agents 27 / …`: each term's value for the member, with its presence. */
  private criteriaOf(r: ServiceResult, line: ParticipantLine, j: number): string {
    const key = r.key;
    if (!key) return '';
    let texts = this.termText.get(r.service.index);
    if (!texts) {
      const single = key.terms.length === 1;
      texts = key.terms.map((t) => ({
        before: `${single ? '' : `${frenchExact(t.percent)} % `}${t.kind === 'egalitaire' ? 'Égalitaire 1' : `${t.label} `}`,
        after: ` / ${frenchReadable(t.total)}`,
        presence: t.kind !== 'usage',
      }));
      this.termText.set(r.service.index, texts);
    }
    const presence = this.presenceOf(line.member);
    let text = '';
    for (let k = 0; k < texts.length; k++) {
      const t = key.terms[k];
      const fixed = texts[k];
      if (t === undefined || fixed === undefined) continue;
      const value = t.kind === 'egalitaire' ? '' : frenchExact(t.values[j] ?? ZERO);
      text += `${k === 0 ? '' : ' + '}${fixed.before}${value}${fixed.presence ? presence : ''}${fixed.after}`;
    }
    return text;
  }

  /** ` × 181/365 j` for a member present part of the year, '' otherwise. */
  private presenceOf(member: number): string {
    const days = this.input.members[member]?.presenceDays;
    const yearDays = daysInYear(this.input.parameters.exercice);
    if (days === undefined || days === yearDays) return '';
    let text = this.presenceText.get(days);
    if (text === undefined) this.presenceText.set(days, (text = ` × ${days}/${yearDays} j`));
    return text;
  }

  /** The calculation of a member's annual amount for a service and line kind (cached). */
  private calculation(serviceIndex: number, member: number, kind: TitreLine['kind']): string {
    // A service billed once a year has one line per member: nothing to share, nothing to keep.
    if (
      kind === 'solde' ||
      (this.resultByService.get(serviceIndex)?.service.installments ?? 1) === 1
    )
      return this.computeCalculation(serviceIndex, member, kind);
    const cacheKey = `${serviceIndex}/${member}/${kind}`;
    let text = this.calculationText.get(cacheKey);
    if (text === undefined)
      this.calculationText.set(
        cacheKey,
        (text = this.computeCalculation(serviceIndex, member, kind)),
      );
    return text;
  }

  private computeCalculation(
    serviceIndex: number,
    member: number,
    kind: TitreLine['kind'],
  ): string {
    const r = this.resultByService.get(serviceIndex);
    const found = r ? this.lineOf(r, member) : null;
    if (!r || !found) return '';
    const { line, j } = found;
    const intro = this.serviceIntro(r);
    let calc: string;
    if (r.model === 'mise-a-disposition') {
      calc = `${intro} × ${frenchExact(line.units ?? ZERO)} ${r.service.unit ?? ''} = ${this.money(line.quotePart)}`;
    } else {
      const direct =
        line.direct.n !== 0n
          ? ` + coûts propres ${this.money(line.direct)} = ${this.money(line.quotePart)}`
          : '';
      const method =
        this.input.parameters.method === 'ligne-a-ligne'
          ? 'arrondi ligne à ligne'
          : 'plus forts restes';
      calc = `${intro} × part ${frenchShare(line.share)} [${this.criteriaOf(r, line, j)}] = ${this.money(line.allocated)} (${method})${direct}`;
    }
    if (kind === 'fee')
      return `Frais de gestion du coordonnateur ${frenchPercent(r.service.feeRate ?? ZERO, 2)} × quote-part ${this.money(line.quotePart)} = ${this.money(line.fee)} ; ${calc}`;
    if (kind === 'solde') {
      const acompte = this.acomptes.get(`${member}/${serviceIndex}`) ?? ZERO;
      const fee =
        line.fee.n !== 0n
          ? ` ; frais de gestion ${frenchPercent(r.service.feeRate ?? ZERO, 2)} = ${this.money(line.fee)}`
          : '';
      return `Régularisation : montant dû ${this.money(line.billed)} − acomptes émis ${this.money(acompte)} = ${this.money(sub(line.billed, acompte))} ; ${calc}${fee}`;
    }
    return calc;
  }

  /** The full base de liquidation of one line of a titre. */
  text(titre: Titre, line: TitreLine): string {
    let installments = '';
    for (let k = 0; k < line.pieces.length; k++) {
      const i = (line.pieces[k] as TitreLine['pieces'][number]).installment;
      const carried =
        i.period.label !== titre.period.label
          ? ` reportée (sous le seuil de ${this.money(this.input.parameters.titreFloor)})`
          : '';
      installments +=
        (k === 0 ? '' : ' + ') +
        (i.count > 1
          ? `échéance ${i.rank}/${i.count} (${i.period.label})${carried} : ${this.money(i.amount)}`
          : `exercice ${i.period.label}${carried} : ${this.money(i.amount)}`);
    }
    if (line.pieces.length > 1) installments += ` = ${this.money(line.amount)}`;
    // `Services.Convention` replaces the parameter for that service's lines (§6.1).
    const reference =
      this.input.services[line.service]?.convention ?? this.input.parameters.convention;
    const tailKey = `${titre.period.label}\u0000${reference ?? ''}`;
    let tail = this.tail.get(tailKey);
    if (tail === undefined) {
      const convention = reference ? ` ; convention ${reference}` : '';
      this.tail.set(tailKey, (tail = `${convention} ; titre de la période ${titre.period.label}.`));
    }
    return `${this.calculation(line.service, titre.debtor, line.kind)} ; ${installments}${tail}`;
  }
}
