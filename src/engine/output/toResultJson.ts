/**
 * The `--json` document of contract §5, from the computation: exact decimal strings,
 * field names as the contract gives them. Rows are produced by generators so that a
 * large run can stream them (CLI `--json`, output sheets) without holding them all;
 * `ResultJsonSource.json` materialises the arrays once, for those who need them
 * (annexes, report, export, task pane).
 */
import type { ComputationResult } from '../compute/runComputation';
import type {
  ResultJson,
  IssueJson,
  QuotePartJson,
  TitreJson,
  ResultJsonRows,
  GeneratedRowObserver,
} from '../contract/resultJson';
import type { Problem } from '../problems/problem';
import type { ServiceResult, ParticipantLine } from '../models/serviceResult';
import type { Titre, TitreLine } from '../billing/titres';
import { formatExact, formatFixed } from '../numbers/decimalText';
import { formatMoney, formatShare } from '../numbers/formatMoney';
import type { LiquidationWriter } from '../billing/liquidation';
import { SUPPORT_CHECK_LABEL } from '../compute/checks';
import { ventilationRows } from './ventilationRows';
import { debtorAccount } from '../billing/debtorAccount';

/** Problems as `issues` rows. */
export function toIssues(problems: readonly Problem[]): IssueJson[] {
  return problems.map((p) => ({
    severity: p.severity,
    code: p.code,
    table: p.table,
    row: p.row,
    column: p.column,
    value: p.value,
    message: p.message,
  }));
}

/** A participant's line of a service in a scenario, with the `quoteParts` row it gives. */
export interface QuotePartEntry {
  readonly scenario: string;
  readonly result: ServiceResult;
  readonly line: ParticipantLine;
  /** Index of the line in `result.lines` (and in the key's term values). */
  readonly index: number;
  readonly row: QuotePartJson;
}

/** A line of a titre, with the `titres` row it gives. */
export interface TitreEntry {
  readonly titre: Titre;
  readonly line: TitreLine;
  readonly row: TitreJson;
}

/** A service's unit cost as the `quoteParts` rows write it (exact), null when it has none. */
export function unitCostText(r: ServiceResult): string | null {
  return r.unitCost ? formatExact(r.unitCost) : null;
}

/** An iterable that runs `generate` on every iteration. */
function repeatable<T>(generate: () => Iterator<T>): Iterable<T> {
  return { [Symbol.iterator]: generate };
}

/** The rows of a sequence of entries. */
function* rowsOf<T>(entries: Iterable<{ readonly row: T }>): Generator<T> {
  for (const entry of entries) yield entry.row;
}

/** Builds the rows of a valid run's JSON document, on demand. */
export class ResultJsonSource {
  private materialised: ResultJson | null = null;
  private observer: GeneratedRowObserver | null = null;
  private readonly money: (v: Parameters<typeof formatMoney>[0]) => string;

  constructor(
    private readonly result: ComputationResult,
    private readonly problems: readonly Problem[],
    private readonly liquidation: LiquidationWriter,
  ) {
    const u = result.input.parameters.rounding;
    this.money = (v) => formatMoney(v, u);
  }

  /** Sets (or, with null, removes) the observer of the rows the plan's tables generate. */
  observeGeneratedRows(observer: GeneratedRowObserver | null): void {
    this.observer = observer;
  }

  /** Called by the quote-parts and titres sheets for each row they generate. */
  generated(key: 'quoteParts' | 'titres', row: QuotePartJson | TitreJson): void {
    if (this.observer !== null) this.observer(key, row);
  }

  private name(i: number): string {
    return this.result.input.members[i]?.name ?? '';
  }

  /** Every quote-part line in contract order (scenario, service, participant), with its row. */
  *quotePartEntries(): Generator<QuotePartEntry> {
    for (const s of this.result.scenarios) {
      for (const r of s.services) {
        const unitCost = unitCostText(r);
        for (let index = 0; index < r.lines.length; index++) {
          const line = r.lines[index] as ParticipantLine;
          const row = this.quotePartRow(s.name, r, line, unitCost);
          yield { scenario: s.name, result: r, line, index, row };
        }
      }
    }
  }

  /** The computed scenarios, for the quote-parts sheet that walks their lines itself. */
  get scenarios(): ComputationResult['scenarios'] {
    return this.result.scenarios;
  }

