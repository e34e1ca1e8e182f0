/**
 * Opens bytes as an xlsx package and finds its workbook part, or throws an XlsxReadError
 * that says in French what the file is instead (old .xls or encrypted file, .ods, .xlsb,
 * not a spreadsheet at all). Shared by the reader and the writer.
 */
import { XlsxReadError } from '../xlsxReadError';
import { isRelationshipType, parseRelationships } from './relationships';
import { findElement } from '../xml/xmlElements';
import { namespaceOfElement } from '../xml/xmlNamespaces';
import {
  damagedPart,
  DEFAULT_INFLATE_LIMITS,
  openZipArchive,
  readPartText,
  type InflateLimits,
  type ZipArchive,
} from './zipArchive';

/** An opened xlsx package and the name of its workbook part. */
export interface WorkbookPackage {
  readonly archive: ZipArchive;
  /** Workbook part name, usually `xl/workbook.xml`. */
  readonly workbookPart: string;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/**
 * Opens the package; throws XlsxReadError when the bytes are no xlsx workbook. `limits`
 * bounds what its parts may inflate to (see `openZipArchive`).
 */
export function openWorkbookPackage(
  bytes: Uint8Array,
  limits: InflateLimits = DEFAULT_INFLATE_LIMITS,
): WorkbookPackage {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new XlsxReadError(
      'ENCRYPTED_OR_XLS',
      'le fichier est un ancien classeur Excel (.xls) ou un classeur protégé par mot de passe : enregistrez-le au format .xlsx sans mot de passe',
    );
  }
  if (!startsWith(bytes, [0x50, 0x4b]))
    throw new XlsxReadError('NOT_ZIP', "le fichier n'est pas un classeur Excel .xlsx");
  const archive = openZipArchive(bytes, limits);
  const rootRelationships = parseRelationships(
    readPartText(archive, '_rels/.rels', 'Relationships'),
    '',
  );
  const office = rootRelationships.find(
    (r) => isRelationshipType(r.type, 'officeDocument') && r.partName !== null,
  );
  let workbookPart = office?.partName ?? null;
  if (workbookPart === null || !archive.byName.has(workbookPart.toLowerCase())) {
    workbookPart = archive.byName.has('xl/workbook.xml') ? 'xl/workbook.xml' : null;
  }
  if (workbookPart === null) {
    if (archive.byName.has('content.xml')) {
      throw new XlsxReadError(
        'NOT_XLSX',
        'le fichier est un classeur OpenDocument (.ods) : enregistrez-le au format .xlsx',
      );
    }
    throw new XlsxReadError('NOT_XLSX', 'le fichier ne contient pas de classeur Excel .xlsx');
  }
  if (workbookPart.toLowerCase().endsWith('.bin')) {
    throw new XlsxReadError(
      'NOT_XLSX',
      'le fichier est un classeur binaire (.xlsb) : enregistrez-le au format .xlsx',
    );
  }
  const entry = archive.byName.get(workbookPart.toLowerCase());
  const name = entry?.name ?? workbookPart;
  assertWellFormed(archive, '[Content_Types].xml', 'Types');
  assertWellFormed(archive, name, 'workbook', 'sheets');
  assertTransitional(readPartText(archive, name) ?? '', name);
  return { archive, workbookPart: name };
}

/** Namespace of SpreadsheetML in ISO/IEC 29500 Strict documents. */
const STRICT_MAIN_NS = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

/**
 * Refuses an ISO/IEC 29500 Strict workbook ("Strict Open XML" in Excel's Save As): its
 * parts use other namespaces than the Transitional ones QuotePart writes, and a package
 * mixing both is one no application opens. Excel converts it in one Save As.
 */
function assertTransitional(workbookXml: string, partName: string): void {
  const root = findElement(workbookXml, 'workbook');
  if (root === null || namespaceOfElement(workbookXml, root) !== STRICT_MAIN_NS) return;
  throw new XlsxReadError(
    'UNSUPPORTED',
    `le classeur est au format « Feuille de calcul Open XML Strict » (partie ${partName}) : ` +
      "QuotePart ne lit et n'écrit que le format « Classeur Excel (.xlsx) » ; ouvrez-le dans Excel " +
      'et enregistrez-le sous ce type, puis relancez',
  );
}

/**
 * Checks that a part the writer must edit is complete (its root element, and a required
 * child, are closed): a truncated part is a damaged package, refused before any work.
 */
function assertWellFormed(
  archive: ZipArchive,
  partName: string,
  root: string,
  child?: string,
): void {
  const xml = readPartText(archive, partName);
  if (
    xml === null ||
    findElement(xml, root) === null ||
    (child !== undefined && findElement(xml, child) === null)
  )
    throw damagedPart(partName);
}
