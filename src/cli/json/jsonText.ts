/**
 * The text `JSON.stringify(value, null, 2)` gives for the pieces of the `--json` document,
 * written directly for its rows (flat objects of strings, numbers and nulls: several times
 * faster than stringify-then-reindent on a million rows). Used by the main thread (whole
 * documents, irregular rows) and by the JSON worker (rows sent as values).
 */

/** `JSON.stringify(value, null, 2)` with every line after the first prefixed. */
export function indented(value: unknown, prefix: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${prefix}`);
}

/** Whether JSON.stringify writes a value as itself (no nesting, no `null` in its place). */
export function isScalar(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

// Characters JSON.stringify escapes: quote, backslash, controls, lone surrogates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const JSON_ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** `JSON.stringify(text)`, without the call for the common text that needs no escape. */
export function jsonString(text: string): string {
  return JSON_ESCAPED.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/** `\n      "key": `: what precedes a row's value of `key`, in a row indented by four spaces. */
export function fieldPrefix(key: string): string {
  return `\n      ${JSON.stringify(key)}: `;
}

/** `fieldPrefix` for each key met, built once. */
const fieldPrefixes = new Map<string, string>();

function cachedFieldPrefix(key: string): string {
  let prefix = fieldPrefixes.get(key);
  if (prefix === undefined) {
    prefix = fieldPrefix(key);
    fieldPrefixes.set(key, prefix);
  }
  return prefix;
}

/** A scalar row value's text (`isScalar(value)` holds). */
export function scalarText(value: unknown): string {
  return typeof value === 'string' ? jsonString(value) : String(value);
}

/** A row's text from the texts of its fields (`,` + prefix + value each), as JSON.stringify closes it. */
export function closedRow(fields: string): string {
  return fields === '' ? '{}' : `{${fields}\n    }`;
}

/**
 * An array element as `JSON.stringify(item, null, 2)` indented by four spaces: flat rows
 * written directly, anything else through JSON.stringify.
 */
export function elementText(item: unknown): string {
  if (item === null || typeof item !== 'object' || Array.isArray(item))
    return item === undefined ? 'null' : indented(item, '    ');
  const record = item as Record<string, unknown>;
  let text = '';
  for (const key in record) {
    const value = record[key];
    if (value === undefined || typeof value === 'function') continue;
    if (!isScalar(value)) return indented(item, '    ');
    text += (text === '' ? '' : ',') + cachedFieldPrefix(key) + scalarText(value);
  }
  return closedRow(text);
}
