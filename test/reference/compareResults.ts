/**
 * Field-by-field comparison of two §5 result documents (engine vs reference). Decimal
 * strings are compared by value ("12.50" = "12.5"); rows are matched by their natural
 * key (titres by position, since their order is part of the contract). The free-form
 * `liquidation` text and the issues' wording are not compared.
 */
import type { ResultJson } from '../../src/engine/contract/resultJson';

interface TableSpec {
  readonly name: Exclude<keyof ResultJson, 'issues'>;
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
];

/** Canonical text of a decimal string: no leading/trailing zeros, no "-0". */
export function canonicalDecimal(text: string): string {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!m) return `<not a decimal: ${text}>`;
  const int = (m[2] ?? '').replace(/^0+/, '') || '0';
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const sign = m[1] === '-' && !(int === '0' && frac === '') ? '-' : '';
  return `${sign}${int}${frac ? `.${frac}` : ''}`;
}

/** Scenario names are matched like every other name (case, accents, spaces, underscores). */
function matchKey(field: string, value: unknown): string {
  const text = String(value);
  if (field !== 'scenario') return text;
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_]/g, '');
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
export function compareResults(engine: ResultJson, reference: ResultJson, limit = 8): string[] {
  const out: string[] = [];
  for (const spec of SPECS) {
    const a = engine[spec.name] as unknown as Record<string, unknown>[];
    const b = reference[spec.name] as unknown as Record<string, unknown>[];
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
        (spec.key ?? []).map((k) => matchKey(k, row[k])).join(' | ');
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
