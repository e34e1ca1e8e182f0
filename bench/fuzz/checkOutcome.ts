/**
 * The invariants every run must keep, whatever the input: an accepted run conserves its
 * totals (Σ quote-parts = base per service but for Mise à disposition and `Ligne à
 * ligne`, checks consistent with the quote-parts, comparison totals = Σ quote-parts +
 * fees, titres = positive billed amounts but for the floor and negative amounts, titre
 * lines > 0); a refused run reports errors located on their cell. Returns the violations
 * (empty when all hold), each one line of French.
 */
import type { Problem, RawWorkbook, ResultJson } from '../../src/engine';
import { SUPPORT_CHECK_LABEL } from '../../src/engine/compute/checks';

/** What the checks need to know about the input. */
export interface InputFacts {
  /** `Méthode d'arrondi` is `Ligne à ligne`, or unknown (then the zero-difference check is skipped). */
  readonly lineByLine: boolean;
  /** An `Acomptes` table is present (régularisation: titres are soldes). */
  readonly regularisation: boolean;
}

/** Problems that are about a whole table or the workbook, not one cell. */
const NOT_ON_A_CELL = new Set([
  'TABLE_MANQUANTE',
  'MEMBRES_VIDE',
  'SERVICES_VIDE',
  'EXERCICE_MANQUANT',
  'PORTEUR_MANQUANT',
  'PARTIE_ILLISIBLE',
]);

const key = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s_'’]/g, '')
    .toLowerCase();

/** Reads the facts from the workbook as the reader gave it (conservatively when unsure). */
export function inputFacts(workbook: RawWorkbook | null): InputFacts {
  if (!workbook) return { lineByLine: true, regularisation: true };
  const parametres = workbook.tables.filter((t) => key(t.name) === 'parametres');
  let lineByLine = false;
  for (const t of parametres) {
    for (const row of t.rows) {
      const cells = row.map((c) => (typeof c === 'string' ? key(c) : ''));
      if (
        cells.some((c) => c.includes('lignealigne')) ||
        (cells.some((c) => c.includes('methode')) &&
          !cells.some((c) => c.includes('plusfortsrestes')))
      )
        lineByLine = true;
    }
  }
  return {
    lineByLine,
    regularisation: workbook.tables.some((t) => key(t.name).includes('acompte')),
  };
}

/** A decimal string as an integer count of 10^-12. */
function micro(text: string | null | undefined): bigint {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text ?? '');
  if (!m) throw new Error(`montant illisible : ${String(text)}`);
  const fraction = (m[3] ?? '').padEnd(12, '0').slice(0, 12);
  const value = BigInt(m[2] as string) * 10n ** 12n + BigInt(fraction || '0');
  return m[1] ? -value : value;
}
const sum = (values: Iterable<bigint>): bigint => {
  let total = 0n;
  for (const v of values) total += v;
  return total;
};

/** Errors that say where: on a cell unless the problem is about a table. */
export function locationViolations(
  problems: readonly Pick<Problem, 'severity' | 'code' | 'table' | 'row' | 'column' | 'message'>[],
): string[] {
  const out: string[] = [];
  for (const p of problems) {
    if (!p.table || !p.message) out.push(`problème ${p.code} sans table ou sans message`);
    if (
      p.severity === 'error' &&
      !NOT_ON_A_CELL.has(p.code) &&
      (p.row === null || p.column === null)
    )
      out.push(`erreur ${p.code} non localisée (${p.table}!${p.row ?? '-'}/${p.column ?? '-'})`);
  }
  return out;
}

