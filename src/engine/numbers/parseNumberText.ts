/**
 * Numbers typed as text, French or English form (§1): `1234.5`, `1 234,50`, `1 234,50 €`
 * (normal, non-breaking or narrow non-breaking space between thousands), `12 %` where a
 * rate is expected. A comma is always the decimal mark; a dot is one only when there is
 * no comma; text with both is refused.
 */
import { type Q, q, div } from './rational';
import { parseDecimal } from './decimalText';

/** Why a text is not a number. */
export type NumberTextError = 'not-a-number' | 'comma-and-dot' | 'percent-not-allowed';

/** Result of parsing a text cell as a number. */
export type NumberTextResult = { ok: true; value: Q } | { ok: false; error: NumberTextError };

const SPACES = /[\s\u00a0\u202f]/g;
const HAS_SPACE = /[\s\u00a0\u202f]/;

/** Parses a text cell; `allowPercent` where the column holds a rate. */
export function parseNumberText(text: string, allowPercent: boolean): NumberTextResult {
  let t = text.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '').replace(/\u2212/g, '-');
  let percent = false;
  if (t.endsWith('%')) {
    if (!allowPercent) return { ok: false, error: 'percent-not-allowed' };
    percent = true;
    t = t.slice(0, -1).trimEnd();
  } else if (t.endsWith('€')) {
    t = t.slice(0, -1).replace(/[\s\u00a0\u202f]+$/, '');
  }
  if (t.includes(',') && t.includes('.')) return { ok: false, error: 'comma-and-dot' };
  if (HAS_SPACE.test(t)) {
    // spaces allowed only as thousands separators: 1 234 567,89
    if (!/^[+-]?\d{1,3}([\s\u00a0\u202f]\d{3})+([.,]\d*)?$/.test(t))
      return { ok: false, error: 'not-a-number' };
    t = t.replace(SPACES, '');
  }
  if ((t.match(/,/g) ?? []).length > 1 || (t.match(/\./g) ?? []).length > 1)
    return { ok: false, error: 'not-a-number' };
  t = t.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return { ok: false, error: 'not-a-number' };
  const value = parseDecimal(t);
  if (!value) return { ok: false, error: 'not-a-number' };
  return { ok: true, value: percent ? div(value, q(100n)) : value };
}
