/**
 * Random mutations of a valid xlsx package at the XML and byte level: a cell's XML
 * rewritten (junk text, non-numeric `<v>`, out-of-range shared string index, error,
 * boolean, ISO date cell, formula without value, removed), a `<row>` duplicated or
 * deleted, a shared string replaced, a table's range or column name changed, a part
 * deleted or truncated (malformed XML), a sheet entry removed, bytes of the zip flipped.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { SeededRandom } from '../../test/reference/seededRandom';
import { randomCell } from './mutateRaw';

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Spots of `pattern` in `text` (start and end offsets). */
function spots(text: string, pattern: RegExp): { start: number; end: number; match: string }[] {
  const out: { start: number; end: number; match: string }[] = [];
  for (const m of text.matchAll(pattern))
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, match: m[0] });
  return out;
}

function replaceOne(
  r: SeededRandom,
  text: string,
  pattern: RegExp,
  make: (match: string) => string,
): { text: string; done: boolean } {
  const found = spots(text, pattern);
  if (found.length === 0) return { text, done: false };
  const spot = r.pick(found);
  return { text: text.slice(0, spot.start) + make(spot.match) + text.slice(spot.end), done: true };
}

function newCellXml(r: SeededRandom, ref: string): string {
  const roll = r.int(0, 8);
  if (roll === 0) return `<c r="${ref}" t="s"><v>${r.int(0, 99999)}</v></c>`;
  if (roll === 1)
    return `<c r="${ref}"><v>${r.pick(['abc', '1,5', '', 'NaN', '1e999', '-'])}</v></c>`;
  if (roll === 2)
    return `<c r="${ref}" t="d"><v>${r.pick(['2026-07-01T00:00:00', '2026-13-01', 'hier'])}</v></c>`;
  if (roll === 3) return `<c r="${ref}"><f>SUM(A1:A2)</f></c>`;
  if (roll === 4)
    return `<c r="${ref}" t="str"><f>A1</f><v>${r.pick(['texte', '12,5', ''])}</v></c>`;
  if (roll === 5) return '';
  const cell = randomCell(r);
  if (cell === null) return `<c r="${ref}"/>`;
  if (typeof cell === 'string')
    return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`;
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? `<c r="${ref}"><v>${cell}</v></c>` : `<c r="${ref}"/>`;
  if (typeof cell === 'boolean') return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  if (cell.kind === 'error') return `<c r="${ref}" t="e"><v>${escapeXml(cell.code)}</v></c>`;
  return `<c r="${ref}" s="${r.int(0, 30)}"><v>${r.int(-10, 80000)}</v></c>`;
}

type PartEdit = (r: SeededRandom, parts: Map<string, string>) => string | null;

const sheetParts = (parts: Map<string, string>): string[] =>
  [...parts.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));

const EDITS: readonly PartEdit[] = [
  function cell(r, parts) {
    const name = r.pick(sheetParts(parts));
    const { text, done } = replaceOne(
      r,
      parts.get(name) ?? '',
      /<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>.*?<\/c>)/g,
      (m) => newCellXml(r, /r="([A-Z]+\d+)"/.exec(m)?.[1] ?? 'A1'),
    );
    parts.set(name, text);
    return done ? `${name} : cellule réécrite` : null;
  },
  function row(r, parts) {
    const name = r.pick(sheetParts(parts));
    const duplicate = r.chance(0.5);
    const { text, done } = replaceOne(r, parts.get(name) ?? '', /<row [^>]*>.*?<\/row>/g, (m) =>
      duplicate ? m + m : '',
    );
    parts.set(name, text);
    return done ? `${name} : ligne ${duplicate ? 'dupliquée' : 'supprimée'}` : null;
  },
  function sharedString(r, parts) {
    const xml = parts.get('xl/sharedStrings.xml');
    if (xml === undefined) return null;
    const junk = randomCell(r);
    const { text, done } = replaceOne(
      r,
      xml,
      /<t(?: [^>]*)?>[^<]*<\/t>/g,
      () => `<t>${escapeXml(String(junk))}</t>`,
    );
    parts.set('xl/sharedStrings.xml', text);
    return done ? `texte partagé → ${String(junk).slice(0, 30)}` : null;
  },
  function tableRange(r, parts) {
    const tables = [...parts.keys()].filter((n) => n.startsWith('xl/tables/'));
    if (tables.length === 0) return null;
    const name = r.pick(tables);
    const delta = r.pick([-3, -1, 1, 5]);
    parts.set(
      name,
      (parts.get(name) ?? '').replace(
        / ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g,
        (_, a: string, b: string, c: string, d: string) =>
          ` ref="${a}${b}:${c}${Math.max(Number(b), Number(d) + delta)}"`,
      ),
    );
    return `${name} : plage ${delta > 0 ? '+' : ''}${delta} lignes`;
  },
  function tableColumn(r, parts) {
    const tables = [...parts.keys()].filter((n) => n.startsWith('xl/tables/'));
    if (tables.length === 0) return null;
    const name = r.pick(tables);
    const { text, done } = replaceOne(
      r,
      parts.get(name) ?? '',
      /<tableColumn [^>]*name="[^"]*"/g,
      (m) =>
        m.replace(
          /name="[^"]*"/,
          `name="${r.pick(['Montnat', 'Membre', 'MONTANT', '', 'Colonne1'])}"`,
        ),
    );
    parts.set(name, text);
    return done ? `${name} : colonne renommée` : null;
  },
  function deletePart(r, parts) {
    const name = r.pick([...parts.keys()].filter((n) => n !== '[Content_Types].xml'));
    parts.delete(name);
    return `partie ${name} supprimée`;
  },
  function truncatePart(r, parts) {
    const name = r.pick([...parts.keys()].filter((n) => n.endsWith('.xml') || n.endsWith('.rels')));
    const xml = parts.get(name) ?? '';
    parts.set(name, xml.slice(0, r.int(0, xml.length)));
    return `partie ${name} tronquée`;
  },
  function removeSheet(r, parts) {
    const { text, done } = replaceOne(
      r,
      parts.get('xl/workbook.xml') ?? '',
      /<sheet [^>]*\/>/g,
      () => '',
    );
    parts.set('xl/workbook.xml', text);
    return done ? 'feuille retirée de workbook.xml' : null;
  },
];

/** Applies 1 or 2 XML-level edits, then sometimes flips bytes of the zip; returns the bytes and what was done. */
export function mutateXlsxBytes(
  bytes: Uint8Array,
  r: SeededRandom,
): { bytes: Uint8Array; mutations: string[] } {
  const entries = unzipSync(bytes);
  const parts = new Map(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]));
  const mutations: string[] = [];
  const count = r.int(1, 2);
  for (let k = 0; k < count; k += 1) {
    const done = r.pick(EDITS)(r, parts);
    if (done) mutations.push(done);
  }
  const zippable: Zippable = {};
  for (const [name, text] of parts)
    zippable[name] = [strToU8(text), { mtime: new Date(2026, 0, 1) }];
  let out = zipSync(zippable, { level: 1 });
  if (r.chance(0.08)) {
    out = out.slice();
    for (let k = r.int(1, 4); k > 0; k -= 1) {
      const at = r.int(0, out.length - 1);
      out[at] = (out[at] ?? 0) ^ (1 << r.int(0, 7));
    }
    mutations.push('octets du zip inversés');
  }
  return { bytes: out, mutations };
}
