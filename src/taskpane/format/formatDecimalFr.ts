/**
 * French display of the engine's decimal strings ("-1234.5" → "-1 234,50 €") without ever
 * turning them into a binary float: the task pane shows amounts to the cent exactly as the
 * engine computed them, whatever their size, grouped by the engine's `frenchNumber` (the
 * project's one French number formatter; `Intl.NumberFormat` formats decimal strings
 * exactly too but stops at 20 decimals on Node 20).
 */
import { frenchNumber } from '../../engine';

/** Narrow no-break space: the thousands separator of fr-FR (as `Intl.NumberFormat` uses it). */
export const THOUSANDS_SEPARATOR = '\u202f';

/** No-break space between a number and its unit. */
const UNIT_SPACE = '\u00a0';

const DECIMAL_PATTERN = /^([+-]?)(\d+)(?:\.(\d*))?$/;

/**
 * Formats a decimal string in French with at least `minDecimals` decimals (padded with
 * zeros, never rounded: extra decimals are kept). Text that is not a decimal is returned
 * unchanged so that nothing is ever hidden from the user.
 */
export function formatDecimalFr(value: string, minDecimals = 0): string {
  const match = DECIMAL_PATTERN.exec(value.trim());
  if (!match) return value;
  const sign = match[1] === '-' ? '-' : '';
  const integer = (match[2] ?? '0').replace(/^0+(?=\d)/, '');
  const fraction = (match[3] ?? '').padEnd(minDecimals, '0');
  const isZero = /^0*$/.test(integer + fraction);
  return frenchNumber((isZero ? '' : sign) + integer + (fraction ? `.${fraction}` : ''));
}

/** Formats a decimal string as euros, to the cent at least: "1234.5" → "1 234,50 €". */
export function formatEuroFr(value: string): string {
  if (!DECIMAL_PATTERN.test(value.trim())) return value;
  return `${formatDecimalFr(value, 2)}${UNIT_SPACE}€`;
}
