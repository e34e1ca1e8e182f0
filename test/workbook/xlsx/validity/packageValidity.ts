/**
 * The validity harness: checks an xlsx package the way a strict consumer would, with
 * tools independent of QuotePart's writer.
 *
 * - every XML part parses with a namespace-aware parser (`xmllint --noout --nonet`: an
 *   undeclared prefix is an error);
 * - every SpreadsheetML part (workbook, sheets, tables, styles, shared strings…), every
 *   drawing, chart, content types, relationships and custom properties part validates against the vendored
 *   ECMA-376 Transitional XSDs (`xmllint --schema`, offline), after Markup Compatibility
 *   preprocessing (see markupCompatibility.ts);
 * - table ids and names are unique across the workbook and differ from defined names;
 *   each table's header cells equal its column names;
 * - every part has a content type, no Override is repeated or points at nothing, every
 *   relationship target exists and every part is reached by a relationship.
 *
 * With the input package given, the package-structure checks apply to the parts the
 * writer added or changed only (a part copied byte for byte is the input's business);
 * parsing and schema checks apply to every part, but a schema error the input's own
 * part has too (Excel 2007's `mergeCell` alignment attribute, `xml:space` on a header,
 * an XML map's embedded schema: real Excel files are not all schema-valid) is inherited,
 * not a failure; so is an Override of a missing part, or a dangling relationship, that
 * the input had.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parseSharedStrings } from '../../../../src/workbook/xlsx/read/sharedStringsPart';
import { parseSheetPart } from '../../../../src/workbook/xlsx/read/sheetPart';
import { parseTablePart } from '../../../../src/workbook/xlsx/read/tablePart';
import { resolveTarget } from '../../../../src/workbook/xlsx/zip/partNames';
import { preprocessForSchema } from './markupCompatibility';
import { xmllint, type Diagnostic } from './xmllintRun';

/** Folder of the vendored ECMA-376 Transitional schemas. */
export const SCHEMA_DIR = resolve(__dirname, '../schemas/ecma-376-transitional');

const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  drawing: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
  relationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
  customProperties: 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties',
} as const;

/** Schema of each root namespace checked. */
const SCHEMA_OF: Readonly<Record<string, string>> = {
  [NS.main]: 'sml.xsd',
  [NS.drawing]: 'dml-spreadsheetDrawing.xsd',
  [NS.chart]: 'dml-chart.xsd',
  [NS.contentTypes]: 'opc-contentTypes.xsd',
  [NS.relationships]: 'opc-relationships.xsd',
  [NS.customProperties]: 'shared-documentPropertiesCustom.xsd',
};

/** Content type a part must have, by the local name of its root element (SpreadsheetML, DrawingML). */
const CONTENT_TYPE_OF_ROOT: Readonly<Record<string, RegExp>> = {
  worksheet: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.worksheet\+xml$/,
  workbook:
    /^application\/vnd\.(openxmlformats-officedocument\.spreadsheetml\.(sheet|template)\.main|ms-excel\.(sheet|template)\.macroEnabled\.main)\+xml$/,
  table: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.table\+xml$/,
  styleSheet: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.styles\+xml$/,
  sst: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sharedStrings\+xml$/,
  wsDr: /^application\/vnd\.openxmlformats-officedocument\.drawing\+xml$/,
  chartSpace: /^application\/vnd\.openxmlformats-officedocument\.drawingml\.chart\+xml$/,
  Properties:
    /^application\/vnd\.openxmlformats-officedocument\.(custom|extended)-properties\+xml$/,
};

const TABLE_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';

/** What the harness found in one package. */
export interface ValidityReport {
  /** Entries of the package. */
  readonly parts: number;
  /** XML parts parsed namespace-aware. */
  readonly parsed: number;
  /** Parts validated against a schema. */
  readonly schemaValidated: number;
  /** Problems, each naming its part; empty when the package is valid. */
  readonly failures: string[];
}

function isXmlPart(name: string): boolean {
  return /\.(xml|rels|vml)$/i.test(name) || name === '[Content_Types].xml';
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return match === null ? null : (match[2] ?? match[3] ?? null);
}

function unescapeXml(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Root element's namespace URI (from its prefix and its own declarations). */
function rootNamespace(xml: string): string | null {
  const root = /<([A-Za-z_][^\s/>]*)([^>]*)>/.exec(
    xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''),
  );
  if (root === null) return null;
  const qualified = root[1] as string;
  const colon = qualified.indexOf(':');
  const declaration = colon < 0 ? 'xmlns' : `xmlns:${qualified.substring(0, colon)}`;
  return attribute(root[0], declaration.replace(':', '\\:'));
}

