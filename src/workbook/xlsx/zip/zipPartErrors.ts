/**
 * The XlsxReadErrors raised while opening a zip archive and reading its parts, with their
 * French messages, kept in one place so every reader says the same thing.
 */
import { XlsxReadError } from '../xlsxReadError';

/** The error for bytes that are not a zip file (`NOT_ZIP`), `detail` saying what is wrong. */
export function notZip(detail: string): XlsxReadError {
  return new XlsxReadError('NOT_ZIP', `le fichier n'est pas un classeur Excel .xlsx (${detail})`);
}

/**
 * The error for two entries of one name: which of the two is the part is unknown, so the
 * package is refused as damaged rather than read one way or the other.
 */
export function duplicateEntry(name: string): XlsxReadError {
  return new XlsxReadError(
    'DAMAGED',
    `le classeur est endommagé (la partie « ${name} » y figure deux fois) : ouvrez-le dans Excel, laissez-le le réparer et enregistrez-le`,
  );
}

/** The error for a part that cannot be decompressed or parsed: the package is damaged. */
export function damagedPart(partName: string): XlsxReadError {
  return new XlsxReadError(
    'DAMAGED',
    `le classeur est endommagé (partie « ${partName} » illisible) : ouvrez-le dans Excel, laissez-le le réparer et enregistrez-le`,
  );
}

/**
 * The error for a part whose XML stops before its root element is closed: the file was
 * cut short, and reading what is there would silently lose the rest.
 */
export function truncatedPart(partName: string): XlsxReadError {
  return new XlsxReadError(
    'DAMAGED',
    `le classeur est endommagé (partie « ${partName} » tronquée : elle s'arrête avant sa fin) : ouvrez-le dans Excel, laissez-le le réparer et enregistrez-le`,
  );
}

/** A size in French: `2100 Mo`, or in bytes below one megabyte. */
export function sizeText(bytes: number): string {
  const mega = 1024 * 1024;
  return bytes >= mega ? `${Math.round(bytes / mega)} Mo` : `${bytes} octets`;
}

/**
 * The error for a part beyond the inflate budget (`TOO_LARGE`: a larger limit would read
 * it), or larger than its zip entry says (`DAMAGED`: a lie, no limit would help).
 */
export function tooLarge(
  code: 'TOO_LARGE' | 'DAMAGED',
  partName: string,
  detail: string,
): XlsxReadError {
  return new XlsxReadError(
    code,
    `classeur trop volumineux ou endommagé : la partie « ${partName} » ${detail}`,
  );
}
