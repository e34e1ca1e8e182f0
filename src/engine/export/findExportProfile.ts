/**
 * Looks an export profile up by name, ignoring case, accents, spaces, dots and dashes
 * (`Générique`, `e.magnus`, `PES CSV` are found), so that the CLI option and the task
 * pane selector accept what a user types.
 */
import { normalizeName } from '../text/normalizeName';
import { EXPORT_PROFILES, type ExportProfile } from './exportProfiles';

function key(name: string): string {
  return normalizeName(name).replace(/[.-]/g, '');
}

/** The profile named `name`, or null. */
export function findExportProfile(name: string): ExportProfile | null {
  const wanted = key(name);
  return EXPORT_PROFILES.find((p) => key(p.name) === wanted) ?? null;
}