function writeTree(root: string, files: ReadonlyMap<string, string | Uint8Array>): string[] {
  const written: string[] = [];
  let n = 0;
  for (const [name, text] of files) {
    // Flat, safe file names (part names may hold brackets, spaces, non-ASCII).
    const file = `p${n++}.xml`;
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
    written.push(file);
    void name;
  }
  return written;
}

/** A part's text: UTF-16 when it starts with a byte order mark (customXml items), else UTF-8. */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return strFromU8(bytes);
}

/** Local name of a part's root element. */
function rootLocalName(xml: string): string | null {
  const root = /<(?:[\w.-]+:)?([\w.-]+)[\s/>]/.exec(
    xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''),
  );
  return root === null ? null : (root[1] as string);
}

/** The first diagnostics, for a failure line. */
function shown(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .slice(0, 3)
    .map((d) => d.text)
    .join(' | ');
}

/** Validates parts against a schema; returns the diagnostics of the invalid ones, by part. */
function validate(
  dir: string,
  schema: string,
  parts: ReadonlyMap<string, string>,
): Map<string, Diagnostic[]> {
  const invalid = new Map<string, Diagnostic[]>();
  if (parts.size === 0) return invalid;
  const files = writeTree(dir, parts);
  const part = new Map(files.map((file, i) => [file, [...parts.keys()][i] as string]));
  for (const [file, diagnostics] of xmllint(['--schema', join(SCHEMA_DIR, schema)], files, dir))
    invalid.set(part.get(file) ?? file, diagnostics);
  return invalid;
}