function checksViolations(json: ResultJson, facts: InputFacts): string[] {
  const out: string[] = [];
  const byPair = new Map<string, bigint>();
  const modelOf = new Map<string, string>();
  for (const q of json.quoteParts) {
    const k = `${q.scenario}\u0000${q.service}`;
    byPair.set(k, (byPair.get(k) ?? 0n) + micro(q.quotePart));
    modelOf.set(q.service, q.model);
  }
  // The `Services supports` row (§6.2) totals the amounts ventilated (Σ V_j), not quote-parts.
  const ventilated = json.ventilationTotals.reduce(
    (sum, v) => (v.received === null ? sum : sum + micro(v.received)),
    0n,
  );
  for (const c of json.checks) {
    const k = `${c.scenario}\u0000${c.service}`;
    const total = c.service === SUPPORT_CHECK_LABEL ? ventilated : (byPair.get(k) ?? 0n);
    if (total !== micro(c.total))
      out.push(`contrôle ${c.scenario}/${c.service} : total ${c.total} ≠ Σ quote-parts`);
    if (micro(c.difference) !== micro(c.total) - micro(c.base))
      out.push(`contrôle ${c.scenario}/${c.service} : écart ${c.difference} ≠ total − base`);
    if (
      !facts.lineByLine &&
      modelOf.get(c.service) !== 'mise-a-disposition' &&
      micro(c.difference) !== 0n
    )
      out.push(`${c.scenario}/${c.service} : Σ quote-parts ≠ base (${c.difference})`);
  }
  return out;
}

function comparisonViolations(json: ResultJson): string[] {
  const out: string[] = [];
  const totals = new Map<string, bigint>();
  for (const q of json.quoteParts) {
    const k = `${q.scenario}\u0000${q.member}`;
    totals.set(k, (totals.get(k) ?? 0n) + micro(q.quotePart) + micro(q.fee));
  }
  for (const c of json.comparison) {
    if ((totals.get(`${c.scenario}\u0000${c.member}`) ?? 0n) !== micro(c.total))
      out.push(`comparaison ${c.member}/${c.scenario} : total ${c.total} ≠ Σ quote-parts + frais`);
  }
  return out;
}

function titresViolations(json: ResultJson, facts: InputFacts): string[] {
  const out: string[] = [];
  for (const t of json.titres)
    if (micro(t.amount) <= 0n) out.push(`ligne de titre ${t.number}/${t.line} ≤ 0 (${t.amount})`);
  for (const r of json.reductions)
    if (micro(r.amount) <= 0n) out.push(`réduction ${r.debtor}/${r.service} ≤ 0 (${r.amount})`);
  if (facts.regularisation) return out;
  const flagged = new Set(
    json.issues
      .filter((i) => i.code === 'TITRE_SOUS_SEUIL' || i.code === 'MONTANT_FACTURE_NEGATIF')
      .map((i) => i.value ?? ''),
  );
  const billed = new Map<string, bigint>();
  for (const q of json.quoteParts) {
    if (q.scenario !== 'Référence') continue;
    const b = micro(q.billed);
    if (b > 0n) billed.set(q.member, (billed.get(q.member) ?? 0n) + b);
  }
  const titred = new Map<string, bigint>();
  for (const t of json.titres) titred.set(t.debtor, (titred.get(t.debtor) ?? 0n) + micro(t.amount));
  for (const debtor of new Set([...billed.keys(), ...titred.keys()])) {
    const b = billed.get(debtor) ?? 0n;
    const t = titred.get(debtor) ?? 0n;
    if (t > b) out.push(`titres de ${debtor} (${t}) > montants facturés (${b})`);
    else if (
      t < b &&
      !flagged.has(debtor) &&
      json.issues.every(
        (i) => !(i.code === 'MONTANT_FACTURE_NEGATIF' && i.message.includes(debtor)),
      )
    )
      out.push(`titres de ${debtor} < montants facturés sans avertissement`);
  }
  if (sum(titred.values()) > sum(billed.values())) out.push('Σ titres > Σ montants facturés');
  return out;
}

/** Every invariant of an accepted run's JSON. */
export function acceptedViolations(json: ResultJson, facts: InputFacts): string[] {
  const out: string[] = [];
  if (json.issues.some((i) => i.severity === 'error'))
    out.push('exécution acceptée malgré des erreurs');
  try {
    out.push(
      ...checksViolations(json, facts),
      ...comparisonViolations(json),
      ...titresViolations(json, facts),
      ...locationViolations(json.issues),
    );
  } catch (error) {
    out.push(`JSON illisible : ${error instanceof Error ? error.message : String(error)}`);
  }
  return out;
}
