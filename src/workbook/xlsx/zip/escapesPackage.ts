/**
 * The safety test for zip entry names: an entry whose name leads outside the package is
 * never read nor copied, so a hostile archive cannot make an output write elsewhere.
 */

/**
 * Whether an entry name (with `/` separators) leaves the package when extracted: absolute
 * (`/x`), a drive (`C:x`), a `..` segment, or a NUL character. Such an entry cannot be a
 * package part (part names are relative and have no `..`).
 */
export function escapesPackage(name: string): boolean {
  return (
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    name.includes('\0') ||
    name.split('/').some((segment) => segment === '..')
  );
}
