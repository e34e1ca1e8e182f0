/**
 * The formulas the preview grid evaluates: a call of a QUOTEPART function, as typed in French
 * Excel, `=QUOTEPART.REPARTIR(B2;C2:C5;0,01)`. Arguments, separated by `;`: a cell or a range
 * (`C2:C5`, `Feuil2!C2:C5`, `'Mes données'!C2`), a number (decimal comma or dot), a text in
 * double quotes, or nothing (an omitted optional argument). Anything else is refused with a
 * French reason: the preview is not a spreadsheet, only a way to try the functions.
 */
import { parseRange, type CellRange } from '../../engine';

/** One argument of a formula. */
export type FormulaArgument =
  | { readonly kind: 'range'; readonly sheet: string | null; readonly range: CellRange }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'omitted' };

/** A parsed formula, or why it is not one the preview evaluates. */
export type ParsedFormula =
  | { readonly ok: true; readonly name: string; readonly args: readonly FormulaArgument[] }
  | { readonly ok: false; readonly reason: string };

const CALL = /^=\s*QUOTEPART\.([A-Za-z][A-Za-z0-9._]*)\s*\(([\s\S]*)\)\s*$/i;
const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;
const REFERENCE = /^(?:(?:'((?:[^']|'')+)'|([^'!;:]+))!)?([A-Za-z]{1,3}\d+(?::[A-Za-z]{1,3}\d+)?)$/;

/** Splits the arguments on `;` outside double quotes. */
function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function parseArgument(raw: string): FormulaArgument | string {
  const text = raw.trim();
  if (text === '') return { kind: 'omitted' };
  if (NUMBER.test(text)) return { kind: 'number', value: Number(text.replace(',', '.')) };
  if (/^"([^"]|"")*"$/.test(text))
    return { kind: 'text', value: text.slice(1, -1).replace(/""/g, '"') };
  const reference = REFERENCE.exec(text);
  const range = reference ? parseRange(reference[3] as string) : null;
  if (reference && range) {
    const sheet = reference[1]?.replace(/''/g, "'") ?? reference[2]?.trim() ?? null;
    return { kind: 'range', sheet, range };
  }
  return `l’argument « ${text} » n’est ni une cellule, ni une plage, ni un nombre, ni un texte entre guillemets`;
}

/** Parses a formula typed in the preview's formula bar. */
export function parseFormula(text: string): ParsedFormula {
  const call = CALL.exec(text.trim());
  if (!call)
    return {
      ok: false,
      reason:
        'l’aperçu n’évalue que les fonctions QUOTEPART, par exemple =QUOTEPART.REPARTIR(B1;C1:C4)',
    };
  const inner = (call[2] as string).trim();
  const args: FormulaArgument[] = [];
  if (inner !== '')
    for (const raw of splitArguments(inner)) {
      const arg = parseArgument(raw);
      if (typeof arg === 'string') return { ok: false, reason: arg };
      args.push(arg);
    }
  return { ok: true, name: (call[1] as string).toUpperCase(), args };
}
