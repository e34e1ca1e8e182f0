/**
 * Worksheet names of the annexes: `QP Annexe <short service name>`, at most 31
 * characters (Excel's limit), without the characters Excel forbids (`\ / ? * [ ] :`),
 * unique ignoring case, and never `QP Annexe membre` (the member annex's sheet).
 */

/** Prefix of every annex sheet. */
export const ANNEX_SHEET_PREFIX = 'QP Annexe ';
/** Name of the per-member annex sheet. */
export const MEMBER_ANNEX_SHEET = 'QP Annexe membre';
/** Excel's maximum length of a worksheet name. */
export const MAX_SHEET_NAME = 31;

const ROOM = MAX_SHEET_NAME - ANNEX_SHEET_PREFIX.length;

function clean(name: string): string {
  return name
    .replace(/[\\/?*[\]:]/g, ' ')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/**
 * The service name cut to `room` characters, at a word boundary ("Assistance utilisateurs"
 * → "Assistance", never "Assistance utilisateu"); mid-word only for a first word longer
 * than the room.
 */
function shorten(name: string, room: number): string {
  if (name.length <= room) return name;
  const cut = name.slice(0, room);
  const space = name[room] === ' ' ? room : cut.lastIndexOf(' ');
  const short = space > 0 ? cut.slice(0, space) : cut;
  return short.replace(/[\s'’]+$/, '');
}

/** One unique sheet name per service name, in the same order. */
export function annexSheetNames(services: readonly string[]): string[] {
  const used = new Set([MEMBER_ANNEX_SHEET.toLowerCase()]);
  return services.map((service, k) => {
    const base = clean(service).replace(/^'+|'+$/g, '') || `Service ${k + 1}`;
    let name = ANNEX_SHEET_PREFIX + shorten(base, ROOM);
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = ANNEX_SHEET_PREFIX + shorten(base, ROOM - suffix.length) + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}