  /**
   * The `quoteParts` row of `line` of `r` in scenario `scenario` (`unitCost`: the
   * service's `unitCostText`, written once per service): for the quote-parts sheet, which
   * walks the lines itself rather than through a second generator and an entry per line.
   */
  quotePartRow(
    scenario: string,
    r: ServiceResult,
    line: ParticipantLine,
    unitCost: string | null,
  ): QuotePartJson {
    const money = this.money;
    return {
      scenario,
      service: r.service.name,
      model: r.model,
      member: this.name(line.member),
      share: formatShare(line.share),
      unitCost,
      quotePart: money(line.quotePart),
      fee: money(line.fee),
      billed: money(line.billed),
      settlement: line.settlement,
    };
  }

  /**
   * Every titre line in order, with its row. Rows come from the materialised document
   * when it exists (its bases de liquidation are already written), else are built here.
   */
  *titreEntries(): Generator<TitreEntry> {
    let k = 0;
    for (const titre of this.result.billing.titres) {
      for (let i = 0; i < titre.lines.length; i++)
        yield { titre, line: titre.lines[i] as TitreLine, row: this.titreRow(titre, i, k++) };
    }
  }

  /**
   * The row of line `i` of `titre`, the `k`-th titre line of the run (in `titreEntries`
   * order): for the titres sheet, which walks the titres itself rather than through a
   * second generator and an entry object per line.
   */
  titreRow(titre: Titre, i: number, k: number): TitreJson {
    const materialised = this.materialised?.titres[k];
    if (materialised !== undefined) return materialised;
    const input = this.result.input;
    const line = titre.lines[i] as TitreLine;
    return {
      number: titre.number,
      line: i + 1,
      period: titre.period.label,
      debtor: this.name(titre.debtor),
      service: input.services[line.service]?.name ?? '',
      account: debtorAccount(input, line.service, titre.debtor),
      amount: this.money(line.amount),
      liquidation: this.liquidation.text(titre, line),
    };
  }

  /** The document as row sequences (the materialised arrays once they exist). */
  rows(): ResultJsonRows {
    const built = this.materialised;
    if (built !== null) return built;
    const { input, billing } = this.result;
    const money = this.money;
    const service = (i: number) => input.services[i]?.name ?? '';
    return {
      quoteParts: repeatable(() => rowsOf(this.quotePartEntries())),
      titres: repeatable(() => rowsOf(this.titreEntries())),
      reductions: billing.reductions.map((r) => ({
        debtor: this.name(r.debtor),
        service: service(r.service),
        amount: money(r.amount),
      })),
      compensation: this.result.compensation.map((c) => ({
        member: this.name(c.member),
        before: money(c.before),
        imputed: money(c.imputed),
        after: money(c.after),
      })),
      comparison: this.result.comparison.map((c) => ({
        member: this.name(c.member),
        scenario: c.scenario,
        total: money(c.total),
        delta: money(c.delta),
        standalone: c.standalone ? money(c.standalone) : null,
        gain: c.gain ? money(c.gain) : null,
      })),
      coalitions: this.result.coalitions.map((c) => {
        const group = input.coalitions[c.coalition];
        return {
          scenario: c.scenario,
          group: group?.name ?? '',
          members: group?.members.length ?? 0,
          total: money(c.total),
          standalone: money(c.standalone),
          gain: money(c.gain),
          stable: c.stable,
        };
      }),
      evolution: this.result.evolution
        .filter((e) => e.service !== null)
        .map((e) => ({
          member: this.name(e.member),
          service: e.service ?? '',
          previous: e.previous ? money(e.previous) : null,
          current: e.current ? money(e.current) : null,
          delta: money(e.delta),
          percent: e.percent ? formatFixed(e.percent, 2) : null,
        })),
      checks: this.result.checks.map((c) => ({
        scenario: c.scenario,
        service: c.service === null ? SUPPORT_CHECK_LABEL : service(c.service),
        base: money(c.base),
        total: money(c.total),
        difference: money(c.difference),
      })),
      ...ventilationRows(this.result.input, money),
      issues: toIssues(this.problems),
    };
  }

  /** The whole document as arrays, built on first use and kept. */
  get json(): ResultJson {
    if (this.materialised === null) {
      const rows = this.rows();
      this.materialised = {
        quoteParts: Array.from(rows.quoteParts),
        titres: Array.from(rows.titres),
        reductions: Array.from(rows.reductions),
        compensation: Array.from(rows.compensation),
        comparison: Array.from(rows.comparison),
        coalitions: Array.from(rows.coalitions),
        evolution: Array.from(rows.evolution),
        checks: Array.from(rows.checks),
        ventilation: Array.from(rows.ventilation),
        ventilationTotals: Array.from(rows.ventilationTotals),
        issues: Array.from(rows.issues),
      };
    }
    return this.materialised;
  }
}
