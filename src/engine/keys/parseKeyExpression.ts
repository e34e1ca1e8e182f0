/**
 * Key expressions of contract §2: one criterion (`Population`), or a weighted sum
 * `60% Population + 40% Agents` whose weights (in %, decimal comma allowed) sum to
 * exactly 100. Returns the terms, or a French reason for the user.
 */
import { type Q, q, add, eq, sign } from '../numbers/rational';
import { parseNumberText } from '../numbers/parseNumberText';
import { formatExact } from '../numbers/decimalText';
import { normalizeName, trimText } from '../text/normalizeName';

/** One term: weight in percent and criterion name as written. */
export interface KeyTerm {
  readonly percent: Q;
  readonly criterion: string;
}

/** Parsed key, or why it is not one. */
export type ParsedKey = { ok: true; terms: KeyTerm[] } | { ok: false; reason: string };

const TERM = /^([0-9][0-9\s\u00a0\u202f]*(?:[.,][0-9]+)?)\s*%\s*(.+)$/;

/** Parses a key expression. Terms naming the same criterion are merged. */
export function parseKeyExpression(expression: string): ParsedKey {
  const parts = expression.split('+').map(trimText);
  if (parts.some((p) => p === ''))
    return { ok: false, reason: 'un terme est vide (vérifiez les « + »)' };
  const terms: KeyTerm[] = [];
  for (const part of parts) {
    const m = TERM.exec(part);
    if (!m) {
      if (parts.length === 1) return { ok: true, terms: [{ percent: q(100n), criterion: part }] };
      return {
        ok: false,
        reason: `le terme « ${part} » n'a pas de poids en % (écrivez par exemple « 60% Population + 40% Agents »)`,
      };
    }
    const w = parseNumberText(m[1] ?? '', false);
    if (!w.ok || sign(w.value) < 0)
      return { ok: false, reason: `le poids « ${m[1]} % » n'est pas un nombre` };
    const criterion = trimText(m[2] ?? '');
    const same = terms.findIndex((t) => normalizeName(t.criterion) === normalizeName(criterion));
    if (same >= 0) {
      const prev = terms[same] as KeyTerm;
      terms[same] = { percent: add(prev.percent, w.value), criterion: prev.criterion };
    } else terms.push({ percent: w.value, criterion });
  }
  const total = terms.reduce((acc, t) => add(acc, t.percent), q(0n));
  if (!eq(total, q(100n)))
    return {
      ok: false,
      reason: `les poids font ${formatExact(total).replace('.', ',')} % au lieu de 100 %`,
    };
  return { ok: true, terms };
}
