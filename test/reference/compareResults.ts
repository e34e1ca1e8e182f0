/**
 * Field-by-field comparison of two §5 result documents (engine vs reference). Decimal
 * strings are compared by value ("12.50" = "12.5"); rows are matched by their natural
 * key (titres by position, since their order is part of the contract). The free-form
 * `liquidation` text and the issues' wording are not compared.
 *
 * With contract §6 parts enabled (`v11`), it also compares the §6 JSON tables of those
 * parts, checks that the engine reports every §6 problem of the reference at the same
 * place (severity, table, row), and that each titre's base de liquidation quotes what §6
 * says it must (the service's `Convention`, the support costs received).
 */
import type { ResultJson } from '../../src/engine/contract/resultJson';
import type { V11Part } from './engineV11';

/** The §5 document with the §6 tables (absent from an engine without v1.1). */
type Tables = Omit<ResultJson, 'issues'> & {
  ventilation?: unknown[];
  ventilationTotals?: unknown[];
  coalitions?: unknown[];
  evolution?: unknown[];
};

interface TableSpec {
  readonly name: keyof Tables;
  /** The §6 part that brings this table (compared only when enabled). */
  readonly part?: V11Part;
  /** Key fields; null: rows are compared by position. */
  readonly key: readonly string[] | null;
  readonly fields: readonly string[];
  readonly decimals: readonly string[];
}

const SPECS: readonly TableSpec[] = [
  {
    name: 'quoteParts',
    key: ['scenario', 'service', 'member'],
    fields: ['model', 'share', 'unitCost', 'quotePart', 'fee', 'billed', 'settlement'],
    decimals: ['share', 'unitCost', 'quotePart', 'fee', 'billed'],
  },
  {
    name: 'titres',
    key: null,
    fields: ['number', 'line', 'period', 'debtor', 'service', 'account', 'amount'],
    decimals: ['amount'],
  },
  { name: 'reductions', key: ['debtor', 'service'], fields: ['amount'], decimals: ['amount'] },
  {
    name: 'compensation',
    key: ['member'],
    fields: ['before', 'imputed', 'after'],
    decimals: ['before', 'imputed', 'after'],
  },
  {
    name: 'comparison',
    key: ['member', 'scenario'],
    fields: ['total', 'delta', 'standalone', 'gain'],
    decimals: ['total', 'delta', 'standalone', 'gain'],
  },
  {
    name: 'checks',
    key: ['scenario', 'service'],
    fields: ['base', 'total', 'difference'],
    decimals: ['base', 'total', 'difference'],
  },
  {
    name: 'ventilation',
    part: 'supports',
    key: ['support', 'service'],
    fields: ['weight', 'share', 'amount'],
    decimals: ['weight', 'share', 'amount'],
  },
  {
    name: 'ventilationTotals',
    part: 'supports',
    key: ['service'],
    fields: ['direct', 'total', 'received'],
    decimals: ['direct', 'total', 'received'],
  },
  {
    name: 'coalitions',
    part: 'coalitions',
    key: ['scenario', 'group'],
    fields: ['members', 'total', 'standalone', 'gain', 'stable'],
    decimals: ['total', 'standalone', 'gain'],
  },
  {
    name: 'evolution',
    part: 'historique',
    key: ['member', 'service'],
    fields: ['previous', 'current', 'delta', 'percent'],
    decimals: ['previous', 'current', 'delta', 'percent'],
  },
];

/** Names are matched like the contract matches them (case, accents, spaces, underscores). */
function contractName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\u2019/g, "'")
    .toLowerCase()
    .replace(/[\s_]/g, '');
}

/** Canonical text of a decimal string: no leading/trailing zeros, no "-0". */
export function canonicalDecimal(text: string): string {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!m) return `<not a decimal: ${text}>`;
  const int = (m[2] ?? '').replace(/^0+/, '') || '0';
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const sign = m[1] === '-' && !(int === '0' && frac === '') ? '-' : '';
  return `${sign}${int}${frac ? `.${frac}` : ''}`;
}

/** Scenario names (and §6 keys: groups, services of `evolution`) are matched like every other name. */
function matchKey(field: string, value: unknown): string {
  const text = String(value);
  if (!['scenario', 'group', 'service'].includes(field)) return text;
  return field === 'service' ? text : contractName(text);
}

/** A key field of a §6 table: service names are matched as the contract matches them. */
function keyValue(spec: TableSpec, field: string, value: unknown): string {
  if (spec.part && field === 'service') return contractName(String(value));
  return matchKey(field, value);
}

function comparable(spec: TableSpec, field: string, value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (spec.decimals.includes(field) && typeof value === 'string') return canonicalDecimal(value);
  if (field === 'scenario') return matchKey(field, value);
  return String(value);
}

function rowText(row: Record<string, unknown> | undefined, spec: TableSpec): string {
  if (!row) return '(none)';
  const fields = [...(spec.key ?? []), ...spec.fields];
  return fields.map((f) => `${f}=${JSON.stringify(row[f])}`).join(' ');
}

/**
 * Differences between `engine` and `reference`, as readable lines (empty: they agree).
 * At most `limit` lines per table.
 */
