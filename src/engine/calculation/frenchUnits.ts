/**
 * A quantity with its unit in French: `412 heures`, `1,5 heure`, `9 850 Go`. French puts
 * the noun in the plural from 2 on; the unit's first word takes the `s` (`postes de
 * travail`), unless it already ends in s, x or z or is an abbreviation (`Go`, `ETP`,
 * `kWh`: short, or with a capital after its first letter, or a dot).
 */
import { parseDecimal } from '../numbers/decimalText';
import { frenchNumber } from '../numbers/formatMoney';

function isAbbreviation(word: string): boolean {
  return word.length <= 2 || /[A-Z.]/.test(word.slice(1));
}

/** The plural of a unit name (`heure` → `heures`, `poste de travail` → `postes de travail`). */
export function pluralUnit(unit: string): string {
  const space = unit.indexOf(' ');
  const first = space < 0 ? unit : unit.slice(0, space);
  if (first === '' || isAbbreviation(first) || /[sxz]$/i.test(first)) return unit;
  return `${first}s${space < 0 ? '' : unit.slice(space)}`;
}

/** `quantity unit`, the unit in the plural when |quantity| ≥ 2 (`quantity` is a decimal string). */
export function frenchUnits(quantity: string, unit: string): string {
  const v = parseDecimal(quantity);
  const plural = v !== null && (v.n < 0n ? -v.n : v.n) >= 2n * v.d;
  const name = plural ? pluralUnit(unit) : unit;
  return name === '' ? frenchNumber(quantity) : `${frenchNumber(quantity)} ${name}`;
}