/** Checks a package (see the file comment); `input`, when given, is the package it was written from. */
export function checkPackage(bytes: Uint8Array, input?: Uint8Array): ValidityReport {
  const failures: string[] = [];
  const entries = unzipSync(bytes);
  const names = Object.keys(entries).filter((n) => !n.endsWith('/'));
  const byKey = new Map(names.map((n) => [n.toLowerCase(), n]));
  const inputEntries = input === undefined ? null : unzipSync(input);
  const isNewOrChanged = (name: string): boolean => {
    if (inputEntries === null) return true;
    const before = inputEntries[name];
    const after = entries[name] as Uint8Array;
    return before === undefined || Buffer.compare(Buffer.from(before), Buffer.from(after)) !== 0;
  };
  const text = new Map<string, string>();
  for (const name of names)
    if (isXmlPart(name)) text.set(name, decodeXml(entries[name] as Uint8Array));

  // 1. Namespace-aware parsing of every XML part.
  const work = mkdtempSync(join(tmpdir(), 'qp-validity-'));
  try {
    const rawDir = join(work, 'raw');
    // The bytes as stored: xmllint reads the encoding (UTF-16 customXml parts) itself.
    const rawFiles = writeTree(
      rawDir,
      new Map([...text.keys()].map((name) => [name, entries[name] as Uint8Array])),
    );
    const partOfFile = new Map(rawFiles.map((file, i) => [file, [...text.keys()][i] as string]));
    for (const [file, diagnostics] of xmllint([], rawFiles, rawDir))
      failures.push(`${partOfFile.get(file) ?? file} : XML mal formé : ${shown(diagnostics)}`);

    // 2. Schema validation, one xmllint run per schema. With the input given, an error the
    // input's own part has too (an Excel 2007 attribute the final schema dropped, an
    // embedded XML map schema) is the input's, copied with it: only new errors fail.
    const bySchema = new Map<string, Map<string, string>>();
    for (const [name, xml] of text) {
      const schema = SCHEMA_OF[rootNamespace(xml) ?? ''];
      if (schema === undefined) continue;
      const group = bySchema.get(schema) ?? new Map<string, string>();
      group.set(name, preprocessForSchema(xml));
      bySchema.set(schema, group);
    }
    let schemaValidated = 0;
    for (const [schema, group] of bySchema) {
      const invalid = validate(join(work, schema), schema, group);
      schemaValidated += group.size;
      const before = new Map<string, string>();
      for (const name of invalid.keys()) {
        const original = inputEntries?.[name];
        if (original !== undefined) before.set(name, preprocessForSchema(decodeXml(original)));
      }
      const inherited = validate(join(work, `input-${schema}`), schema, before);
      for (const [name, diagnostics] of invalid) {
        const old = inherited.get(name);
        const fresh =
          old === undefined && !before.has(name)
            ? diagnostics
            : diagnostics.filter((d) => !(old ?? []).some((o) => o.message === d.message));
        if (
          fresh.length > 0 ||
          (diagnostics.length === 0 && !inherited.has(name) && !before.has(name))
        )
          failures.push(`${name} : non conforme à ${schema} : ${shown(fresh)}`);
      }
    }

    // 3. Content types.
    const contentTypes = text.get('[Content_Types].xml') ?? '';
    const defaults = new Map<string, string>();
    for (const tag of contentTypes.match(/<([\w]+:)?Default\b[^>]*>/g) ?? [])
      defaults.set(
        (attribute(tag, 'Extension') ?? '').toLowerCase(),
        attribute(tag, 'ContentType') ?? '',
      );
    const inputOverrides = new Set<string>();
    const inputContentTypes = inputEntries?.['[Content_Types].xml'];
    for (const tag of (inputContentTypes === undefined ? '' : strFromU8(inputContentTypes)).match(
      /<([\w]+:)?Override\b[^>]*>/g,
    ) ?? [])
      inputOverrides.add(
        unescapeXml(attribute(tag, 'PartName') ?? '')
          .replace(/^\//, '')
          .toLowerCase(),
      );
    const overrides = new Map<string, string>();
    for (const tag of contentTypes.match(/<([\w]+:)?Override\b[^>]*>/g) ?? []) {
      const part = unescapeXml(attribute(tag, 'PartName') ?? '').replace(/^\//, '');
      const key = part.toLowerCase();
      if (overrides.has(key))
        failures.push(`[Content_Types].xml : Override en double pour /${part}`);
      overrides.set(key, attribute(tag, 'ContentType') ?? '');
      // An Override of a missing part the input already had is the input's (Excel keeps
      // those of revision logs it deleted).
      if (!byKey.has(key) && isNewOrChanged('[Content_Types].xml') && !inputOverrides.has(key))
        failures.push(`[Content_Types].xml : Override pour une partie absente /${part}`);
    }
    const contentTypeOf = (name: string): string | undefined =>
      overrides.get(name.toLowerCase()) ??
      defaults.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase());
    for (const name of names) {
      if (name === '[Content_Types].xml' || !isNewOrChanged(name)) continue;
      const type = contentTypeOf(name);
      if (type === undefined) {
        failures.push(`${name} : aucun type de contenu`);
        continue;
      }
      const xml = text.get(name);
      const root =
        xml === undefined
          ? null
          : /<(?:[\w.-]+:)?([\w.-]+)[\s/>]/.exec(
              xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''),
            );
      const wanted = root === null ? undefined : CONTENT_TYPE_OF_ROOT[root[1] as string];
      if (wanted !== undefined && !wanted.test(type))
        failures.push(`${name} : type de contenu ${type} pour un élément racine ${root?.[1]}`);
    }

    // 4. Relationships: targets exist, every part is reached.
    const relationshipsOf = new Map<string, { type: string; target: string }[]>();
    // From the package root, and from every part the input had (how those are reached is
    // the input's business: a package with a broken root relationship stays as it was).
    const queue = [
      '',
      ...names.filter((n) => inputEntries !== null && inputEntries[n] !== undefined),
    ];
    const reached = new Set(queue.map((n) => n.toLowerCase()));
    while (queue.length > 0) {
      const source = queue.pop() as string;
      const slash = source.lastIndexOf('/');
      const relsName = `${source.substring(0, slash + 1)}_rels/${source.substring(slash + 1)}.rels`;
      const relsKey = byKey.get(relsName.toLowerCase());
      if (relsKey === undefined) continue;
      reached.add(relsKey.toLowerCase());
      const list: { type: string; target: string }[] = [];
      for (const tag of (text.get(relsKey) ?? '').match(/<([\w]+:)?Relationship\b[^>]*>/g) ?? []) {
        if (attribute(tag, 'TargetMode') === 'External') continue;
        const target = resolveTarget(source, unescapeXml(attribute(tag, 'Target') ?? ''));
        const type = attribute(tag, 'Type') ?? '';
        list.push({ type, target });
        const key = target.toLowerCase();
        if (!byKey.has(key)) {
          // A dangling target the input already had is the input's (copied as it was).
          const before = inputEntries?.[relsKey];
          const inherited = before !== undefined && strFromU8(before).includes(tag);
          if (isNewOrChanged(relsKey) && !inherited)
            failures.push(`${relsKey} : cible absente ${target}`);
          continue;
        }
        if (!reached.has(key)) {
          reached.add(key);
          queue.push(byKey.get(key) as string);
        }
      }
      relationshipsOf.set(source.toLowerCase(), list);
    }
    for (const name of names) {
      const key = name.toLowerCase();
      if (key === '[content_types].xml' || reached.has(key) || !isNewOrChanged(name)) continue;
      if (/(^|\/)_rels\/[^/]*\.rels$/.test(key)) {
        const source = key.replace(/_rels\/([^/]*)\.rels$/, '$1');
        if (reached.has(source) || source === '') continue;
      }
      failures.push(`${name} : aucune relation n'y mène`);
    }

    // 5. Tables: unique ids and names, distinct from defined names, headers = column names.
    const definedNames = new Set<string>();
    for (const [name, xml] of text) {
      if (rootNamespace(xml) !== NS.main || !/<([\w]+:)?workbook[\s>]/.test(xml)) continue;
      void name;
      for (const tag of xml.match(/<([\w]+:)?definedName\b[^>]*>/g) ?? []) {
        const defined = attribute(tag, 'name') ?? '';
        if (!defined.startsWith('_xlnm.')) definedNames.add(unescapeXml(defined).toLowerCase());
      }
    }
    // Table parts: declared so, or under xl/tables/ (a writer may omit the type), whose
    // root is a table (xl/tables/ also holds XML-map single cells, `singleXmlCells`).
    const tableParts = names.filter(
      (n) =>
        (contentTypeOf(n) === TABLE_TYPE || /^xl\/tables\/[^/]+\.xml$/i.test(n)) &&
        rootLocalName(text.get(n) ?? '') === 'table',
    );
    const ids = new Map<string, string>();
    const tableNames = new Map<string, string>();
    const sharedStringsName = names.find((n) => /sharedStrings[^/]*\.xml$/i.test(n));
    const sharedStrings = parseSharedStrings(
      sharedStringsName === undefined ? null : (text.get(sharedStringsName) ?? null),
    );
    for (const part of tableParts) {
      const xml = text.get(part) ?? '';
      const tag = /<([\w]+:)?table\b[^>]*>/.exec(xml)?.[0] ?? '';
      const id = attribute(tag, 'id') ?? '';
      const tableName = unescapeXml(attribute(tag, 'name') ?? '');
      const displayName = unescapeXml(attribute(tag, 'displayName') ?? tableName);
      if (ids.has(id)) failures.push(`${part} : id de tableau ${id} déjà pris par ${ids.get(id)}`);
      ids.set(id, part);
      for (const n of new Set([tableName.toLowerCase(), displayName.toLowerCase()])) {
        if (tableNames.has(n))
          failures.push(`${part} : nom de tableau « ${n} » déjà pris par ${tableNames.get(n)}`);
        tableNames.set(n, part);
        if (definedNames.has(n)) failures.push(`${part} : nom de tableau « ${n} » = un nom défini`);
      }
      const definition = parseTablePart(xml);
      if (definition === null) {
        failures.push(`${part} : tableau sans plage`);
        continue;
      }
      if (definition.columnNames.length !== definition.range.right - definition.range.left + 1)
        failures.push(
          `${part} : ${definition.columnNames.length} colonnes pour la plage ${attribute(tag, 'ref')}`,
        );
      if (definition.headerRowCount === 0) continue;
      const sheet = [...relationshipsOf].find(([, list]) =>
        list.some((r) => r.target.toLowerCase() === part.toLowerCase()),
      )?.[0];
      if (sheet === undefined) {
        failures.push(`${part} : aucune feuille ne porte ce tableau`);
        continue;
      }
      const grid = parseSheetPart(text.get(byKey.get(sheet) ?? '') ?? '', {
        sharedStrings,
        dateStyles: [],
        date1904: false,
      });
      const row = grid.rows.get(definition.range.top) ?? [];
      definition.columnNames.forEach((column, index) => {
        const cell = row[definition.range.left - 1 + index];
        const header =
          cell === null || cell === undefined ? '' : typeof cell === 'object' ? '?' : String(cell);
        if (header !== column)
          failures.push(
            `${part} : en-tête « ${header} » au lieu de « ${column} » (colonne ${index + 1})`,
          );
      });
    }
    return { parts: names.length, parsed: rawFiles.length, schemaValidated, failures };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