export function compareResults(
  engine: ResultJson,
  reference: ResultJson,
  limit = 8,
  v11: readonly V11Part[] = [],
): string[] {
  const out: string[] = [];
  for (const spec of SPECS) {
    if (spec.part && !v11.includes(spec.part)) continue;
    const a = ((engine as Tables)[spec.name] ?? []) as Record<string, unknown>[];
    const b = ((reference as Tables)[spec.name] ?? []) as Record<string, unknown>[];
    if (spec.part && !(spec.name in engine)) {
      out.push(`${spec.name}: missing from the engine's JSON`);
      continue;
    }
    const diffs: string[] = [];
    const fieldDiffs = (
      ra: Record<string, unknown>,
      rb: Record<string, unknown>,
      label: string,
    ): void => {
      const bad = spec.fields.filter(
        (f) => comparable(spec, f, ra[f]) !== comparable(spec, f, rb[f]),
      );
      if (bad.length) {
        diffs.push(
          `${spec.name}${label}: ${bad.map((f) => `${f} engine=${JSON.stringify(ra[f])} reference=${JSON.stringify(rb[f])}`).join('; ')}`,
        );
      }
    };
    if (spec.key === null) {
      if (a.length !== b.length)
        diffs.push(`${spec.name}: engine has ${a.length} rows, reference ${b.length}`);
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const ra = a[i];
        const rb = b[i];
        if (!ra || !rb) {
          diffs.push(
            `${spec.name}[${i}]: engine ${rowText(ra, spec)} | reference ${rowText(rb, spec)}`,
          );
          continue;
        }
        fieldDiffs(ra, rb, `[${i}] (reference ${rowText(rb, spec)})`);
      }
    } else {
      const keyOf = (row: Record<string, unknown>): string =>
        (spec.key ?? []).map((k) => keyValue(spec, k, row[k])).join(' | ');
      const mapA = new Map(a.map((row) => [keyOf(row), row]));
      const mapB = new Map(b.map((row) => [keyOf(row), row]));
      if (mapA.size !== a.length) diffs.push(`${spec.name}: engine has duplicate keys`);
      for (const [k, rb] of mapB) {
        const ra = mapA.get(k);
        if (!ra)
          diffs.push(`${spec.name}[${k}]: missing in engine (reference ${rowText(rb, spec)})`);
        else fieldDiffs(ra, rb, `[${k}]`);
      }
      for (const [k, ra] of mapA)
        if (!mapB.has(k)) diffs.push(`${spec.name}[${k}]: extra in engine (${rowText(ra, spec)})`);
    }
    out.push(...diffs.slice(0, limit));
    if (diffs.length > limit) out.push(`${spec.name}: … ${diffs.length - limit} more differences`);
  }
  return out;
}

/** A problem of the reference that comes from a §6 rule (`_v11`: its part). */
type RefIssue = ResultJson['issues'][number] & { _v11?: V11Part };

/** Reference codes whose location the contract leaves open (§6.2: "an error naming them"). */
const LOCATION_FREE_CODES = new Set(['VENTILATION_SINGULIERE', 'SUPPORT_SANS_RECEVEUR']);

/** The support names a reference message gives before « : » or after « supports ». */
function supportNames(message: string): string[] {
  const many = /services supports (.+?) ne se ventilent/.exec(message);
  if (many) return (many[1] as string).split(', ');
  return [message.split(' : ')[0] as string];
}

/**
 * §6 problems of the reference (of the enabled parts; errors only when `errorsOnly`)
 * that the engine does not report with the same severity, table and row
 * (or, for the codes whose place §6.2 leaves open, by an error naming the same supports).
 */
export function missingV11Issues(
  engine: ResultJson,
  reference: ResultJson,
  v11: readonly V11Part[],
  errorsOnly: boolean,
): string[] {
  const place = (i: { severity: string; table: string; row: number | null }): string =>
    `${i.severity} ${contractName(i.table)} ${String(i.row ?? null)}`;
  const engineAt = new Set(engine.issues.map(place));
  // §6.2 says only that these errors name the support services, not which cell carries
  // them: any error of the engine on `Services` or `Ventilations` naming each support counts.
  const namesSupports = (i: RefIssue): boolean =>
    LOCATION_FREE_CODES.has(i.code) &&
    engine.issues.some(
      (e) =>
        e.severity === i.severity &&
        [contractName('Services'), contractName('Ventilations')].includes(contractName(e.table)) &&
        supportNames(i.message).every((n) => e.message.includes(n)),
    );
  return (reference.issues as RefIssue[])
    .filter((i) => i._v11 && v11.includes(i._v11) && (!errorsOnly || i.severity === 'error'))
    .filter((i) => !engineAt.has(place(i)) && !namesSupports(i))
    .map(
      (i) =>
        `issues: engine has no ${i.severity} at ${i.table} row ${String(i.row)} (reference ${i.code}: ${i.message})`,
    );
}

/** Titre lines whose base de liquidation lacks a text §6 requires (reference `_mustContain`). */
export function missingLiquidationTexts(
  engine: ResultJson,
  reference: ResultJson,
  v11: readonly V11Part[],
): string[] {
  const out: string[] = [];
  reference.titres.forEach((t, i) => {
    const must = (t as { _mustContain?: [V11Part, string][] })._mustContain ?? [];
    const text = contractName(engine.titres[i]?.liquidation ?? '');
    for (const [part, needed] of must)
      if (v11.includes(part) && !text.includes(contractName(needed)))
        out.push(
          `titres[${i}] (${t.debtor} / ${t.service}): liquidation lacks « ${needed} »: ${engine.titres[i]?.liquidation ?? '(none)'}`,
        );
  });
  return out.slice(0, 8);
}
